/**
 * Years in the note's language: after a cue ("en 1789", "im Jahr 1871", "dès 1915", "nel 1831"), with an era
 * ("44 av. J.-C.", "753-509 v. Chr.", "13 a.C."), as ranges ("de 1914 à 1918", "von 1914 bis 1918",
 * "entre 1870 et 1871", "dal 1914 al 1918", "-27 à 476") and French school BC years ("-495", "en -27").
 */
import { eraYear } from "../calendar";
import { type Candidate, type ScanContext, eachMatch, point } from "../patterns";
import type { LangSpec } from "./spec";
import { candidate, gluedAfterIn, gluedBefore, referenceBefore, unitAfter, words } from "./shared";

interface YearRes {
	cue: RegExp;
	era: RegExp;
	range: RegExp;
	bc: RegExp;
}

const cache = new Map<string, YearRes>();
const MONTHS_OF: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

function res(spec: LangSpec): YearRes {
	const hit = cache.get(spec.lang);
	if (hit) return hit;
	const eras = `${spec.bc}|${spec.ad}`;
	const token = `(-?)(\\d{1,4})(?:\\s?(${eras})(?![A-Za-z]))?`;
	const built: YearRes = {
		cue: new RegExp(
			`(?:^|[^A-Za-zÀ-ÿ'’])(${words(spec.cues)}|${spec.approx})\\s*(?:\\*\\*|__|\\*|_)?(?:le\\s|l['’]|el\\s|il\\s|o\\s)?$`,
			"i",
		),
		era: new RegExp(
			`(?:\\b(${spec.approx})\\s)?(-?)\\b(\\d{1,3}(?:[\\s.\\u00a0]\\d{3})|\\d{1,5})(?:\\s?(?:-|–|—|à|a|al|bis)\\s?(\\d{1,5}))?\\s?(${eras})(?![A-Za-z])`,
			"g",
		),
		range: new RegExp(
			`(?:\\b(${spec.rangeLead}|${spec.betweenLead})\\s+)?${token}\\s+(${spec.rangeJoin}|${spec.betweenJoin})\\s+${token}(?![\\d.,]\\d)`,
			"g",
		),
		bc: new RegExp(`^(?:${spec.bc})$`),
	};
	cache.set(spec.lang, built);
	return built;
}

function yearOk(y: number, digits: number): boolean {
	return digits === 4 ? y >= 1000 && y <= 2100 : digits === 3 && y >= 100;
}

/** Bare years after a cue word of the language. */
export function cuedYearsIn(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const r = res(spec);
	const t = ctx.text;
	const strong = new Set(spec.strongCues);
	eachMatch(
		/\b\d{3,4}\b/g,
		t,
		(m) => {
			const index = m.index;
			const end = index + m[0].length;
			if (
				gluedBefore(t, index) ||
				gluedAfterIn(t, end) ||
				unitAfter(spec, t, end) ||
				referenceBefore(spec, t, index)
			)
				return null;
			const sliceStart = Math.max(0, index - 24);
			const c = r.cue.exec(t.slice(sliceStart, index));
			if (!c) return null;
			const cue = c[1].toLowerCase().replace(/’/g, "'");
			const y = Number(m[0]);
			const approx = new RegExp(`^(?:${spec.approx})$`, "i").test(cue);
			if (!yearOk(y, m[0].length) || (m[0].length === 3 && !strong.has(cue) && !approx)) return null;
			const q = spec.quals[cue];
			const months = q ? MONTHS_OF[q] : undefined;
			const from = approx || months ? sliceStart + c.index + c[0].indexOf(c[1]) : index;
			const yy = ctx.defaultEra === "BCE" ? 1 - y : y;
			const start = months ? point(yy, months[0]) : point(yy);
			const stop = months ? point(yy, months[1]) : point(yy);
			return candidate(from, end, start, stop, "year", "i18n/year", approx || !!months);
		},
		out,
	);
}

function eraValue(spec: LangSpec, n: number, era: string | undefined, neg: boolean): number {
	if (neg) return 1 - n;
	return era && res(spec).bc.test(era) ? eraYear(n, "BC") : n;
}

/** Era-marked years and spans: "44 av. J.-C.", "753-509 v. Chr.", "vers 3 000 av. J.-C.". */
export function eraYearsIn(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const t = ctx.text;
	eachMatch(
		res(spec).era,
		t,
		(m) => {
			const numIndex = m.index + m[0].indexOf(m[3], m[1] ? m[1].length : 0);
			const neg = m[2] === "-" && spec.negativeYears;
			if (!m[1] && gluedBefore(t, neg ? numIndex - 1 : numIndex)) return null;
			const a = Number(m[3].replace(/[\s.\u00a0]/g, ""));
			if (a === 0 || a > 200000) return null;
			const bc = res(spec).bc.test(m[5]);
			const s = neg ? 1 - a : eraValue(spec, a, m[5], false);
			const e = m[4] !== undefined ? eraValue(spec, Number(m[4]), m[5], false) : s;
			if (e < s && !(bc && !m[4])) return null;
			const index = m[1] ? m.index : neg ? numIndex - 1 : numIndex;
			return candidate(index, m.index + m[0].length, point(s), point(e), "year", "i18n/era", !!m[1]);
		},
		out,
	);
}

/** "-495", "(-3500)", "en -27": BC years as French school notes write them. */
export function negativeYears(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	if (!spec.negativeYears || !ctx.text.includes("-")) return;
	const t = ctx.text;
	eachMatch(
		/(^|[\s([|:;,*])-(\d{2,5})(?![\d.,:/]|\s?°|\s?%)/g,
		t,
		(m) => {
			const index = m.index + m[1].length;
			const end = index + m[0].length - m[1].length;
			if (unitAfter(spec, t, end) || gluedAfterIn(t, end)) return null;
			const y = 1 - Number(m[2]);
			return candidate(index, end, point(y), point(y), "year", "i18n/negative");
		},
		out,
	);
}

interface Side {
	neg: boolean;
	digits: string;
	era?: string;
}

function sideYear(spec: LangSpec, s: Side, otherEra: string | undefined): number {
	return eraValue(spec, Number(s.digits), s.era ?? otherEra, s.neg && spec.negativeYears);
}

function sideOk(s: Side, spec: LangSpec, lead: boolean, lineStart: boolean, afterBC = false): boolean {
	if (s.era || (s.neg && spec.negativeYears)) return Number(s.digits) > 0;
	if (s.neg) return false;
	if (afterBC) return Number(s.digits) > 0 && Number(s.digits) <= 2100;
	return yearOk(Number(s.digits), s.digits.length) && (s.digits.length === 4 || lead || lineStart);
}

/** Year ranges with words: "de 1914 à 1918", "zwischen 1815 und 1913", "-27 à 476", "312 à 337 après J.-C.". */
export function wordRangesIn(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const t = ctx.text;
	const between = new RegExp(`^(?:${spec.betweenLead})$`);
	const betweenJoin = new RegExp(`^(?:${spec.betweenJoin})$`);
	eachMatch(
		res(spec).range,
		t,
		(m) => {
			const lead = m[1];
			if (lead && between.test(lead) !== betweenJoin.test(m[5])) return null;
			if (!lead && betweenJoin.test(m[5]) && !new RegExp(`^(?:${spec.rangeJoin})$`).test(m[5])) return null;
			const a: Side = { neg: m[2] === "-", digits: m[3], era: m[4] };
			const b: Side = { neg: m[6] === "-", digits: m[7], era: m[8] };
			const first = m.index + (lead ? 0 : m[0].indexOf(m[2] + m[3]));
			const end = m.index + m[0].length;
			const lineStart =
				/(?:^|[\n(|:]|^\s*[-*+]\s|\*\*)\s*$/.test(t.slice(Math.max(0, first - 4), first)) || first === 0;
			if (!lead && gluedBefore(t, first)) return null;
			if (gluedAfterIn(t, end) || unitAfter(spec, t, end) || referenceBefore(spec, t, first)) return null;
			if (!sideOk(a, spec, !!lead, lineStart) || !sideOk(b, spec, !!lead, lineStart, a.neg && spec.negativeYears))
				return null;
			if (!a.era && !b.era && !a.neg && !b.neg && a.digits.length === 3 && b.digits.length === 3 && !lineStart)
				return null;
			if (!a.era && !b.era && !a.neg && !b.neg && ctx.defaultEra === "BCE") {
				const s = 1 - Number(a.digits);
				const e = 1 - Number(b.digits);
				return e > s ? candidate(first, end, point(s), point(e), "year", "i18n/range") : null;
			}
			const s = sideYear(spec, a, a.neg ? undefined : b.era);
			const e = sideYear(spec, b, undefined);
			return e > s ? candidate(first, end, point(s), point(e), "year", "i18n/range") : null;
		},
		out,
	);
}
