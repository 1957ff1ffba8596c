/**
 * More forms from real notes (issue 16, items 1–3), each with its own era handling:
 *   centuries abbreviated `5th c BC`, `3rd c. BC`, `(2nd c.)`, `17th c`; century ranges `4th-15th century`,
 *   `from 9th century to 12th century`, `5th–3rd century BC`; BC written loosely `525bc`,
 *   `c. 300,000-40,000 bc`, ascending `2,000,000 - 2,500,000 B.C.` (spans 2,500,000 to 2,000,000 BC),
 *   `10,000 BP` (before 1950); years after a life word `(died 1924)`, `(b. 1809)`; arrows `1066 -> Norman …`.
 */
import { type Candidate, type ScanContext, eachMatch, glued, gluedAfter, point } from "../patterns";

const ERA = "(BCE|BC|B\\.\\s?C\\.?(?:\\s?E\\.?)?|AD|A\\.D\\.|CE|C\\.E\\.)";
const CENTURY_ABBR = new RegExp(
	`\\b(\\d{1,2})(?:st|nd|rd|th)\\s?c(?:\\.|(?=[\\s,;:)\\]]|$))(?:\\s?${ERA}(?![A-Za-z]))?`,
	"g",
);
const CENTURY_RANGE = new RegExp(
	`\\b(?:[Ff]rom\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?:\\s+centur(?:y|ies))?\\s?(?:[-–—\\u2011]|to|until)\\s?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+centur(?:y|ies)(?:\\s?${ERA}(?![A-Za-z]))?`,
	"g",
);
const LOOSE_BC =
	/(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{1,7})(?:\s?[-–—]\s?(\d{1,3}(?:,\d{3})+|\d{1,7}))?\s?(bce?|b\.c\.?(?:e\.?)?|BP)(?![A-Za-z])/gi;
const LIFE_WORD = /\((?:died|born|d\.|b\.|r\.|reigned|ruled)\s(\d{3,4})\)/g;
const ARROW = /^\s*(?:[-*+]\s+)?(\d{3,4})\s?(?:->|-->|=>|→|⟶)\s/g;

const isBC = (era: string | undefined): boolean => !!era && /^B/i.test(era);
const num = (s: string): number => Number(s.replace(/,/g, ""));

/** Century n as astronomical years: AD n -> [100n-99, 100n]; BC n -> [1-100n, -100(n-1)]. */
function century(n: number, bc: boolean): [number, number] {
	return bc ? [1 - 100 * n, -100 * (n - 1)] : [100 * n - 99, 100 * n];
}

function cand(
	index: number,
	end: number,
	s: number,
	e: number,
	precision: Candidate["precision"],
	approx: boolean,
	tag: string,
): Candidate {
	return { index, end, start: point(s), stop: point(e), precision, approximate: approx, tag };
}

function centuryForms(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	if (/\dc\b|\d(?:st|nd|rd|th)\sc\b/.test(text)) {
		eachMatch(
			CENTURY_ABBR,
			text,
			(m) => {
				const n = Number(m[1]);
				if (n < 1 || n > 21) return null;
				const [s, e] = century(n, isBC(m[2]) || ctx.defaultEra === "BCE");
				return cand(m.index, m.index + m[0].length, s, e, "century", false, "hist/century");
			},
			out,
		);
	}
	if (/centur/i.test(text)) {
		eachMatch(
			CENTURY_RANGE,
			text,
			(m) => {
				const a = Number(m[1]);
				const b = Number(m[2]);
				const bc = isBC(m[3]) || (ctx.defaultEra === "BCE" && !m[3]);
				if (a < 1 || b < 1 || a > 21 || b > 21 || a === b || (!bc && b < a)) return null;
				const [hi, lo] = bc ? [Math.max(a, b), Math.min(a, b)] : [a, b];
				const s = bc ? century(hi, true)[0] : century(a, false)[0];
				const e = bc ? century(lo, true)[1] : century(b, false)[1];
				return cand(m.index, m.index + m[0].length, s, e, "century", false, "hist/century");
			},
			out,
		);
	}
}

function looseBC(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	eachMatch(
		LOOSE_BC,
		text,
		(m) => {
			const bp = /^BP$/i.test(m[3]);
			if (!bp && /^B\.?C/.test(m[3]) && m[2] === undefined) return null; // "44 BC", "44 B.C.": the era parser's
			const a = num(m[1]);
			const b = m[2] !== undefined ? num(m[2]) : a;
			if (a < 1 || b < 1 || gluedAfter(text, m.index + m[0].length)) return null;
			const toAstro = (n: number): number => (bp ? 1950 - n : 1 - n);
			const [older, newer] = [toAstro(Math.max(a, b)), toAstro(Math.min(a, b))];
			const approx =
				/\b(?:c\.|ca\.|circa|about|around)\s?$/i.test(text.slice(Math.max(0, m.index - 8), m.index)) || bp;
			return cand(m.index, m.index + m[0].length, older, newer, "year", approx, "hist/era");
		},
		out,
	);
}

function lifeAndArrows(ctx: ScanContext, out: Candidate[]): void {
	const { text } = ctx;
	const bare = (y: number): number => (ctx.defaultEra === "BCE" ? 1 - y : y);
	if (text.includes("(")) {
		eachMatch(
			LIFE_WORD,
			text,
			(m) => {
				const yi = m.index + m[0].indexOf(m[1]);
				return cand(yi, yi + m[1].length, bare(Number(m[1])), bare(Number(m[1])), "year", false, "hist/year");
			},
			out,
		);
	}
	if (/\d\s?(?:-+>|=>|→|⟶)/.test(text)) {
		eachMatch(
			ARROW,
			text,
			(m) => {
				const yi = m.index + m[0].indexOf(m[1]);
				if (glued(text, yi)) return null;
				return cand(yi, yi + m[1].length, bare(Number(m[1])), bare(Number(m[1])), "year", false, "hist/year");
			},
			out,
		);
	}
}

export function moreForms(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode) return;
	centuryForms(ctx, out);
	if (/\d\s?(?:b\.?c|bp\b)/i.test(ctx.text)) looseBC(ctx, out);
	lifeAndArrows(ctx, out);
}
