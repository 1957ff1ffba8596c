import type { Section } from "../model";
import type { Block, ScanLine } from "./types";
import { calloutOf, unquote } from "./blocks";
import { stripInline } from "./strip";
import { cleanSpeakerName, introducerSpeaker, speakerFromSection } from "./quote-forms";
import { CLOSE_DOUBLE_CLASS, CLOSE_MARKS, OPEN_DOUBLE_CLASS, OPEN_MARKS, SPEECH_VERBS_OTHER } from "../lang/quote-marks";

export interface RawQuote {
	text: string;
	speaker?: string;
	section: string;
	line: number;
	/** The speaker is the title of a text ("The East is Red"), not a person's name to clean. */
	titled?: boolean;
	/** The speaker is only the book's author by default (nobody named it at the quote). */
	implicit?: boolean;
}

/** Quote marks of every language: « », „ “, » «, ‹ ›, ‚ ‘ as well as English ones (core/lang/quote-marks). */
const OPEN_Q = OPEN_MARKS;
const CLOSE_Q = CLOSE_MARKS;
/** Attribution dashes: em, en, horizontal bar, "--", "~". */
const ATTRIB = /^(?:\u2014|\u2013|\u2015|--|~)[ \t]*([^\s~\u2014\u2013-].*)$/;

/** A cited excerpt: the blockquote ends with its page, `(p 21)`, `(pp. 37-38)`, `(p59 - 60)`. */
const PAGE_CITE = /\((?:p|pp|page|pages)\.?\s?\d+(?:\s?[-\u2013]\s?\d+)?\)\s*$/i;

/** Removes one pair of surrounding quote marks. */
export function unwrapQuote(text: string): string {
	const t = text.trim();
	if (t.length >= 2 && OPEN_Q.includes(t[0]) && CLOSE_Q.includes(t[t.length - 1])) return t.slice(1, -1).trim();
	return t;
}

/** Drops leading white space and trailing white space, dots, commas and semicolons (a loop: the regex
 * `[\s.,;]+$` is retried from every character of a long run and is quadratic there). */
function trimSpeakerEnds(s: string): string {
	let end = s.length;
	while (end > 0 && /[\s.,;]/.test(s[end - 1])) end--;
	return s.slice(0, end).trimStart();
}

function cleanSpeaker(s: string): string | undefined {
	let t = trimSpeakerEnds(stripInline(s));
	if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1);
	t = t.trim();
	return t && t.length <= 200 ? t : undefined;
}

/** `Speaker: "…"`, `Speaker : « … »`, `Speaker: „…“`. */
const SAID_ITEM = new RegExp(`^([^${OPEN_DOUBLE_CLASS}:\\n]{1,80}):[ \\t]*([${OPEN_DOUBLE_CLASS}].*[${CLOSE_DOUBLE_CLASS}])$`, "s");

/** Splits a list-item quote into text and speaker: `"..." — Speaker`, `Speaker: "..."`, `... -- Speaker`. */
export function splitQuoteItem(raw: string): { text: string; speaker?: string } {
	const t = raw.split("\n").map((l) => stripInline(l)).join("\n").trim();
	const first = t[0];
	if (first && OPEN_Q.includes(first)) {
		let close = -1;
		for (let i = t.length - 1; i > 0; i--) {
			if (CLOSE_Q.includes(t[i]) || (t[i] === first && first === '"')) {
				let j = i + 1;
				while (j < t.length && (t[j] === " " || t[j] === "\t" || t[j] === "\n")) j++;
				if (j >= t.length || /^(?:\u2014|\u2013|\u2015|--?|~|\()/.test(t.slice(j, j + 2))) {
					close = i;
					break;
				}
			}
		}
		if (close > 0) {
			const after = t.slice(close + 1).trim();
			const speaker = after ? cleanSpeaker(after.replace(/^(?:\u2014|\u2013|\u2015|--?|~)/, "").replace(/^\((.*)\)$/, "$1")) : undefined;
			return { text: t.slice(1, close).trim(), speaker };
		}
	}
	const said = SAID_ITEM.exec(t);
	if (said) return { text: unwrapQuote(said[2]), speaker: cleanSpeaker(said[1]) };
	const dash = Math.max(t.lastIndexOf(" \u2014 "), t.lastIndexOf(" \u2013 "), t.lastIndexOf(" -- "), t.lastIndexOf(" ~ "));
	if (dash > 0) return { text: unwrapQuote(t.slice(0, dash)), speaker: cleanSpeaker(t.slice(dash + 3)) };
	const hy = t.lastIndexOf(" - ");
	if (hy > 0 && t.length - hy < 60 && /^[A-Z]/.test(t.slice(hy + 3))) return { text: unwrapQuote(t.slice(0, hy)), speaker: cleanSpeaker(t.slice(hy + 3)) };
	// An excerpt without quote marks, its author in brackets at the end: `Impossible is … fools (Napoleon Bonaparte)`.
	const paren = /^(.{12,}?)\s+\(([^()]{2,60})\)\s*$/s.exec(t);
	if (paren && cleanSpeakerName(paren[2]) && !/\d/.test(paren[2])) return { text: unwrapQuote(paren[1]), speaker: cleanSpeaker(paren[2]) };
	return { text: unwrapQuote(t) };
}

/** Quotes from the list items (and quoted paragraphs) of quote-role sections (nested lists: a `Speaker:` parent names its children). */
export function itemQuotes(blocks: Block[]): RawQuote[] {
	const out: RawQuote[] = [];
	const speakers: { indent: number; name: string }[] = [];
	let lastSection: Section | undefined;
	for (const b of blocks) {
		if (b.section !== lastSection) {
			speakers.length = 0;
			lastSection = b.section;
		}
		if (!b.section || b.section.role !== "quotes") continue;
		// Paragraphs count too when they open with a quote mark (`"..." — Speaker` on its own line).
		if (b.kind !== "item" && !(b.kind === "para" && OPEN_Q.includes(stripInline(b.parts[0] ?? "")[0] ?? ""))) continue;
		while (speakers.length && speakers[speakers.length - 1].indent >= b.indent) speakers.pop();
		const raw = b.parts.join("\n");
		const plain = stripInline(raw).trim();
		if (!plain) continue;
		const attrib = ATTRIB.exec(plain);
		if (attrib && out.length && b.indent > 0 && !out[out.length - 1].speaker) {
			out[out.length - 1].speaker = cleanSpeaker(attrib[1]);
			continue;
		}
		if (plain.endsWith(":") && !OPEN_Q.includes(plain[0]) && plain.length <= 80) {
			speakers.push({ indent: b.indent, name: plain.slice(0, -1).trim() });
			continue;
		}
		// `"…" - Holmes` on the first line, commentary on the next ones: the first line is the quote.
		const firstLine = b.parts.length > 1 ? splitQuoteItem(b.parts[0]) : null;
		const q = firstLine?.speaker && cleanSpeakerName(firstLine.speaker) ? firstLine : splitQuoteItem(raw);
		if (!q.text) continue;
		const own = q.speaker ? cleanSpeakerName(q.speaker) : undefined;
		const speaker = own ?? (speakers.length ? speakers[speakers.length - 1].name : undefined) ?? (b.section.kind === "heading" ? speakerFromSection(b.section.title) : undefined);
		out.push({ text: q.text, speaker, section: b.section.title, line: b.lines[0] });
	}
	return out;
}

const SAYS = new RegExp(`(\\p{Lu}[\\p{L}\\u2019'.-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\u2019'.-]+){0,3})[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:says|said|dictates|dictated|writes|wrote|declares|declared|argues|argued|states|stated|notes|noted|remarks|remarked|proclaims|proclaimed|replies|replied|answers|answered|tells \\p{L}+|told \\p{L}+|${SPEECH_VERBS_OTHER})[ \\t]*:[ \\t]*$`, "u");

/** `> Lincoln: "A house divided ..."`: the speaker before the quote marks. */
const SPEAKER_FIRST = new RegExp(`^[^${OPEN_DOUBLE_CLASS}:\\n]{1,80}:[ \\t]*[${OPEN_DOUBLE_CLASS}]`);

/** Lines that end a blockquote's lazy continuation: list items, headings, tables, fences, callouts. */
const LAZY_STOP = /^(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|\||```|~~~|<)/;

/** `- Author, Work, 2007` right under a blockquote line (no blank line between): an attribution. */
const LIST_ATTRIB = /^[-*+][ \t]+([^\n]{2,200})$/;

/**
 * A paragraph ending with ":" introduces the blockquote after it: returns the speaker it names
 * ("Newly kinged Creon dictates:" -> "Creon"), "" when it names none, undefined when it is no introducer.
 */
function introducerOf(text: string): string | undefined {
	if (text.length > 600 || /^[>#|]/.test(text) || !(text.endsWith(":") || stripInline(text).trim().endsWith(":"))) return undefined;
	const m = SAYS.exec(stripInline(text));
	return m ? m[1] : introducerSpeaker(text);
}

interface QuoteRun {
	quotes: {
		lines: string[];
		line: number;
		callout?: { type: string; title: string };
		inQuoteSection: boolean;
		section: string;
		/** The blockquote starts at column 0 (not nested under a list item). */
		topLevel: boolean;
		/** Speaker named by the paragraph just before the quote ("Creon dictates:"). */
		introducer?: string;
	}[];
}

/** Blockquotes and `> [!quote]` / `> [!cite]` callouts anywhere, with `— Speaker` lines after them. */
export function blockQuotes(lines: ScanLine[], sectionOfLine: (n: number) => Section | undefined): RawQuote[] {
	const out: RawQuote[] = [];
	let run: QuoteRun = { quotes: [] };
	const flush = (speaker?: string): void => {
		for (const q of run.quotes) {
			const body = q.lines.map((l) => stripInline(l)).filter((l, i, a) => l || (i > 0 && a[i - 1])).join("\n").trim();
			let text = body;
			// The quote's own attribution (its last line, or inline after the closing quote mark) comes first.
			let own: string | undefined;
			const lastNl = text.lastIndexOf("\n");
			const last = ATTRIB.exec(text.slice(lastNl + 1).trim());
			if (last && lastNl > 0) {
				text = text.slice(0, lastNl).trim();
				own = cleanSpeaker(last[1]);
			}
			if (OPEN_Q.includes(text[0] ?? "") || SPEAKER_FIRST.test(text)) {
				const inline = splitQuoteItem(text);
				if (inline.speaker && inline.text) {
					text = inline.text;
					own = own ?? inline.speaker;
				}
			} else if (!own) {
				// `> Victory belongs to the most persevering. — Napoleon`: a name after a closing dash.
				const tail = /^([\s\S]{8,}?[.!?\u2026]["\u201d\u2019]?)\s+(?:\u2014|\u2013|\u2015|--)\s*([^\n\u2014\u2013]{2,80})$/.exec(text);
				const name = tail ? cleanSpeakerName(tail[2]) : undefined;
				if (tail && name) {
					text = tail[1];
					own = cleanSpeaker(tail[2]);
				}
			}
			let who = own;
			if (q.callout) {
				const isQuote = q.callout.type === "quote" || q.callout.type === "cite";
				if (!isQuote) continue;
				who = who ?? (q.callout.title ? cleanSpeaker(q.callout.title) : undefined) ?? speaker ?? (q.introducer || undefined);
			} else {
				who = who ?? speaker;
				if (!who && q.introducer !== undefined) who = q.introducer || undefined;
				else if (!who && !q.inQuoteSection && !(OPEN_Q.includes(text[0] ?? "") && CLOSE_Q.includes(text[text.length - 1] ?? "")) && !PAGE_CITE.test(text)) continue;
			}
			text = unwrapQuote(text);
			if (text) out.push({ text, speaker: who, section: q.section, line: q.line });
		}
		run = { quotes: [] };
	};
	let cur: QuoteRun["quotes"][number] | null = null;
	let introducer: string | undefined;
	let prevWasQuote = false;
	let blanks = 0;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		if (line.skip) continue;
		const q = unquote(line.text);
		if (q !== null) {
			const c = calloutOf(q);
			if (!cur || c) {
				const s = sectionOfLine(n);
				cur = { lines: [], line: n, callout: c ?? undefined, inQuoteSection: s?.role === "quotes", section: s?.title ?? "", introducer: run.quotes.length ? undefined : introducer, topLevel: line.text.startsWith(">") };
				if (c) cur.line = n + 1;
				run.quotes.push(cur);
				if (c) continue;
			}
			if (cur.lines.length === 0 && !q.trim()) cur.line = n + 1;
			cur.lines.push(q);
			blanks = 0;
			prevWasQuote = true;
			continue;
		}
		const t = line.text.trim();
		// CommonMark lazy continuation: a plain line right after a blockquote line goes on with the quote.
		if (cur && prevWasQuote && t && cur.lines.length && cur.lines[cur.lines.length - 1].trim() && !ATTRIB.test(t) && !LAZY_STOP.test(t)) {
			cur.lines.push(line.text);
			continue;
		}
		cur = null;
		if (!t) {
			prevWasQuote = false;
			blanks++;
			if (blanks > 1 && run.quotes.length) flush();
			if (blanks > 1) introducer = undefined;
			continue;
		}
		const last = run.quotes[run.quotes.length - 1];
		// `- Author, Work` right under a blockquote is an attribution, unless a list goes on after it.
		const nextText = lines[n + 1]?.text.trimStart() ?? "";
		const listOk = blanks === 0 && prevWasQuote && last && !last.callout && last.topLevel && !nextText.startsWith(t[0] + " ");
		const a = ATTRIB.exec(t) ?? (listOk ? LIST_ATTRIB.exec(t) : null);
		blanks = 0;
		prevWasQuote = false;
		flush(a && run.quotes.length ? cleanSpeaker(a[1]) : undefined);
		introducer = introducerOf(t);
	}
	flush();
	return out;
}
