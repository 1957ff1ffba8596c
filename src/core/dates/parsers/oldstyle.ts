/** Old Style (Julian) dates: "7 November (25 October O.S.) 1917", "25 October 1917 (Old Style)". */
import { julianToGregorian, monthFromName, MONTH_ABBR, formatYear } from "../calendar";
import type { YMD } from "../../model";
import { type Candidate, type ScanContext, DAY, MONTH, eachMatch, point } from "../patterns";

const STYLE = "(O\\.\\s?S\\.|N\\.\\s?S\\.|Old Style|New Style|old style|new style|Julian|Gregorian|OS|NS)";
const DUAL = new RegExp(
	`\\b${DAY}\\s${MONTH}\\s?\\(\\s?(?:${STYLE}:?\\s)?${DAY}\\s${MONTH}(?:\\s${STYLE})?\\s?\\),?\\s(\\d{3,4})\\b`,
	"g",
);
const AFTER = new RegExp(`^\\s?(?:\\(\\s?${STYLE}\\s?\\)|${STYLE}(?![A-Za-z]))`);

function isOld(style: string | undefined): boolean {
	return !!style && /^(O|old|Old|Julian)/.test(style);
}

export function julianLabel(p: YMD): string {
	const y = formatYear(p.year);
	if (p.month === undefined) return `${y} O.S.`;
	const m = MONTH_ABBR[p.month - 1];
	return `${p.day !== undefined ? `${p.day} ` : ""}${m} ${y} O.S.`;
}

/** Dual dates: the Gregorian one places the event; the Julian one becomes originalLabel. */
export function dualDates(ctx: ScanContext, out: Candidate[]): void {
	eachMatch(
		DUAL,
		ctx.text,
		(m) => {
			const y = Number(m[7]);
			const outer = point(y, monthFromName(m[2]) ?? 0, Number(m[1]));
			const inner = point(y, monthFromName(m[5]) ?? 0, Number(m[4]));
			if (!outer.month || !inner.month) return null;
			const innerOld = isOld(m[3]) || isOld(m[6]) || (!m[3] && !m[6]);
			const greg = innerOld ? outer : inner;
			const jul = innerOld ? inner : outer;
			if (jul.month === 12 && greg.month === 1) greg.year = y + 1;
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/old-style",
				precision: "day",
				approximate: false,
				start: greg,
				stop: { ...greg },
				calendar: "julian",
				originalLabel: julianLabel(jul),
			};
		},
		out,
	);
}

/** A style marker right after a date: O.S. converts the date to Gregorian; N.S. is only absorbed. */
export function applyStyleMarker(text: string, c: Candidate): Candidate {
	if (c.calendar === "julian") return c;
	const m = AFTER.exec(text.slice(c.end, c.end + 20));
	if (!m) return c;
	const style = m[1] ?? m[2];
	const end = c.end + m[0].length;
	if (!isOld(style) || c.precision === "decade" || c.precision === "century" || c.precision === "millennium") {
		return { ...c, end };
	}
	const start = c.precision === "day" ? julianToGregorian(c.start) : c.start;
	const stop = c.precision === "day" ? julianToGregorian(c.stop) : c.stop;
	return { ...c, end, start, stop, calendar: "julian", originalLabel: julianLabel(c.start) };
}
