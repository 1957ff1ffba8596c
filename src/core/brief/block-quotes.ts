/**
 * Quotes from blockquotes and `> [!quote]` / `> [!cite]` callouts anywhere: runs of blockquotes, lazy continuation
 * lines, `— Speaker` / `- Author` attributions after them, and introducers before them ("Creon dictates:").
 */
import type { Section } from "../model";
import type { ScanLine } from "./types";
import { calloutOf, unquote } from "./blocks";
import { stripInline } from "./strip";
import { introducerSpeaker, speakerFromSection } from "./quote-forms";
import { ownerIn } from "./quote-whole";
import { leadInSpeaker } from "./quote-leadin";
import { namedInside, scholarCite } from "./quote-framing";
import { cleanSpeakerName } from "./speaker-names";
import { ATTRIB, cleanSpeaker, splitQuoteItem, unwrapQuote, type RawQuote } from "./quotes";
import {
	CLOSE_MARKS,
	closersOf,
	OPEN_DOUBLE,
	OPEN_DOUBLE_CLASS,
	OPEN_MARKS,
	SPEECH_VERBS_OTHER,
} from "../lang/quote-marks";

const OPEN_Q = OPEN_MARKS;
const CLOSE_Q = CLOSE_MARKS;

/** A cited excerpt: the blockquote ends with its page, `(p 21)`, `(pp. 37-38)`, `(p59 - 60)`. */
const PAGE_CITE = /\((?:p|pp|page|pages)\.?\s?\d+(?:\s?[-\u2013]\s?\d+)?\)\s*$/i;

const SAYS = new RegExp(
	`(\\p{Lu}[\\p{L}\\u2019'.-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\u2019'.-]+){0,3})[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:says|said|dictates|dictated|writes|wrote|declares|declared|argues|argued|states|stated|notes|noted|remarks|remarked|proclaims|proclaimed|replies|replied|answers|answered|tells \\p{L}+|told \\p{L}+|${SPEECH_VERBS_OTHER})[ \\t]*:[ \\t]*$`,
	"u",
);

/** `> Lincoln: "A house divided ..."`: the speaker before the quote marks. */
const SPEAKER_FIRST = new RegExp(
	`^[^${OPEN_DOUBLE_CLASS}:\\n(]{1,80}(?:\\([^)\\n]{0,200}\\))?[ \\t]*:[ \\t]*[${OPEN_DOUBLE_CLASS}]`,
);

/** Lines that end a blockquote's lazy continuation: list items, headings, tables, fences, callouts. */
const LAZY_STOP = /^(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|\||```|~~~|<)/;

/** `- Author, Work, 2007` right under a blockquote line (no blank line between): an attribution. */
const LIST_ATTRIB = /^[-*+][ \t]+([^\n]{2,200})$/;

/**
 * A paragraph ending with ":" introduces the blockquote after it: returns the speaker it names
 * ("Newly kinged Creon dictates:" -> "Creon"), "" when it names none, undefined when it is no introducer.
 */
function introducerOf(text: string): string | undefined {
	if (text.length > 600 || /^[>|]/.test(text)) return undefined;
	const cue = documentCue(text);
	if (cue !== undefined) return cue;
	// "### Pericles' Funeral Oration": a heading naming someone's words introduces them.
	const owner = /^#/.test(text) ? ownerIn(text.replace(/^#+\s*/, "")) : undefined;
	if (owner) return owner;
	// "Churchill:", "Churchill on Molotov:", "A speech from Cleon": a lead-in line naming the speaker.
	const lead = /^#/.test(text) ? undefined : leadInSpeaker(stripInline(text));
	if (lead) return lead;
	if (/^#/.test(text) || !(text.endsWith(":") || stripInline(text).trim().endsWith(":"))) return undefined;
	// "Guiding question:", "Task:", "Definition:": what follows is the student's prompt or answer, not a quotation.
	if (PROMPT.test(stripInline(text))) return undefined;
	const m = SAYS.exec(stripInline(text));
	return m ? m[1] : introducerSpeaker(text) || possessiveWork(text);
}

/** Lines that introduce a prompt or the student's own words, not a quotation. */
const PROMPT =
	/\b(?:questions?|prompts?|tasks?|definitions?|summary|answer|notes?|key terms?|vocabulary|learning objectives?|essay)\b[^:]{0,30}:?\s*$/i;

/** "Plutarch's *Sayings of the Spartans* is the classic source …:" -> "Plutarch": the author of a work named in italics or a link. */
function possessiveWork(text: string): string {
	const m = /(\p{Lu}[\p{L}.-]+(?:[ \t]+\p{Lu}[\p{L}.-]+){0,2})['\u2019]s?[ \t]+(?:[*_]+\[?|\[)\p{Lu}/u.exec(text);
	return m ? (cleanSpeakerName(m[1]) ?? "") : "";
}

/**
 * A line that names a primary source for the blockquote after it: "### Excerpt from Lincoln's Second Inaugural",
 * "Document A: Letter from a Lowell mill girl, 1845", "Source B - Speech by Stalin". Returns the speaker it names
 * ("" when none), undefined when the line is no such cue.
 */
export function documentCue(text: string): string | undefined {
	const t = stripInline(text.replace(/^#{1,6}[ \t]+/, "")).trim();
	const m =
		/^(?:(?:an?|the)\s+)?(?:excerpts?|extracts?)\s+(?:from|of)\s+(.{2,120})$|^(?:document|source|doc\.)\s+(?:[A-Z]|\d{1,2})\b\s*[:.\u2014\u2013-]?\s*(.{0,120})$|^primary\s+source(?:\s+(?:excerpt|extract))?s?\s*[:.\u2014\u2013-]?\s*(.{0,120})$/i.exec(
			t,
		);
	if (!m) return undefined;
	const rest = (m[1] ?? m[2] ?? m[3] ?? "").replace(/:$/, "").trim();
	const by = /\bby\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3})/u.exec(rest);
	const owner = /^(?:the\s+)?(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,2})['\u2019]s?\s/u.exec(rest);
	return cleanSpeakerName((by ?? owner)?.[1] ?? "") ?? "";
}

interface QuoteRun {
	quotes: {
		lines: string[];
		line: number;
		callout?: { type: string; title: string };
		inQuoteSection: boolean;
		/** The note quotes a book by page (three blockquotes or more end with "(p 21)"): its prose blockquotes are excerpts. */
		excerpts?: boolean;
		section: string;
		/** The blockquote starts at column 0 (not nested under a list item). */
		topLevel: boolean;
		/** Speaker named by the paragraph just before the quote ("Creon dictates:"). */
		introducer?: string;
		/** A heading or the note's title names the book this blockquote is in: its passages are quotations. */
		framed?: boolean;
	}[];
}

/** One blockquote of a run as a quote: its own attribution first, else the run's `speaker` or its introducer; undefined when it is no quote. */
function quoteOf(q: QuoteRun["quotes"][number], speaker: string | undefined): RawQuote | undefined {
	const body = q.lines
		.map((l) => stripInline(l))
		.filter((l, i, a) => l || (i > 0 && a[i - 1]))
		.join("\n")
		.trim();
	let text = body;
	// The quote's own attribution (its last line, or inline after the closing quote mark) comes first.
	let own: string | undefined;
	const lastNl = text.lastIndexOf("\n");
	const last = ATTRIB.exec(text.slice(lastNl + 1).trim());
	if (last && lastNl > 0) {
		text = text.slice(0, lastNl).trim();
		own = cleanSpeaker(last[1]);
	}
	// A scholar cited after it ("(McGing 2010, 45)") is only the quotation's source: the context speaks first.
	let cite: string | undefined;
	if (OPEN_Q.includes(text[0] ?? "") || SPEAKER_FIRST.test(text)) {
		const inline = splitQuoteItem(text);
		if (inline.speaker && inline.text) {
			const tail = text.slice(text.lastIndexOf("("));
			if (!own && scholarCite(tail)) cite = inline.speaker;
			else own = own ?? inline.speaker;
			text = inline.text;
		}
	} else if (!own) {
		// `> Victory belongs to the most persevering. — Napoleon`: a name after a closing dash.
		const tail =
			/^([\s\S]{8,}?[.!?\u2026]["\u201d\u2019]?)\s+(?:\u2014|\u2013|\u2015|--)\s*([^\n\u2014\u2013]{2,80})$/.exec(
				text,
			);
		const name = tail ? cleanSpeakerName(tail[2]) : undefined;
		if (tail && name) {
			text = tail[1];
			own = cleanSpeaker(tail[2]);
		}
	}
	let who = own;
	let framedOnly = false;
	if (q.callout) {
		const isQuote = q.callout.type === "quote" || q.callout.type === "cite";
		if (!isQuote) return undefined;
		who =
			who ??
			(q.callout.title ? cleanSpeaker(q.callout.title) : undefined) ??
			speaker ??
			(q.introducer || undefined);
	} else {
		// In a quotes section, a heading that is a person's name ("### Epictetus") names the speaker.
		who = who ?? speaker ?? (q.inQuoteSection ? speakerFromSection(q.section) : undefined);
		framedOnly = !who && q.introducer === undefined && !q.inQuoteSection && !cite;
		if (!who && q.introducer !== undefined) who = q.introducer || undefined;
		else if (
			!who &&
			!cite &&
			!q.inQuoteSection &&
			!(q.excerpts && /[.!?\u2026"\u201d]$/.test(text) && text.split(/\s+/).length >= 8) &&
			!(OPEN_Q.includes(text[0] ?? "") && CLOSE_Q.includes(text[text.length - 1] ?? "")) &&
			!PAGE_CITE.test(text) &&
			!(q.framed && passage(text))
		)
			return undefined;
	}
	text = unwrapQuote(text);
	// One paragraph of a quotation that goes on: its opening mark has no closing one (`> "Further, we provide …`).
	const open = text[0] ?? "";
	if (OPEN_DOUBLE.includes(open) && ![...closersOf(open)].some((c) => text.includes(c, 1)))
		text = text.slice(1).trim();
	// "### Pericles' Funeral Oration", "# What is Pericles' best argument …": the heading says whose words they are.
	// "> … Churchill replied, "…"": in a book excerpt, the person named at the quoted part speaks it.
	const named = who ?? namedInside(text) ?? ownerIn(q.section);
	if (!text) return undefined;
	const out: RawQuote = { text, speaker: named ?? cite, section: q.section, line: q.line };
	if (!named && cite) out.cited = true;
	// Kept only because a heading, the book or the note's subject frames it: nobody is named at it (quote-subject.ts).
	if (!named && framedOnly) out.standalone = true;
	return out;
}

/** A passage in prose, as books are quoted: six words or more, a capital (or "...") first, a sentence's end last, no note signs. */
function passage(text: string): boolean {
	return (
		text.split(/\s+/).length >= 6 &&
		!PROMPT.test(text.split("\n")[0]) &&
		/^(?:[\p{Lu}"\u201c'\u2018(\u2026]|\.{3}|\[\.{3}\])/u.test(text) &&
		/[.!?\u2026"\u201d'\u2019)]$/.test(text) &&
		!/[=\u2260\u2192\u21d2<>]|\s\/\s/.test(text)
	);
}

/** A plain line that goes on with the blockquote above it (not an attribution, list item, heading, table). */
function lazyLine(quoteLines: string[], t: string): boolean {
	return (
		!!t &&
		!!quoteLines.length &&
		!!quoteLines[quoteLines.length - 1].trim() &&
		!ATTRIB.test(t) &&
		!LAZY_STOP.test(t)
	);
}

/** Blockquotes and `> [!quote]` / `> [!cite]` callouts anywhere, with `— Speaker` lines after them. */
export function blockQuotes(
	lines: ScanLine[],
	sectionOfLine: (n: number) => Section | undefined,
	framedAt: (n: number) => string | undefined = () => undefined,
): RawQuote[] {
	const out: RawQuote[] = [];
	const excerpts = lines.filter((l) => !l.skip && /^\s*>/.test(l.text) && PAGE_CITE.test(l.text)).length >= 3;
	let run: QuoteRun = { quotes: [] };
	const flush = (speaker?: string): void => {
		for (const q of run.quotes) {
			const quote = quoteOf(q, speaker);
			if (quote) out.push(quote);
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
				cur = {
					lines: [],
					line: n,
					callout: c ?? undefined,
					inQuoteSection: s?.role === "quotes",
					excerpts,
					section: s?.title ?? "",
					// A run of blockquotes after one introducer ("here are a few:") is one excerpt: all of it is quoted.
					introducer: run.quotes.length ? run.quotes[0].introducer : introducer,
					topLevel: line.text.startsWith(">"),
					framed: !!framedAt(n),
				};
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
		if (cur && prevWasQuote && lazyLine(cur.lines, t)) {
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
		const listOk =
			blanks === 0 && prevWasQuote && last && !last.callout && last.topLevel && !nextText.startsWith(t[0] + " ");
		const a = ATTRIB.exec(t) ?? (listOk ? LIST_ATTRIB.exec(t) : null);
		blanks = 0;
		prevWasQuote = false;
		flush(a && run.quotes.length ? cleanSpeaker(a[1]) : undefined);
		introducer = introducerOf(t);
	}
	flush();
	return out;
}
