/**
 * Centuries and decades in the note's language: "XIXe siècle", "fin du XVIIIe siècle", "19. Jahrhundert",
 * "Zweite Hälfte des 19. Jahrhunderts", "siglo XIX", "século XIX", "XIX secolo", "il Novecento", "-Ve siècle",
 * "les années 1930", "die 1930er Jahre", "los años treinta", "anos 1930", "anni Trenta", "1750er-1770er Jahre".
 */
import { type Candidate, type ScanContext, eachMatch, point } from "../patterns";
import { type LangSpec, ordinalNumber, qualified, qualifierOf } from "./spec";
import { candidate, contextCentury } from "./shared";

function centuryNumber(spec: LangSpec, s: string | undefined): number | undefined {
	if (!s) return undefined;
	const n = ordinalNumber(s) ?? spec.centuryWords?.[s.toLowerCase()];
	return n !== undefined && n >= 1 && n <= 21 ? n : undefined;
}

/** First year of century n (astronomical): 19 -> 1801; BC: 5 -> -499 (500 BC). */
function centuryBase(n: number, bc: boolean): number {
	return bc ? -100 * n + 1 : 100 * (n - 1) + 1;
}

export function centuriesIn(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const bcEra = new RegExp(`^(?:${spec.bc})$`);
	for (const re of spec.centuries) {
		eachMatch(
			re,
			ctx.text,
			(m) => {
				const g = m.groups ?? {};
				const n1 = centuryNumber(spec, g.n1);
				const n2 = g.n2 !== undefined ? centuryNumber(spec, g.n2) : n1;
				if (!n1 || !n2) return null;
				const bc = (!!g.era && bcEra.test(g.era)) || g.neg === "-";
				const q = qualifierOf(spec, g.q);
				const b1 = centuryBase(n1, bc);
				const b2 = centuryBase(n2, bc);
				const [s] = qualified(g.n2 !== undefined ? undefined : q, Math.min(b1, b2), 100);
				const [, e] = qualified(g.n2 !== undefined ? undefined : q, Math.max(b1, b2), 100);
				const precision = g.n2 !== undefined && n2 !== n1 ? "year" : "century";
				return candidate(m.index, m.index + m[0].length, point(s), point(e), precision, "i18n/century", !!q);
			},
			out,
		);
	}
}

function decadeStart(spec: LangSpec, ctx: ScanContext, index: number, d: string): number | undefined {
	if (/^\d{4}$/.test(d)) {
		const n = Number(d);
		return n % 10 === 0 && n >= 1000 && n <= 2090 ? n : undefined;
	}
	const tens = /^\d{2}$/.test(d) ? Number(d) : spec.decadeWords[d.toLowerCase()];
	if (tens === undefined || tens % 10 !== 0 || tens < 10) return undefined;
	const century =
		contextCentury(ctx.text, index, ctx.anchorYear ?? ctx.contextYear) ?? (/^\d/.test(d) ? undefined : 1900);
	return century === undefined ? undefined : century + tens;
}

export function decadesIn(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	for (const re of spec.decades) {
		eachMatch(
			re,
			ctx.text,
			(m) => {
				const g = m.groups ?? {};
				if (spec.lang === "de" && /^\d{2}$/.test(g.d1) && !g.jahre) return null;
				const a = decadeStart(spec, ctx, m.index, g.d1);
				const b = g.d2 !== undefined ? decadeStart(spec, ctx, m.index, g.d2) : a;
				if (a === undefined || b === undefined || b < a) return null;
				const q = qualifierOf(spec, g.q);
				const [s] = qualified(g.d2 !== undefined ? undefined : q, a, 10);
				const [, e] = qualified(g.d2 !== undefined ? undefined : q, b, 10);
				const precision = b !== a ? "year" : "decade";
				return candidate(m.index, m.index + m[0].length, point(s), point(e), precision, "i18n/decade", !!q);
			},
			out,
		);
	}
}
