/** Calendar arithmetic for history dates: astronomical years, month names, Julian -> Gregorian. */
import type { Precision, YMD } from "../model";

export const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sept." / "September" / "sep" -> 9; undefined when not a month name. */
export function monthFromName(name: string): number | undefined {
	const key = name.replace(/\.$/, "").slice(0, 3).toLowerCase();
	const i = MONTH_ABBR.findIndex((m) => m.toLowerCase() === key);
	return i < 0 ? undefined : i + 1;
}

export function isLeapGregorian(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
	if (m === 2) return isLeapGregorian(y) ? 29 : 28;
	return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function floorDiv(a: number, b: number): number {
	return Math.floor(a / b);
}

/** Julian calendar date (astronomical year) -> Julian Day Number. */
function julianToJdn(y: number, m: number, d: number): number {
	const a = floorDiv(14 - m, 12);
	const yy = y + 4800 - a;
	const mm = m + 12 * a - 3;
	return d + floorDiv(153 * mm + 2, 5) + 365 * yy + floorDiv(yy, 4) - 32083;
}

/** Julian Day Number -> Gregorian date (astronomical year). */
function jdnToGregorian(jdn: number): YMD {
	const a = jdn + 32044;
	const b = floorDiv(4 * a + 3, 146097);
	const c = a - floorDiv(146097 * b, 4);
	const d = floorDiv(4 * c + 3, 1461);
	const e = c - floorDiv(1461 * d, 4);
	const m = floorDiv(5 * e + 2, 153);
	return {
		year: 100 * b + d - 4800 + floorDiv(m, 10),
		month: m + 3 - 12 * floorDiv(m, 10),
		day: e - floorDiv(153 * m + 2, 5) + 1,
	};
}

/** An Old Style (Julian) day -> the same day in the Gregorian calendar. */
export function julianToGregorian(p: YMD): YMD {
	if (p.month === undefined || p.day === undefined) return p;
	return jdnToGregorian(julianToJdn(p.year, p.month, p.day));
}

/** Historian's year: 79, 476, 1933, 44 BC (astronomical 0 = 1 BC). Never "year 0". */
export function formatYear(astronomicalYear: number): string {
	if (astronomicalYear <= 0) return `${groupDigits(1 - astronomicalYear)} BC`;
	return groupDigits(astronomicalYear);
}

export function groupDigits(n: number): string {
	const s = String(n);
	return n >= 10000 ? s.replace(/\B(?=(\d{3})+$)/g, ",") : s;
}

/** Era-marked number -> astronomical year. */
export function eraYear(n: number, era: string | undefined): number {
	if (era && /^B/i.test(era)) return 1 - n;
	return n;
}

export const PRECISION_RANK: Record<Precision, number> = {
	day: 0,
	month: 1,
	season: 2,
	year: 3,
	decade: 4,
	century: 5,
	millennium: 6,
};

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
	return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

const ORDINAL_WORDS = [
	"first",
	"second",
	"third",
	"fourth",
	"fifth",
	"sixth",
	"seventh",
	"eighth",
	"ninth",
	"tenth",
	"eleventh",
	"twelfth",
	"thirteenth",
	"fourteenth",
	"fifteenth",
	"sixteenth",
	"seventeenth",
	"eighteenth",
	"nineteenth",
	"twentieth",
	"twenty-first",
];
export const ORDINAL_WORD_SRC = [...ORDINAL_WORDS].reverse().join("|");

/** "fifth" / "5th" / "21st" -> 5 / 5 / 21. */
export function ordinalValue(s: string): number | undefined {
	const digits = /^(\d{1,2})/.exec(s);
	if (digits) return Number(digits[1]);
	const i = ORDINAL_WORDS.indexOf(s.toLowerCase().replace(/\s+/g, "-"));
	return i < 0 ? undefined : i + 1;
}

export function ordinalSuffix(n: number): string {
	const t = n % 100;
	if (t >= 11 && t <= 13) return `${n}th`;
	const u = n % 10;
	return `${n}${u === 1 ? "st" : u === 2 ? "nd" : u === 3 ? "rd" : "th"}`;
}
