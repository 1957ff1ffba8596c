/**
 * Nested dated headings (issue 16, item 4): `### 1770` / `#### May 16` / bullets. The month or day heading takes
 * its year from the enclosing year heading, and the lines under it carry that full date ("16 May 1770"), not the
 * outer heading's bare year; the heading itself gives no date-only row. Its year is written in a heading, so it is
 * not marked inferred (one taken from the title or an earlier sentence keeps its mark). A heading with more than
 * its date ("#### March 5 – Boston Massacre") keeps its own row, and its lines carry its date as well.
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
	return (p === "day" || p === "month") && !/\d{3}/.test(e.date.text);
}

/**
 * The blocks under heading `i`: up to the next heading of its level or higher, or a deeper heading with a date of
 * its own (that heading's lines are its own); an undated deeper heading ("##### Evening") is passed over.
 */
function linesUnder(blocks: Block[], i: number, dated: Set<number>): Block[] {
	const out: Block[] = [];
	const level = blocks[i].level ?? 0;
	for (let k = i + 1; k < blocks.length; k++) {
		const c = blocks[k];
		if (c.kind === "heading") {
			if ((c.level ?? 0) <= level || dated.has(c.lines[0])) break;
			continue;
		}
		if (!c.task && firstSentence(c)) out.push(c);
	}
	return out;
}

export function fillDatedSubheadings(events: RawEvent[], blocks: Block[]): RawEvent[] {
	let blockAt: Map<number, number> | undefined;
	let dated = new Set<number>();
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
		const kids = i !== undefined && anchoredSubheading(e, blocks[i]) ? linesUnder(blocks, i, dated) : [];
		// A heading that is only its date gives way to its lines; one with text ("#### March 5 – Boston
		// Massacre") stays, and its lines carry its date too (not the outer heading's bare year).
		if (!kids.length || !isDateOnly(e)) out.push(e);
		for (const c of kids)
			if (!c.lines.some((l) => dated.has(l))) out.push({ ...e, text: firstSentence(c), line: c.lines[0] });
	}
	return out;
}

/** A month-day written in a line ("Mar 3", "20th September", "3/10"). */
const MONTH_DAY =
	/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{1,2}\/\d{1,2}\b/i;

/**
 * A schedule line under a year heading ("- September 20th: exam", "- Essay due 12 Nov"): the reader gave its
 * month-day no year, so it must not take the heading's year either (no row). In a course's admin section
 * ("## Course schedule") no month-day takes a year from elsewhere.
 */
export function dropScheduleRows(events: RawEvent[]): RawEvent[] {
	return events.filter((e) => {
		if (e.section && ADMIN_SECTION.test(e.section) && tookYear(e)) return false;
		return e.text.includes(e.date.text) || !MONTH_DAY.test(e.text) || !isScheduleLine(e.text);
	});
}

/** A course's admin section: its month-days are lessons and deadlines ("## Course schedule", "## Key deadlines"). */
const ADMIN_SECTION =
	/\b(?:schedule|syllabus|course (?:outline|calendar|information|info|dates)|class (?:calendar|dates)|deadlines?|due dates|(?:exam|assessment|test|quiz) (?:dates|calendar)|homework|assignments?|admin|logistics|office hours|timetable)\b/i;

/** The row's month-day has no year of its own: it took one from a heading, the title or an earlier sentence. */
function tookYear(e: RawEvent): boolean {
	const p = e.date.precision;
	return (p === "day" || p === "month") && !/\d{3}/.test(e.date.text);
}

/**
 * A table cell that is only a month name is a data label when its row holds figures ("| Jan | 250 marks |") or
 * other months (a header "| Year | Jan | Feb |"): the month the reader anchored to the heading's year gives no
 * row there. A timeline row ("| Jan | Tet Offensive |") keeps it.
 */
export function dropMonthCells(events: RawEvent[], blocks: Block[]): RawEvent[] {
	let rows: Map<number, Block> | undefined;
	return events.filter((e) => {
		if (e.date.precision !== "month" || /\d/.test(e.date.text)) return true;
		if (!rows) {
			rows = new Map();
			for (const b of blocks) if (b.kind === "row") rows.set(b.lines[0], b);
		}
		const row = rows.get(e.line);
		if (!row) return true;
		const cells = row.parts.map((p) => stripInline(p).replace(/[:.]$/, "").trim()).filter(Boolean);
		const months = cells.filter((c) => MONTH_CELL.test(c));
		if (!months.includes(e.date.text)) return true;
		const others = cells.filter((c) => !MONTH_CELL.test(c));
		return months.length === 1 && others.some((c) => !/^[\d$£€¥~≈<>+-]/.test(c));
	});
}

const MONTH_CELL =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?$/;
