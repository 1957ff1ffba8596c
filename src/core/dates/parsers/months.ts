/** Dates with month names: full dates (US and European), month + year, month ranges, month-only with an anchor. */
import { daysInMonth, eraYear, monthFromName } from "../calendar";
import {
	type Candidate,
	type ScanContext,
	DAY,
	ERA,
	MONTH,
	QUAL,
	YEARN,
	eachMatch,
	gluedAfter,
	num,
	point,
} from "../patterns";

const SEP = "\\s?(?:–|—|-|to|until|through)\\s?";
const US = new RegExp(
	`\\b${MONTH}\\s?${DAY}(?:${SEP}(?:${MONTH}\\s?)?${DAY})?(?:(?:,\\s?|\\s)${YEARN}(?:\\s?${ERA})?)?`,
	"g",
);
const EU = new RegExp(
	`\\b${DAY}(?:\\s(?:of\\s)?${MONTH})?(?:${SEP}${DAY})?\\s(?:of\\s)?${MONTH}(?:,?\\s${YEARN}(?:\\s?${ERA})?)?`,
	"g",
);
const MONTH_YEAR = new RegExp(
	`\\b(?:([Bb]etween)\\s)?(?:${QUAL}[\\s-]+)?${MONTH}(?:\\s?(?:–|—|-|to|until|and|through)\\s?${MONTH})?,?\\s(?:of\\s)?${YEARN}(?:\\s?${ERA})?`,
	"g",
);
const MONTH_ONLY = new RegExp(
	`\\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Dd]uring|[Tt]hat|[Ee]arly|[Ll]ate|[Mm]id-|[Bb]efore|[Aa]fter)\\s(?:(early|mid-|late)\\s?)?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?![\\s,]*\\d)(?!\\s(?:Revolution|Days|Crisis|Uprising|Offensive|Manifesto|Coup|Theses|Rising|Putsch|Events|Agreement)\\b)`,
	"g",
);

/** Year of a month/day date: explicit (3+ digits or an era), else the anchor year, else none. */
function resolveYear(ctx: ScanContext, y: string | undefined, era: string | undefined): number | undefined {
	if (y !== undefined) {
		if (!era && !ctx.labelMode && y.replace(/,/g, "").length < 3) return undefined;
		const n = num(y);
		if (n === 0 || n >= 10000) return undefined;
		if (era) return eraYear(n, era);
		return ctx.defaultEra === "BCE" ? 1 - n : n;
	}
	return ctx.anchorYear;
}

function dayDate(
	ctx: ScanContext,
	m: RegExpExecArray,
	index: number,
	end: number,
	y: number | undefined,
	m1: string | undefined,
	d1: string,
	m2: string | undefined,
	d2: string | undefined,
	explicit: boolean,
): Candidate | null {
	if (y === undefined || !m1) return null;
	const mo1 = monthFromName(m1);
	const mo2 = m2 ? monthFromName(m2) : mo1;
	if (!mo1 || !mo2) return null;
	const a = Number(d1);
	const b = d2 !== undefined ? Number(d2) : a;
	if (a < 1 || a > daysInMonth(y, mo1) || b < 1 || b > daysInMonth(y, mo2)) return null;
	if (mo2 < mo1 || (mo2 === mo1 && b < a)) return null;
	if (gluedAfter(ctx.text, end)) return null;
	return {
		index,
		end,
		tag: explicit ? "hist/full-date" : "hist/anchored",
		precision: "day",
		approximate: false,
		start: point(y, mo1, a),
		stop: point(y, mo2, b),
	};
}

export function fullDates(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	// US: month(1) day(2) [sep [month(3)] day(4)] [, year(5) era(6)]
	eachMatch(
		US,
		text,
		(m) => {
			let end = m.index + m[0].length;
			let yearStr: string | undefined = m[5];
			if (yearStr !== undefined && resolveYear(ctx, yearStr, m[6]) === undefined) {
				yearStr = undefined;
				end = m.index + m[0].search(/,?\s?\d+$/);
			}
			const y = resolveYear(ctx, yearStr, m[6]);
			return dayDate(ctx, m, m.index, end, y, m[1], m[2], m[3], m[4], yearStr !== undefined);
		},
		out,
	);
	// EU: day(1) [month(2)] [sep day(3)] month(4) [year(5) era(6)]
	eachMatch(
		EU,
		text,
		(m) => {
			const y = resolveYear(ctx, m[5], m[6]);
			if (m[5] !== undefined && y === undefined) return null;
			if (m[2] !== undefined && m[3] === undefined) return null;
			const firstMonth = m[2] ?? m[4];
			if (m[5] === undefined && /^\s*\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
				return null;
			return dayDate(
				ctx,
				m,
				m.index,
				m.index + m[0].length,
				y,
				firstMonth,
				m[1],
				m[4],
				m[3] ?? undefined,
				m[5] !== undefined,
			);
		},
		out,
	);
}

const DAY_QUAL: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

export function monthYears(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	// between(1) qualifier(2) month(3) [sep month(4)] year(5) era(6)
	eachMatch(
		MONTH_YEAR,
		text,
		(m) => {
			const end = m.index + m[0].length;
			if (/[.,:]\d/.test(text.slice(end, end + 2)) || /\d/.test(text[end] ?? "")) return null;
			const y = resolveYear(ctx, m[5], m[6]);
			if (y === undefined || m[5] === undefined) return null;
			if (/\sand\s/.test(m[0]) && !m[1]) return null;
			const mo1 = monthFromName(m[3]);
			const mo2 = m[4] ? monthFromName(m[4]) : mo1;
			if (!mo1 || !mo2 || mo2 < mo1) return null;
			const q = m[2]?.toLowerCase();
			if (q && mo2 !== mo1) return null;
			const days = q ? DAY_QUAL[q] : undefined;
			const start = days ? point(y, mo1, days[0]) : point(y, mo1);
			const stop = days ? point(y, mo2, Math.min(days[1], daysInMonth(y, mo2))) : point(y, mo2);
			return { index: m.index, end, tag: "hist/month-year", precision: "month", approximate: !!q, start, stop };
		},
		out,
	);
}

/** Year before month, as some notes write it: "in 1905 January", "1812 June". Three or four digits, no day after. */
const YEAR_MONTH =
	/\b(\d{3,4})\s(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*\d)/g;

export function yearMonths(ctx: ScanContext, out: Candidate[]): void {
	eachMatch(
		YEAR_MONTH,
		ctx.text,
		(m) => {
			if (/[\d,.]$/.test(ctx.text.slice(Math.max(0, m.index - 1), m.index))) return null;
			const y = resolveYear(ctx, m[1], undefined);
			const mo = monthFromName(m[2]);
			if (y === undefined || !mo) return null;
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/month-year",
				precision: "month",
				approximate: false,
				start: point(y, mo),
				stop: point(y, mo),
			};
		},
		out,
	);
}

/** "In December" after a dated sentence: the anchor year's December. Nothing without an anchor. */
export function anchoredMonths(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.anchorYear === undefined) return;
	const y = ctx.anchorYear;
	eachMatch(
		MONTH_ONLY,
		ctx.text,
		(m) => {
			const mo = monthFromName(m[2]);
			if (!mo) return null;
			const index = m.index + m[0].length - m[2].length - (m[1] ? m[1].length + (m[1].endsWith("-") ? 0 : 1) : 0);
			const q = m[1]?.replace("-", "").toLowerCase();
			const days = q ? DAY_QUAL[q] : undefined;
			const start = days ? point(y, mo, days[0]) : point(y, mo);
			const stop = days ? point(y, mo, Math.min(days[1], daysInMonth(y, mo))) : point(y, mo);
			return {
				index,
				end: m.index + m[0].length,
				tag: "hist/anchored",
				precision: "month",
				approximate: !!q,
				start,
				stop,
			};
		},
		out,
	);
}

const MONTH_WORD =
	"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
/**
 * A month that leads a heading or a list item and is all of it or its label: "#### August", "Jan - Tet
 * Offensive", "March: the army mutinies", "**Nov–Dec**". Not a month in running text ("May the King …").
 */
const LEADING_MONTH = new RegExp(
	`^\\s*(?:\\*\\*)?${MONTH_WORD}(?:\\s?(?:–|—|-|to)\\s?${MONTH_WORD})?(?:\\*\\*)?(?=\\s*$|\\s*[:–—]|\\s+-\\s)`,
);

/** A month-only heading or item label under a dated heading: the anchor year's month (issue 16, item 4). */
export function leadingMonths(ctx: ScanContext, out: Candidate[]): void {
	const y = ctx.anchorYear;
	const m = y === undefined ? null : LEADING_MONTH.exec(ctx.text);
	if (!m || y === undefined) return;
	const mo1 = monthFromName(m[1]);
	const mo2 = m[2] ? monthFromName(m[2]) : mo1;
	if (!mo1 || !mo2 || mo2 < mo1) return;
	const index = m[0].indexOf(m[1]);
	const end = m[0].replace(/\*\*$/, "").length;
	out.push({
		index,
		end,
		tag: "hist/anchored",
		precision: "month",
		approximate: false,
		start: point(y, mo1),
		stop: point(y, mo2),
	});
}
