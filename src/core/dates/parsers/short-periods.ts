/**
 * Periods written short (issue 16, item 4):
 *   centuries as "cent": `3 cent AD`, `9 - 10 cent AD`, `5th cent. BC` (a bare number needs the era: "5 cent" is money);
 *   two-digit decades `the 50s`, `the 70's`, `the late 60s`: only with a century from the note (the last year
 *   the reader met); the century is inferred, so the date is marked.
 */
import { type Candidate, type ScanContext, eachMatch, gluedAfter, point, qualifierSpan } from "../patterns";

const ERA = "(BCE|BC|B\\.C\\.?|AD|A\\.D\\.?|CE|C\\.E\\.?)";
const CENT = new RegExp(
	`\\b(\\d{1,2})(st|nd|rd|th)?(?:\\s?[-–—]\\s?(\\d{1,2})(?:st|nd|rd|th)?)?\\s?cent\\.?(?![a-z])(?:\\s?${ERA}(?![A-Za-z]))?`,
	"g",
);
const TWO_DIGIT_DECADE = /\b[Tt]he\s(?:([Ee]arly|[Mm]id|[Ll]ate)[\s-])?([1-9]0)(?:'s|’s|s)(?![\w'’])/g;

/** Century n as astronomical years: AD n -> [100n-99, 100n]; BC n -> [1-100n, -100(n-1)]. */
function century(n: number, bc: boolean): [number, number] {
	return bc ? [1 - 100 * n, -100 * (n - 1)] : [100 * n - 99, 100 * n];
}

export function centAbbreviations(ctx: ScanContext, out: Candidate[]): void {
	if (ctx.labelMode) return;
	eachMatch(
		CENT,
		ctx.text,
		(m) => {
			const era = m[4];
			if (!era && !m[2]) return null;
			const a = Number(m[1]);
			const b = m[3] !== undefined ? Number(m[3]) : a;
			if (a < 1 || b > 21 || a > 21) return null;
			const bc = era ? /^B/i.test(era) : ctx.defaultEra === "BCE";
			if (bc ? b > a : b < a) return null;
			const [s1, e1] = century(a, bc);
			const [s2, e2] = century(b, bc);
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/century",
				precision: "century",
				approximate: false,
				start: point(Math.min(s1, s2)),
				stop: point(Math.max(e1, e2)),
			};
		},
		out,
	);
}

/**
 * Two-digit decades, read by the date reader (reader.ts) with `contextYear`: the last year the note wrote
 * (a decade or century counts: "the late 90s" after "In the 1990s"). Nothing without it.
 */
export function twoDigitDecades(ctx: ScanContext, out: Candidate[]): void {
	const y = ctx.contextYear;
	if (y === undefined || y < 1000 || y > 2100 || !/he\s(?:\w+[\s-])?\d0/.test(ctx.text)) return;
	const c = Math.floor(y / 100) * 100;
	eachMatch(
		TWO_DIGIT_DECADE,
		ctx.text,
		(m) => {
			if (gluedAfter(ctx.text, m.index + m[0].length)) return null;
			const [s, e] = qualifierSpan(m[1], c + Number(m[2]), 10);
			return {
				index: m.index,
				end: m.index + m[0].length,
				tag: "hist/decade",
				precision: "decade",
				approximate: !!m[1],
				start: point(s),
				stop: point(e),
				inferredFrom: "century from the note's other dates",
			};
		},
		out,
	);
}
