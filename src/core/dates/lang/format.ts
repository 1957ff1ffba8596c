/**
 * Localized labels (issue 21): "7 août 1914", "XIXe siècle", "années 1930", "44 av. J.-C.", "3. Oktober 1990",
 * "siglo XIX", "por volta de 1500". Each label reads back to the same HistDate with findDates(label, { lang })
 * (tests/unit/dates/lang-format.test.ts); what has no short form in the language becomes a range of points.
 */
import type { Lang } from "../../lang/lang";
import type { HistDate, YMD } from "../../model";
import { LABEL_WORDS, type LabelWords } from "./format-words";

function year(w: LabelWords, y: number): string {
	return y <= 0 ? `${1 - y} ${w.bc}` : String(y);
}

function pointLabel(w: LabelWords, p: YMD): string {
	if (p.month === undefined) return year(w, p.year);
	const m = w.months[p.month - 1];
	const my = `${m}${w.monthYear}${year(w, p.year)}`;
	return p.day === undefined ? my : `${w.day(p.day)}${w.dayMonth}${my}`;
}

function yearRange(w: LabelWords, a: number, b: number): string {
	if (a > 0) return `${a}–${b}`;
	if (b <= 0) return `${1 - a}–${1 - b} ${w.bc}`;
	return `${1 - a} ${w.bc} – ${b} ${w.ad}`;
}

function rangeLabel(w: LabelWords, a: YMD, b: YMD): string {
	if (a.month === undefined && b.month === undefined) return yearRange(w, a.year, b.year);
	const sameMonth = a.year === b.year && a.month === b.month;
	if (sameMonth && a.day !== undefined && b.day !== undefined && a.month !== undefined) {
		return `${w.day(a.day)}–${pointLabel(w, b)}`;
	}
	if (a.year === b.year && a.day === undefined && b.day === undefined && a.month !== undefined && a.year > 0) {
		return `${w.months[a.month - 1]}–${pointLabel(w, b)}`;
	}
	// Two days of one year: the year once, at the end ("21 février – 18 décembre 1916").
	if (a.year === b.year && a.day !== undefined && b.day !== undefined && a.month !== undefined && a.year > 0) {
		return `${w.day(a.day)}${w.dayMonth}${w.months[a.month - 1]} – ${pointLabel(w, b)}`;
	}
	return `${pointLabel(w, a)} – ${pointLabel(w, b)}`;
}

type Q = "early" | "mid" | "late" | null;

/** Which qualifier gives [s, e] inside century n (astronomical start `base`), if any. */
function centuryQualifier(s: number, e: number, base: number): Q | undefined {
	const spans: Array<[Q, number, number]> = [
		[null, 0, 99],
		["early", 0, 32],
		["mid", 33, 65],
		["late", 66, 99],
	];
	for (const [q, from, to] of spans) if (s === base + from && e === base + to) return q;
	return undefined;
}

function periodLabel(w: LabelWords, d: HistDate): string | null {
	const s = d.start.year;
	const e = d.end.year;
	if (d.precision === "decade") return s > 0 && s % 10 === 0 && e === s + 9 ? w.decade(s) : null;
	if (d.precision !== "century") return null;
	const k = Math.floor((s - 1) / 100);
	const q = centuryQualifier(s, e, 100 * k + 1);
	if (q === undefined) return null;
	if ((q !== null) !== d.approximate) return null;
	return k >= 0 ? w.century(k + 1, q) : `${w.century(-k, q)} ${w.bc}`;
}

/** The label of a HistDate in `lang` (fr, de, es, pt, it). */
export function formatHistDateIn(d: HistDate, lang: Exclude<Lang, "en">): string {
	const w = LABEL_WORDS[lang];
	const period = periodLabel(w, d);
	if (period !== null) return period;
	const c = d.approximate ? w.circa : "";
	const { start: a, end: b } = d;
	const same = a.year === b.year && a.month === b.month && a.day === b.day;
	return c + (same ? pointLabel(w, a) : rangeLabel(w, a, b));
}
