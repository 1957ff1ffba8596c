/** Bare years (only with a cue or in a year context), signed ISO dates, label-mode years. Plain year ranges: year-ranges.ts. */
import { daysInMonth } from "../calendar";
import {
	type Candidate,
	type ScanContext,
	eachMatch,
	followedByUnit,
	glued,
	gluedAfter,
	num,
	point,
	precededByReference,
} from "../patterns";

export const MAX_YEAR = 2100;

export function yearOk(y: number, digits: number, ctx: ScanContext): boolean {
	if (ctx.labelMode) return true;
	// A note (or folder) whose bare years are BCE: "ca. 2686", "in 3100" are Egyptology's, not the future.
	return digits === 4 ? y >= 1000 && y <= (ctx.defaultEra === "BCE" ? 9999 : MAX_YEAR) : y >= 100;
}

/** Bare years are CE unless the note says all its dates are BCE. */
export function bare(y: number, ctx: ScanContext): number {
	return ctx.defaultEra === "BCE" ? 1 - y : y;
}

function yearCandidate(
	index: number,
	end: number,
	y: number,
	tag: string,
	approx = false,
	months?: [number, number],
): Candidate {
	return {
		index,
		end,
		tag,
		approximate: approx,
		precision: "year",
		start: months ? point(y, months[0]) : point(y),
		stop: months ? point(y, months[1]) : point(y),
	};
}

const ISO = /(-?)\b(\d{4,6})-(\d{2})-(\d{2})\b/g;
/** 1933-11-16 and signed ISO -0044-03-15 (ISO years are astronomical already). */
export function isoDates(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		ISO,
		text,
		(m) => {
			const index = m.index;
			if (glued(text, index) || gluedAfter(text, index + m[0].length) || text[index + m[0].length] === "-")
				return null;
			const y = (m[1] ? -1 : 1) * Number(m[2]);
			const mo = Number(m[3]);
			const d = Number(m[4]);
			if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
			const p = point(y, mo, d);
			return {
				index,
				end: index + m[0].length,
				start: p,
				stop: { ...p },
				precision: "day",
				approximate: false,
				tag: "hist/iso",
			};
		},
		out,
	);
}

const STRONG_CUES = new Set([
	"in",
	"by",
	"since",
	"until",
	"till",
	"during",
	"circa",
	"c.",
	"ca.",
	"around",
	"after",
	"before",
]);
const CUES = new Set([
	...STRONG_CUES,
	"of",
	"from",
	"about",
	"year",
	"early",
	"late",
	"mid",
	"approximately",
	"and",
	"or",
	"summer",
]);
const APPROX = new Set(["circa", "c.", "ca.", "around", "about", "approximately"]);
const QUAL_MONTHS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

const CUED_YEAR = /\b(\d{1,4})\b/g;
const CUE_BEFORE = /(?:\b([A-Za-z]+)\s+|\b(c\.|ca\.)\s?|\b([Mm]id)-)$/;

/** in 1917, by 1086, of 1933, c. 1150, around 1850, early 1917, mid-1917 (digits first, then the cue). */
export function cuedYears(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		CUED_YEAR,
		text,
		(m) => {
			const digits = m[1];
			const yearIndex = m.index;
			const end = yearIndex + digits.length;
			if (
				digits.length < 3 &&
				!ctx.labelMode &&
				!/year\s$/.test(text.slice(Math.max(0, yearIndex - 6), yearIndex))
			)
				return null;
			const before = text.slice(Math.max(0, yearIndex - 16), yearIndex);
			const c = CUE_BEFORE.exec(before);
			if (!c) return null;
			const cue = (c[1] ?? c[2] ?? c[3]).toLowerCase();
			const cueIndex = yearIndex - c[0].length;
			const upTo =
				cue === "to" &&
				/\b(?:[Uu]p|[Pp]rior|[Bb]ack|[Dd]ating)\s+to\s$/.test(
					text.slice(Math.max(0, yearIndex - 12), yearIndex),
				);
			if ((!CUES.has(cue) && !upTo) || gluedAfter(text, end) || followedByUnit(text, end)) return null;
			const y = Number(digits);
			const theYear = cue === "year" && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, cueIndex - 5), cueIndex));
			if (y < 1 || (digits.length < 3 && !theYear && !ctx.labelMode)) return null;
			if (!theYear && !yearOk(y, digits.length, ctx)) return null;
			if (digits.length === 3 && !STRONG_CUES.has(cue) && !ctx.labelMode) return null;
			if ((cue === "and" || cue === "or") && !/\b\d{4}\b/.test(text.slice(Math.max(0, cueIndex - 40), cueIndex)))
				return null;
			const approx = APPROX.has(cue);
			const months = QUAL_MONTHS[cue];
			const index = approx || months ? cueIndex : yearIndex;
			return yearCandidate(index, end, bare(y, ctx), "hist/year", approx || !!months, months);
		},
		out,
	);
}

const PAREN = /\((?:(c\.|ca\.|circa)\s*)?(\d{3,4})\)/g;
const THE_YEAR = /\b[Tt]he\s+(\d{4})\s+([A-Za-z][\w-]*)/g;
/** `(?:\s*[.!?])?\s*$`, not `\s*[.!?]?\s*$`: two adjacent `\s*` would backtrack quadratically on a run of spaces. */
const HEADING_END = /,\s*(\d{3,4})(?:\s*[.!?])?\s*$/g;
const YEAR_COLON = /\b(\d{4}):\s/g;
const PAREN_LIST = /\((\d{4}(?:,\s?\d{4})+)\)/g;
const LEADING =
	/^\s*(?:>\s?|\|\s*)?(?:#{1,6}\s+|[-*+]\s+)?(?:\*\*)?(\d{4})(?:\*\*)?(?:\s?[:–—,]|\s*\||\s-\s|\s[A-Z]|\s(?:and|or)\s\d{4}|\s*(?:\|\s*)?$)/g;

/** (1936), the 1936 Constitution, "Recognition of the Soviet Union, 1933", "1933: ..." */
export function contextYears(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	const paren = text.includes("(");
	if (paren)
		eachMatch(
			PAREN,
			text,
			(m) => {
				const y = Number(m[2]);
				if (!yearOk(y, m[2].length, ctx) || precededByReference(text, m.index)) return null;
				const yi = m.index + m[0].indexOf(m[2]);
				return yearCandidate(m[1] ? m.index + 1 : yi, yi + m[2].length, bare(y, ctx), "hist/year", !!m[1]);
			},
			out,
		);
	if (/he\s\d/.test(text))
		eachMatch(
			THE_YEAR,
			text,
			(m) => {
				const y = Number(m[1]);
				const yi = m.index + m[0].indexOf(m[1]);
				if (!yearOk(y, 4, ctx) || followedByUnit(text, yi + 4)) return null;
				return yearCandidate(yi, yi + 4, bare(y, ctx), "hist/year");
			},
			out,
		);
	if (paren)
		eachMatch(
			PAREN_LIST,
			text,
			(m) => {
				let pos = m.index + 1;
				for (const y of m[1].split(",")) {
					const yi = text.indexOf(y.trim(), pos);
					pos = yi + 4;
					if (yearOk(Number(y), 4, ctx))
						out.push(yearCandidate(yi, yi + 4, bare(Number(y), ctx), "hist/year"));
				}
				return null;
			},
			out,
		);
	const tails = [LEADING];
	if (text.includes(",")) tails.push(HEADING_END);
	if (text.includes(":")) tails.push(YEAR_COLON);
	for (const re of tails) {
		eachMatch(
			re,
			text,
			(m) => {
				const y = Number(m[1]);
				const yi = m.index + m[0].indexOf(m[1]);
				// "1250,000" and "1933,1934": a comma (or point) and a digit continue the number.
				if (
					!yearOk(y, m[1].length, ctx) ||
					glued(text, yi) ||
					/^[.,:/]\d/.test(text.slice(yi + m[1].length, yi + m[1].length + 2))
				)
					return null;
				return yearCandidate(yi, yi + m[1].length, bare(y, ctx), "hist/year");
			},
			out,
		);
	}
}

const LABEL_YEAR = /(-?)\b(\d{1,3}(?:,\d{3}){1,3}|\d{1,6})\b/g;
/** Label mode only: any number is a (signed, astronomical) year. */
export function labelYears(ctx: ScanContext, out: Candidate[]): void {
	if (!ctx.labelMode) return;
	eachMatch(
		LABEL_YEAR,
		ctx.text,
		(m) => {
			const y = (m[1] ? -1 : 1) * num(m[2]);
			return yearCandidate(m.index, m.index + m[0].length, y, "hist/label-year");
		},
		out,
	);
}
