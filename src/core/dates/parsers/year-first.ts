/**
 * Year-first dates, as timelines and some notes write them (issue 16, item 4): "1918, November 11",
 * "1918 November 11", "1789 July 14", "44 BC March 15", "1916 July 1 – November 18". One full date: the day is
 * never read apart and re-anchored to another line's year. Three or four digits (or an era) for the year;
 * the day must exist in that month; a count ("lost 1200 March 3") or a reference ("p. 1918 May 5") is no year.
 */
import { daysInMonth, eraYear, monthFromName } from "../calendar";
import {
	type Candidate,
	type ScanContext,
	DAY,
	MONTH,
	eachMatch,
	glued,
	gluedAfter,
	point,
	precededByReference,
} from "../patterns";

const ERA_SHORT = "(BCE|BC|B\\.C\\.|AD|A\\.D\\.|CE)";
// year(1) era(2) month(3) day(4) [sep [month(5)] day(6)]
const YEAR_FIRST = new RegExp(
	`\\b(\\d{1,4})(?:\\s?${ERA_SHORT})?,?\\s${MONTH}\\s${DAY}(?:\\s?(?:–|—|-|to)\\s?(?:${MONTH}\\s)?${DAY})?(?!\\d|:\\d)`,
	"g",
);

/** Words after which a number is a count or an amount, not a year. */
const COUNT_BEFORE = /\b(?:to|than|over|under|nearly|almost|some|only|lost|killed|had|with|about|around)\s$/i;

export function yearFirstDates(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		YEAR_FIRST,
		text,
		(m) => {
			const n = Number(m[1]);
			if ((n < 100 && !m[2]) || n < 1 || glued(text, m.index) || precededByReference(text, m.index)) return null;
			if (/[-–—]\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
			if (COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
			const end = m.index + m[0].length;
			if (gluedAfter(text, end)) return null;
			const y = m[2] ? eraYear(n, m[2]) : ctx.defaultEra === "BCE" ? 1 - n : n;
			const mo1 = monthFromName(m[3]);
			const mo2 = m[5] ? monthFromName(m[5]) : mo1;
			if (!mo1 || !mo2) return null;
			const d1 = Number(m[4]);
			const d2 = m[6] !== undefined ? Number(m[6]) : d1;
			if (d1 < 1 || d1 > daysInMonth(y, mo1) || d2 < 1 || d2 > daysInMonth(y, mo2)) return null;
			if (mo2 < mo1 || (mo2 === mo1 && d2 < d1)) return null;
			return {
				index: m.index,
				end,
				tag: "hist/full-date",
				precision: "day",
				approximate: false,
				start: point(y, mo1, d1),
				stop: point(y, mo2, d2),
			};
		},
		out,
	);
}
