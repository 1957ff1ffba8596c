/** Reads a note's sentences in order, carrying the anchor year ("In December" after "November 1933"). */
import type { HistDate } from "../model";
import { findDates } from "./find";
import { formatHistDate } from "./format";
import type { DateMatch, DateReader, FindDatesOptions } from "./types";

/** A date precise enough to anchor the next month-only mention: a year or finer. */
function anchorOf(d: HistDate): number | undefined {
	if (d.precision === "decade" || d.precision === "century" || d.precision === "millennium") return undefined;
	return d.end.year;
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

export function createDateReader(opts: FindDatesOptions = {}): DateReader {
	let base: number | undefined = opts.anchorYear;
	let baseFrom = opts.anchorFrom ?? (base !== undefined ? "year from the title" : undefined);
	let anchor = base;
	let anchorFrom = baseFrom;
	let age = 0;
	let lastYear: number | undefined;
	let lastMonth: { year: number; month: number } | undefined;
	return {
		read(sentence: string): DateMatch[] {
			const found = findDates(
				sentence,
				opts.lang && opts.lang !== "en"
					? { ...opts, anchorYear: anchor, anchorFrom, contextYear: lastYear }
					: { ...opts, anchorYear: anchor, anchorFrom },
			);
			let moved = false;
			for (const m of found) {
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
				if (!(m.date.inferred && a === anchor) && rolled === undefined) {
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
