/**
 * What the history date parsers need to know about one language (issue 21): month names, the words around
 * dates (cues, range words, circa, eras) and the century and decade forms. Pure data plus small helpers.
 */
import type { Lang } from "../../lang/lang";

export type Qualifier = "early" | "mid" | "late" | "first" | "second";

export interface LangSpec {
	lang: Exclude<Lang, "en">;
	/** Lower-case month names and abbreviations (abbreviations with their dot) -> 1..12. */
	months: Record<string, number>;
	/** After the day's digits: "1er", "3.", "1º". */
	dayOrd: string;
	/** Between day and month, and between month and year ("12 de octubre de 1492"). */
	dayMonthSep: string;
	monthYearSep: string;
	/** Era words: before Christ / after Christ (regex sources, case-sensitive). */
	bc: string;
	ad: string;
	/** Words right before a bare year that make it a year ("en", "im Jahr", "nel"); lower case. */
	cues: string[];
	/** Cues strong enough for a three-digit year. */
	strongCues: string[];
	/** Circa words (regex source, case-insensitive), right before a date. */
	approx: string;
	/** "de 1914 à 1918": lead words and the joiner; "entre 1870 et 1871": lead and joiner. */
	rangeLead: string;
	rangeJoin: string;
	betweenLead: string;
	betweenJoin: string;
	/** Month-only cue for anchored months ("en juillet", "im Juli"). */
	monthCue: string;
	/** Qualifier words (lower case) -> qualifier. */
	quals: Record<string, Qualifier>;
	/** Century forms: named groups q (qualifier), n1, n2 (ordinal or Roman), neg ("-Ve siècle"), era. */
	centuries: RegExp[];
	/** Decade forms: named groups q, d1, d2 (digits or number word), era. */
	decades: RegExp[];
	/** Named centuries ("Novecento" -> 20). */
	centuryWords?: Record<string, number>;
	/** Decade number words (lower case) -> tens (30 for "trente"). */
	decadeWords: Record<string, number>;
	/** Counted things: a number before one of these is a quantity, not a year (lower case). */
	units: Set<string>;
	/** Reference words before a number (pages, articles, volumes). */
	references: string;
	/** Negative numbers are years BC ("-495 à -429", French school notes). */
	negativeYears: boolean;
	/** Quick test: can a text without digits hold a date (century and decade words)? */
	wordsHint: RegExp;
}

/** Alternation of names, longest first, dots escaped. */
export function alternation(names: string[]): string {
	return [...names]
		.sort((a, b) => b.length - a.length)
		.map((n) => n.replace(/\./g, "\\."))
		.join("|");
}

export function monthSource(spec: LangSpec): string {
	return alternation(Object.keys(spec.months));
}

export function monthOf(spec: LangSpec, name: string): number | undefined {
	return spec.months[name.toLowerCase()];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, M: 1000 };

/** "XIX" -> 19; undefined for anything that is not a well-formed Roman numeral up to 39. */
export function romanValue(s: string): number | undefined {
	const u = s.toUpperCase();
	if (!/^X{0,3}(?:IX|IV|V?I{0,3})$/.test(u) || u === "") return undefined;
	let total = 0;
	for (let i = 0; i < u.length; i++) {
		const v = ROMAN[u[i]];
		const next = ROMAN[u[i + 1]] ?? 0;
		total += v < next ? -v : v;
	}
	return total || undefined;
}

/** An ordinal written as digits or Roman numerals ("19", "XIX", "19e"). */
export function ordinalNumber(s: string | undefined): number | undefined {
	if (!s) return undefined;
	const digits = /^(\d{1,2})/.exec(s);
	if (digits) return Number(digits[1]);
	return romanValue(s.replace(/(?:e|ème|eme|è|ᵉ|er|ère|°|º)$/, ""));
}

/** Roman numerals source for a century (I..XXI), upper case. */
export const ROMAN_SRC = "X{0,2}(?:IX|IV|V?I{0,3})";

/** Years of a qualified part of a span of `size` years starting at `base`. */
export function qualified(q: Qualifier | undefined, base: number, size: number): [number, number] {
	const third = Math.floor(size / 3);
	switch (q) {
		case "early":
			return size === 10 ? [base, base + 3] : [base, base + third - 1];
		case "mid":
			return size === 10 ? [base + 3, base + 6] : [base + third, base + 2 * third - 1];
		case "late":
			return size === 10 ? [base + 6, base + 9] : [base + 2 * third, base + size - 1];
		case "first":
			return [base, base + size / 2 - 1];
		case "second":
			return [base + size / 2, base + size - 1];
		default:
			return [base, base + size - 1];
	}
}

/** The qualifier a phrase names ("fin", "Zweite Hälfte", "mediados"), if any. */
export function qualifierOf(spec: LangSpec, phrase: string | undefined): Qualifier | undefined {
	if (!phrase) return undefined;
	return spec.quals[phrase.toLowerCase().replace(/\s+/g, " ").replace(/-$/, "")];
}
