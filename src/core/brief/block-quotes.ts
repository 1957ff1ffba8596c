/**
 * Quotes from blockquotes and `> [!quote]` / `> [!cite]` callouts anywhere: runs of blockquotes, lazy continuation
 * lines, `— Speaker` / `- Author` attributions after them, and introducers before them ("Creon dictates:").
 */
import type { Section } from "../model";
import type { ScanLine } from "./types";
import { calloutOf, unquote } from "./blocks";
import { stripInline } from "./strip";
import { introducerSpeaker } from "./quote-forms";
import { cleanSpeakerName } from "./speaker-names";
import { ATTRIB, cleanSpeaker, splitQuoteItem, unwrapQuote, type RawQuote } from "./quotes";
import { CLOSE_MARKS, OPEN_DOUBLE_CLASS, OPEN_MARKS, SPEECH_VERBS_OTHER } from "../lang/quote-marks";

const OPEN_Q = OPEN_MARKS;
const CLOSE_Q = CLOSE_MARKS;

/** A cited excerpt: the blockquote ends with its page, `(p 21)`, `(pp. 37-38)`, `(p59 - 60)`. */
const PAGE_CITE = /\((?:p|pp|page|pages)\.?\s?\d+(?:\s?[-\u2013]\s?\d+)?\)\s*$/i;

const SAYS = new RegExp(
	`(\\p{Lu}[\\p{L}\\u2019'.-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\u2019'.-]+){0,3})[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:says|said|dictates|dictated|writes|wrote|declares|declared|argues|argued|states|stated|notes|noted|remarks|remarked|proclaims|proclaimed|replies|replied|answers|answered|tells \\p{L}+|told \\p{L}+|${SPEECH_VERBS_OTHER})[ \\t]*:[ \\t]*$`,
	"u",
);

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
	if (text.length > 600 || /^[>#|]/.test(text) || !(text.endsWith(":") || stripInline(text).trim().endsWith(":")))
		return undefined;
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
	if (OPEN_Q.includes(text[0] ?? "") || SPEAKER_FIRST.test(text)) {
		const inline = splitQuoteItem(text);
		if (inline.speaker && inline.text) {
			text = inline.text;
			own = own ?? inline.speaker;
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
	if (q.callout) {
		const isQuote = q.callout.type === "quote" || q.callout.type === "cite";
		if (!isQuote) return undefined;
		who =
			who ??
			(q.callout.title ? cleanSpeaker(q.callout.title) : undefined) ??
			speaker ??
			(q.introducer || undefined);
	} else {
		who = who ?? speaker;
		if (!who && q.introducer !== undefined) who = q.introducer || undefined;
		else if (
			!who &&
			!q.inQuoteSection &&
			!(OPEN_Q.includes(text[0] ?? "") && CLOSE_Q.includes(text[text.length - 1] ?? "")) &&
			!PAGE_CITE.test(text)
		)
			return undefined;
	}
	text = unwrapQuote(text);
	return text ? { text, speaker: who, section: q.section, line: q.line } : undefined;
}

/** Blockquotes and `> [!quote]` / `> [!cite]` callouts anywhere, with `— Speaker` lines after them. */
export function blockQuotes(lines: ScanLine[], sectionOfLine: (n: number) => Section | undefined): RawQuote[] {
	const out: RawQuote[] = [];
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
					section: s?.title ?? "",
					introducer: run.quotes.length ? undefined : introducer,
					topLevel: line.text.startsWith(">"),
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
		if (
			cur &&
			prevWasQuote &&
			t &&
			cur.lines.length &&
			cur.lines[cur.lines.length - 1].trim() &&
			!ATTRIB.test(t) &&
			!LAZY_STOP.test(t)
		) {
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
