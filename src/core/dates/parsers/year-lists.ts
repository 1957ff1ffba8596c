/**
 * Year lists and ranges as revision notes write them (issue 16, item 4):
 *   `c. 1200 - C. 1450` (circa on both ends, any case), `(r.1502 - 1519)` (a reign, no space after "r."),
 *   `(1620 & 1630)` (two years), `1813/1833/1853` (three dates), `1914/15` and `1941/1942` (one span: a school
 *   year or a winter campaign, as historians mean it).
 * Four-digit years 1000–2100 for the bare forms; counts, references and numbers glued to others stay unread.
 */
import {
	type Candidate,
	type ScanContext,
	eachMatch,
	followedByUnit,
	glued,
	gluedAfter,
	point,
	precededByReference,
} from "../patterns";
import { bare, MAX_YEAR } from "./years";

const CIRCA_RANGE = /\b[Cc]a?\.\s?(\d{3,4})\s?[-–—]\s?[Cc]a?\.\s?(\d{3,4})\b/g;
const REIGN = /\((?:r|reigned|ruled)\.?\s?(\d{3,4})(?:\s?[-–—]\s?(\d{2,4}))?\)/g;
const AMPERSAND = /\b(\d{4})\s?&\s?(\d{4})\b/g;
const SLASHED = /\b(\d{4})((?:\/(?:\d{4}|\d{2}))+)\b/g;

function years(index: number, end: number, a: number, b: number, approx: boolean, ctx: ScanContext): Candidate {
	return {
		index,
		end,
		tag: a === b ? "hist/year" : "hist/year-range",
		precision: "year",
		approximate: approx,
		start: point(bare(a, ctx)),
		stop: point(bare(b, ctx)),
	};
}

const isYear = (y: number): boolean => y >= 1000 && y <= MAX_YEAR;

/** The second year of a pair written short ("1519" or "19" after 1502), or undefined when it runs backwards. */
function second(a: number, s: string | undefined): number | undefined {
	if (s === undefined) return a;
	const b = s.length === 2 ? Math.floor(a / 100) * 100 + Number(s) : Number(s);
	if (s.length === 3 || b < a || b > MAX_YEAR) return undefined;
	return b;
}

function circaAndReigns(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		CIRCA_RANGE,
		text,
		(m) => {
			const a = Number(m[1]);
			const b = Number(m[2]);
			const end = m.index + m[0].length;
			if (glued(text, m.index) || gluedAfter(text, end) || b <= a || b > MAX_YEAR) return null;
			return years(m.index, end, a, b, true, ctx);
		},
		out,
	);
	if (!text.includes("(")) return;
	eachMatch(
		REIGN,
		text,
		(m) => {
			const a = Number(m[1]);
			const b = second(a, m[2]);
			if (b === undefined || a < 100) return null;
			const at = m.index + m[0].indexOf(m[1]);
			return years(at, m.index + m[0].length - 1, a, b, false, ctx);
		},
		out,
	);
}

function pairsAndSlashes(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	if (text.includes("&")) {
		eachMatch(
			AMPERSAND,
			text,
			(m) => {
				const a = Number(m[1]);
				const b = Number(m[2]);
				const end = m.index + m[0].length;
				if (!isYear(a) || !isYear(b) || glued(text, m.index) || gluedAfter(text, end)) return null;
				if (precededByReference(text, m.index) || followedByUnit(text, end)) return null;
				out.push(years(m.index, m.index + 4, a, a, false, ctx));
				return years(end - 4, end, b, b, false, ctx);
			},
			out,
		);
	}
	if (!text.includes("/")) return;
	eachMatch(
		SLASHED,
		text,
		(m) => {
			const end = m.index + m[0].length;
			if (glued(text, m.index) || gluedAfter(text, end) || /^\/\d/.test(text.slice(end, end + 2))) return null;
			if (precededByReference(text, m.index) || followedByUnit(text, end)) return null;
			const parts = m[2].slice(1).split("/");
			const a = Number(m[1]);
			if (!isYear(a)) return null;
			if (parts.length === 1) {
				// "1914/15", "1941/1942": one span (a school year, a winter); "1813/1833": two dates.
				const b = second(a, parts[0]);
				if (b === undefined || b === a) return null;
				if (parts[0].length === 2 || b === a + 1) return years(m.index, end, a, b, false, ctx);
			}
			if (parts.some((p) => p.length !== 4 || !isYear(Number(p)))) return null;
			let at = m.index;
			for (const y of [m[1], ...parts]) {
				out.push(years(at, at + 4, Number(y), Number(y), false, ctx));
				at += 5;
			}
			return null;
		},
		out,
	);
}

export function yearLists(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode) return;
	circaAndReigns(ctx, out);
	pairsAndSlashes(ctx, out);
}
