/** Reads a note's sentences in order, carrying the anchor year ("In December" after "November 1933"). */
import type { HistDate } from "../model";
import { findDates } from "./find";
import { formatHistDate } from "./format";
import { twoDigitDecades } from "./parsers/short-periods";
import type { Candidate } from "./patterns";
import { toMatch } from "./run-parsers";
import type { DateMatch, DateReader, FindDatesOptions } from "./types";

/** A date precise enough to anchor the next month-only mention: a year or finer. */
function anchorOf(d: HistDate): number | undefined {
	if (d.precision === "decade" || d.precision === "century" || d.precision === "millennium") return undefined;
	return d.end.year;
}

/** The date's year came from the anchor (marked, or unmarked because a heading wrote it): no year in its text. */
function tookAnchor(d: HistDate): boolean {
	return !!d.inferred || !/\d{3}|\d\s?(?:BCE?|AD|CE|B\.C|A\.D)\b/.test(d.text);
}

/**
 * A course schedule, not history: a short numeric date without a year ("Th 3/10"), or an exam, a quiz, homework, a
 * deadline or a class session. Its month-day dates never take the anchor year ("Mar 3 through Th 3/10",
 * "September 20th: exam"); dates with their own year are left to the not-event rules.
 */
const SCHEDULE =
	/(?:^|[^\d/.])\d{1,2}\/\d{1,2}(?![\d/])|(?:^|[:\u2013\u2014-]\s*|\b(?:final|midterm|mock|unit|class)\s)(?:exams?|midterms?|quiz(?:zes)?|tests?|homework|assignments?|essays?|presentations?|coursework|reading)\b|\b(?:deadlines?|syllabus|office hours|reading week|(?:lecture|seminar|tutorial|lesson|week)\s\d{1,2}\b)|\bdue\b(?!\s+to\b)/i;

/** A test of a weapon or device somewhere ("July 16: test at Alamogordo", "test of the Bomb") is history. */
const HISTORIC_TEST = /\btests?\s+(?:at|of|in)\s+(?:the\s+)?[A-Z]/;

/** A line of a course schedule (SCHEDULE above): its month-day dates are no history. */
export function isScheduleLine(text: string): boolean {
	if (!SCHEDULE.test(text)) return false;
	return !HISTORIC_TEST.test(text) || SCHEDULE.test(text.replace(HISTORIC_TEST, " "));
}

/**
 * An anchor taken from a sentence holds for this many following sentences without a date of their own;
 * then the section's anchor (its heading's year, or the title's) applies again (issue 16: never anchor more
 * than a few sentences away).
 */
export const ANCHOR_SENTENCES = 3;

/** Where a rolled-forward year came from (a tooltip in the timeline). */
export const ROLLED_FORWARD = "year rolled forward: the list before it reached a later month";

/**
 * A chronological list runs into the next year: "Oct 1989 …", "Nov 9 …", "Mar 11th …" — a month-day that
 * leads its line, takes its year from the anchor and falls before the month just read is next year's.
 * Returns the moved date's year, or undefined when nothing moved.
 */
function rollForward(m: DateMatch, last: { year: number; month: number } | undefined): number | undefined {
	const d = m.date;
	if (
		!last ||
		m.index > 2 ||
		d.start.month === undefined ||
		d.start.year !== d.end.year ||
		d.start.year !== last.year
	)
		return undefined;
	if (!(d.inferred || d.text.search(/\d{3}/) < 0) || d.start.month >= last.month) return undefined;
	d.start = { ...d.start, year: d.start.year + 1 };
	d.end = { ...d.end, year: d.end.year + 1 };
	d.label = formatHistDate(d);
	d.inferred = true;
	d.inferredFrom = ROLLED_FORWARD;
	return d.start.year;
}

/**
 * "the late 90s", "the 70's": a decade without its century, read only when the note gave one (`century`: the
 * last year it wrote, decades and centuries included) and where no other date was found.
 */
function withShortDecades(sentence: string, found: DateMatch[], century: number | undefined): DateMatch[] {
	if (century === undefined || !/\d0(?:'s|’s|s)\b/.test(sentence)) return found;
	const extra: Candidate[] = [];
	twoDigitDecades({ text: sentence, contextYear: century }, extra);
	const free = extra.filter((c) => found.every((m) => c.end <= m.index || c.index >= m.end));
	if (!free.length) return found;
	return [...found, ...free.map((c) => toMatch(sentence, c))].sort((a, b) => a.index - b.index);
}

export function createDateReader(opts: FindDatesOptions = {}): DateReader {
	let base: number | undefined = opts.anchorYear;
	let baseFrom = opts.anchorFrom ?? (base !== undefined ? "year from the title" : undefined);
	let anchor = base;
	let anchorFrom = baseFrom;
	let age = 0;
	let lastYear: number | undefined;
	let lastMonth: { year: number; month: number } | undefined;
	let century: number | undefined;
	return {
		read(sentence: string): DateMatch[] {
			let found = findDates(
				sentence,
				opts.lang && opts.lang !== "en"
					? { ...opts, anchorYear: anchor, anchorFrom, contextYear: lastYear }
					: { ...opts, anchorYear: anchor, anchorFrom },
			);
			if (found.length && anchor !== undefined && isScheduleLine(sentence))
				found = found.filter((m) => !(m.date.start.year === anchor && tookAnchor(m.date)));
			found = withShortDecades(sentence, found, century);
			let moved = false;
			for (const m of found) {
				if (m.date.start.year >= 1000 && m.date.start.year <= 2100) century = m.date.start.year;
				const rolled = rollForward(m, lastMonth);
				if (rolled !== undefined) {
					anchor = rolled;
					anchorFrom = ROLLED_FORWARD;
				}
				const d = m.date;
				if (d.end.month !== undefined && d.precision !== "decade" && d.precision !== "century")
					lastMonth = { year: d.end.year, month: d.end.month };
				else if (anchorOf(d) !== undefined) lastMonth = undefined;
				const a = anchorOf(m.date);
				if (a === undefined) continue;
				// An anchored date keeps the anchor (and where it came from); any other date moves it.
				if (!(a === anchor && tookAnchor(m.date)) && rolled === undefined) {
					anchorFrom = "year from an earlier sentence";
					moved = true;
				}
				anchor = a;
				if (a >= 1000) lastYear = a;
			}
			if (moved || found.length) age = 0;
			else if (++age > ANCHOR_SENTENCES && anchor !== base) {
				anchor = base;
				anchorFrom = baseFrom;
			}
			return found;
		},
		section(year: number | undefined, from?: string): void {
			lastMonth = undefined;
			base = year ?? opts.anchorYear;
			baseFrom =
				year !== undefined
					? (from ?? "year from the heading")
					: opts.anchorYear !== undefined
						? (opts.anchorFrom ?? "year from the title")
						: undefined;
			anchor = base;
			anchorFrom = baseFrom;
			age = 0;
		},
		get anchorYear() {
			return anchor;
		},
	};
}
