/**
 * The era of a heading (issue 16, item 2): under "## Ptolemaic Egypt, 305–30 BCE", "### Cleopatra, 51" is 51 BC
 * and "Caesar arrived in 48." is 48 BC. A bare year under a heading whose dates are written BC is read BC when
 * that reading falls inside the heading's span; it is marked `inferred` (the era was not written with it), so
 * the timeline shows "51 BC?" with the heading as the reason and the quiz never asks it.
 */
import type { HistDate } from "../model";
import { findDates, formatHistDate, writtenEra } from "../dates";
import type { Block } from "./types";
import type { RawEvent } from "./events";
import { dropDateLinks, stripForEvents } from "./event-text";
import { plainTitle } from "./strip";

/** A heading's BC span (astronomical years, inclusive) and its title. */
interface EraSpan {
	lo: number;
	hi: number;
	title: string;
}

const BC_WORD = /\b(?:BCE?|B\.\s?C\.?(?:\s?E\.?)?)(?![\p{L}])/u;
const ERA_WORD = /\b(?:BCE?|B\.\s?C\.?|AD|A\.\s?D\.?|CE|C\.\s?E\.?)(?![\p{L}])/u;

/**
 * A bare year (or a descending pair) after a cue a student writes before a year — "in", "by", "from", "c.", a
 * comma or parenthesis, a dash — and at the end of the text or before punctuation ("Cleopatra, 51",
 * "in 48.", "(47)", "from 51 to 48"). Never a count: "3 wives", "in 2 years" are not followed by an end.
 */
const BARE_YEAR =
	/(?:^|[,(–—:]\s*|\s[-–—]\s|\b(?:in|by|from|until|till|after|before|c\.|ca\.|circa|around)\s+)(\d{1,4})(?:\s?(?:[-–—]|\bto\b)\s?(\d{1,4}))?(?=\s*(?:$|[),.;:]))/giu;

export const headingEraReason = (title: string): string => `BC: the era of the heading “${title}”`;

/** The BC span a heading writes ("305–30 BCE" -> [-304, -29]); null when it writes no BC date or any AD one. */
function bcSpanOf(text: string): EraSpan | null {
	if (!BC_WORD.test(text)) return null;
	const dates = findDates(text);
	let lo = Infinity;
	let hi = -Infinity;
	for (const m of dates) {
		const bc = BC_WORD.test(m.date.text) || writtenEra(m.date.text) === "BC" || m.date.start.year <= 0;
		if (!bc || m.date.end.year > 0) return null;
		lo = Math.min(lo, m.date.start.year);
		hi = Math.max(hi, m.date.end.year);
	}
	return lo <= hi ? { lo, hi, title: text } : null;
}

/** Each block's innermost enclosing heading with a BC span (the heading itself for its own line excluded). */
function spansOf(blocks: Block[]): Map<Block, EraSpan> {
	const out = new Map<Block, EraSpan>();
	const stack: { level: number; span: EraSpan | null }[] = [];
	for (const b of blocks) {
		if (b.kind === "heading" && b.level !== undefined) {
			while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
			const outer = [...stack].reverse().find((h) => h.span)?.span;
			if (outer) out.set(b, outer);
			stack.push({ level: b.level, span: bcSpanOf(plainTitle(dropDateLinks(b.parts[0] ?? ""))) });
			continue;
		}
		const span = [...stack].reverse().find((h) => h.span)?.span;
		if (span) out.set(b, span);
	}
	return out;
}

function bcDate(a: number, b: number, text: string, span: EraSpan): HistDate {
	const d: HistDate = {
		start: { year: 1 - a },
		end: { year: 1 - b },
		precision: "year",
		approximate: false,
		text,
		label: "",
		inferred: true,
		inferredFrom: headingEraReason(span.title),
	};
	d.label = formatHistDate(d);
	return d;
}

/** The bare years of a text read BC inside the span: "51" -> 51 BC, "from 51 to 48" -> 51–48 BC. */
function bareBCYears(text: string, span: EraSpan): HistDate[] {
	const out: HistDate[] = [];
	for (const m of text.matchAll(BARE_YEAR)) {
		const a = Number(m[1]);
		const b = m[2] === undefined ? a : Number(m[2]);
		if (a < 1 || b < 1 || b > a) continue;
		if (1 - a < span.lo || 1 - b > span.hi) continue;
		out.push(bcDate(a, b, m[0].replace(/^[^\d]*/, "").trim(), span));
	}
	return out;
}

/** A CE year read without an era whose BC reading lies in the span: the same year BC, inferred. */
function flipped(d: HistDate, span: EraSpan): HistDate | null {
	if (d.start.year <= 0 || d.end.year >= 1000 || ERA_WORD.test(d.text) || writtenEra(d.text)) return null;
	if (d.precision !== "year" || d.start.month !== undefined) return null;
	if (1 - d.end.year < span.lo || 1 - d.start.year > span.hi) return null;
	return bcDate(d.start.year, d.end.year, d.text, span);
}

/**
 * Events of the blocks under BC headings, with the heading's era: found CE years flipped to BC when that falls
 * in the heading's span, and bare years of blocks that gave no event read BC (both `inferred`).
 */
export function applyHeadingEra(events: RawEvent[], blocks: Block[]): RawEvent[] {
	const spans = spansOf(blocks);
	if (!spans.size) return events;
	const byLine = new Map<number, Block>();
	for (const [b] of spans) for (const l of b.lines) byLine.set(l, b);
	const dated = new Set<Block>();
	const out = events.map((e) => {
		const b = byLine.get(e.line);
		if (!b) return e;
		dated.add(b);
		const f = flipped(e.date, spans.get(b)!);
		return f ? { ...e, date: f } : e;
	});
	for (const [b, span] of spans) {
		if (dated.has(b) || b.task || b.kind === "quote" || b.section?.role === "source") continue;
		const text =
			b.kind === "heading"
				? plainTitle(dropDateLinks(b.parts[0] ?? ""))
				: b.parts.map(stripForEvents).filter(Boolean).join(" ");
		for (const date of bareBCYears(text, span))
			out.push({ date, text, section: b.section?.title, line: b.lines[0] });
	}
	return out.sort((x, y) => x.line - y.line);
}
