/**
 * Nested dated headings (issue 16, item 4): `### 1770` / `#### May 16` / bullets. The month or day heading takes
 * its year from the enclosing year heading, and the lines under it carry that full date ("16 May 1770"), not the
 * outer heading's bare year; the heading itself gives no date-only row. Its year is written in a heading, so it is
 * not marked inferred (one taken from the title or an earlier sentence keeps its mark).
 * A heading that writes its own year ("## Aug 8 2019") is left to date-only.ts (a journal's day heading).
 */
import type { Block } from "./types";
import type { RawEvent } from "./events";
import { isDateOnly } from "./date-only";
import { splitSentences } from "./sentences";
import { stripInline } from "./strip";
import { isScheduleLine } from "../dates/reader";

function firstSentence(b: Block): string {
	const text = stripInline(b.parts.join(" ")).trim();
	return splitSentences(text)[0]?.text ?? text;
}

/** A month or day heading whose year is not written in it (it came from the heading above, or the title). */
function anchoredSubheading(e: RawEvent, b: Block | undefined): boolean {
	if (!b || b.kind !== "heading" || b.level === undefined) return false;
	const p = e.date.precision;
	return (p === "day" || p === "month") && !/\d{3}/.test(e.date.text) && isDateOnly(e);
}

/** The blocks under heading `i` up to the next heading of any level (a deeper dated heading has its own lines). */
function linesUnder(blocks: Block[], i: number): Block[] {
	const out: Block[] = [];
	for (let k = i + 1; k < blocks.length && blocks[k].kind !== "heading"; k++) {
		if (!blocks[k].task && firstSentence(blocks[k])) out.push(blocks[k]);
	}
	return out;
}

export function fillDatedSubheadings(events: RawEvent[], blocks: Block[]): RawEvent[] {
	let blockAt: Map<number, number> | undefined;
	let dated: Set<number> | undefined;
	const out: RawEvent[] = [];
	for (const e of events) {
		if (e.date.precision !== "day" && e.date.precision !== "month") {
			out.push(e);
			continue;
		}
		if (!blockAt) {
			blockAt = new Map();
			blocks.forEach((b, i) => blockAt?.set(b.lines[0], i));
			dated = new Set(events.map((x) => x.line));
		}
		const i = blockAt.get(e.line);
		const kids = i !== undefined && anchoredSubheading(e, blocks[i]) ? linesUnder(blocks, i) : [];
		if (!kids.length) {
			out.push(e);
			continue;
		}
		for (const c of kids)
			if (!c.lines.some((l) => dated?.has(l))) out.push({ ...e, text: firstSentence(c), line: c.lines[0] });
	}
	return out;
}

/** A month-day written in a line ("Mar 3", "20th September", "3/10"). */
const MONTH_DAY =
	/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{1,2}\/\d{1,2}\b/i;

/**
 * A schedule line under a year heading ("- September 20th: exam", "- Essay due 12 Nov"): the reader gave its
 * month-day no year, so it must not take the heading's year either (no row).
 */
export function dropScheduleRows(events: RawEvent[]): RawEvent[] {
	return events.filter((e) => e.text.includes(e.date.text) || !MONTH_DAY.test(e.text) || !isScheduleLine(e.text));
}
