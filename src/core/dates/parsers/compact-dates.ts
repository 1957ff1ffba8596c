/**
 * Compact and casual day dates from revision notes (issue 16): `6-Jun-1944`, `11-Nov-1918`, `May-1945`,
 * lower-case months with a day and a year (`signed 11 nov 1918`, `nov 11, 1918`), and slashed day pairs
 * (`8/9th Nov 1923`, `14/15th Jul 1789` -> 14–15 Jul). A lower-case month is read only between a day and a
 * four-digit year, so the verb "may" and the word "march" never become dates.
 */
import { daysInMonth, monthFromName } from "../calendar";
import { type Candidate, type ScanContext, eachMatch, glued, gluedAfter, point } from "../patterns";

const MON =
	"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** 6-Jun-1944, 11-Nov-1918, 6-June-1944 */
const DASHED_DAY = new RegExp(`\\b(\\d{1,2})-${MON}-(\\d{4})\\b`, "gi");
/** May-1945, Aug-1945 (capitalised month only) */
const DASHED_MONTH =
	/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)-(\d{4})\b/g;
/** 11 nov 1918, 8/9th Nov 1923, 14/15th Jul 1789 */
const DAY_MONTH_YEAR = new RegExp(
	`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?/\\s?(\\d{1,2})(?:st|nd|rd|th)?)?\\s${MON}\\.?,?\\s(\\d{4})\\b`,
	"gi",
);
/** nov 11, 1918 (lower-case month: the capitalised forms are the main parsers' job) */
const MONTH_DAY_YEAR = new RegExp(`\\b${MON}\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b`, "g");

/** Cheap gate: a month abbreviation somewhere (any case). */
const MONTH_HINT = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

function dayCandidate(
	ctx: ScanContext,
	index: number,
	end: number,
	y: number,
	mo: number | undefined,
	a: number,
	b: number,
): Candidate | null {
	if (!mo || y < 1 || y > 2100 || a < 1 || b < a || b > daysInMonth(y, mo)) return null;
	if (glued(ctx.text, index) || gluedAfter(ctx.text, end)) return null;
	return {
		index,
		end,
		tag: "hist/full-date",
		precision: "day",
		approximate: false,
		start: point(y, mo, a),
		stop: point(y, mo, b),
	};
}

export function compactDates(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode || ctx.defaultEra === "BCE") return;
	const { text } = ctx;
	if (!MONTH_HINT.test(text)) return;
	if (/\d-\p{L}/u.test(text)) {
		eachMatch(
			DASHED_DAY,
			text,
			(m) => {
				const d = Number(m[1]);
				return dayCandidate(ctx, m.index, m.index + m[0].length, Number(m[3]), monthFromName(m[2]), d, d);
			},
			out,
		);
	}
	if (/\p{L}-\d/u.test(text)) {
		eachMatch(
			DASHED_MONTH,
			text,
			(m) => {
				const end = m.index + m[0].length;
				const mo = monthFromName(m[1]);
				const y = Number(m[2]);
				if (
					!mo ||
					y < 1000 ||
					y > 2100 ||
					glued(text, m.index) ||
					gluedAfter(text, end) ||
					text[m.index - 1] === "-"
				)
					return null;
				return {
					index: m.index,
					end,
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
	eachMatch(
		DAY_MONTH_YEAR,
		text,
		(m) => {
			const a = Number(m[1]);
			const b = m[2] !== undefined ? Number(m[2]) : a;
			return dayCandidate(ctx, m.index, m.index + m[0].length, Number(m[4]), monthFromName(m[3]), a, b);
		},
		out,
	);
	eachMatch(
		MONTH_DAY_YEAR,
		text,
		(m) => {
			const d = Number(m[2]);
			return dayCandidate(ctx, m.index, m.index + m[0].length, Number(m[3]), monthFromName(m[1]), d, d);
		},
		out,
	);
}
