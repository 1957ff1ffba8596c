/**
 * A month in parentheses after a year's event: "1945 — Germany surrenders (May)", "| 1945 | Bombs on Hiroshima
 * (Aug) |". The note gives the month of the sentence's one year; the row is that month, not the bare year.
 */
import type { DateMatch } from "./types";
import { MONTH, DAY } from "./patterns";
import { monthFromName } from "./calendar";
import { formatHistDate } from "./format";

/** "(May)", "(Aug.)", "(6 Aug)", "(Aug 6)": a month alone, or with its day, in parentheses. */
const PAREN_MONTH = new RegExp(`\\((?:${DAY}\\s+)?${MONTH}(?:\\s+${DAY})?\\)`, "g");

/**
 * The sentence's one year-precision date takes the month (and day) written in parentheses after it, when the
 * sentence has exactly one such month and no other date. Anything else (two years, two months, a month
 * before the year, a month that is already a date) leaves the readings as they are. `anywhere`: the text is a
 * table row whose cells were read one by one (the year in one cell, "(May)" in the next).
 */
export function addParenMonth(text: string, found: DateMatch[], anywhere = false): DateMatch[] {
	if (found.length !== 1 || !text.includes("(")) return found;
	const m = found[0];
	const d = m.date;
	if (d.precision !== "year" || d.start.year !== d.end.year || d.start.month !== undefined) return found;
	const hits = [...text.matchAll(PAREN_MONTH)];
	if (hits.length !== 1 || (!anywhere && (hits[0].index ?? 0) < m.end)) return found;
	const [, dayBefore, name, dayAfter] = hits[0];
	const month = monthFromName(name);
	if (month === undefined) return found;
	const day = Number(dayBefore ?? dayAfter ?? 0);
	const point = day >= 1 && day <= 31 ? { year: d.start.year, month, day } : { year: d.start.year, month };
	d.start = point;
	d.end = { ...point };
	d.precision = day >= 1 && day <= 31 ? "day" : "month";
	d.label = formatHistDate(d);
	return found;
}
