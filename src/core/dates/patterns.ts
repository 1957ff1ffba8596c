/** Shared regex sources and word lists for the history date parsers (no lookbehind anywhere). */
import type { Precision, YMD } from "../model";
import type { Lang } from "../lang/lang";

/** A date found by one parser, before overlap resolution and labelling. */
export interface Candidate {
	index: number;
	end: number;
	start: YMD;
	stop: YMD;
	precision: Precision;
	approximate: boolean;
	calendar?: "gregorian" | "julian";
	originalLabel?: string;
	/** Which parser produced it ("hist/era", "chrono", ...). */
	tag: string;
	/** The year is not in the text: it came from the anchor ("year from an earlier sentence"). */
	inferredFrom?: string;
}

export interface ScanContext {
	text: string;
	anchorYear?: number;
	defaultEra?: "BCE" | "CE";
	/** Parsing a label: bare numbers are years, no cue needed. */
	labelMode?: boolean;
	/** Numeric dates are day-first (en-GB). */
	dayFirst?: boolean;
	/** The text has a month name (computed once). */
	hasMonth?: boolean;
	/** The text's language when not English: its own parsers run too (src/core/dates/lang). */
	lang?: Lang;
	/** The last year read in the note, for the century of two-digit decades (languages of issue 21). */
	contextYear?: number;
}

/** Month name (capitalised, as English writes it); group 1 is the name. */
export const MONTH =
	"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
export const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
/**
 * A year with optional thousands commas: 50,000 / 1933 / 79. At most three comma groups (999,999,999,999):
 * an unbounded `(?:,\\d{3})+` is re-read from every group of a long "1,000,000,…" run (quadratic).
 */
export const YEARN = "(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,5})";
export const ERA = "(B\\.\\s?C\\.(?:\\s?E\\.)?|BCE|BC|A\\.\\s?D\\.|AD|C\\.\\s?E\\.|CE)(?![A-Za-z])";
export const QUAL = "([Ee]arly|[Mm]id|[Ll]ate)";

export function num(s: string): number {
	return Number(s.replace(/,/g, ""));
}

/** Counted things: a number before one of these is a quantity, not a year. */
const UNITS = new Set(
	(
		"years year's men women people persons soldiers troops casualties deaths prisoners " +
		"ships vessels guns cannon tanks aircraft planes rubles roubles dollars pounds francs marks ducats florins " +
		"shillings pence yen lire km kilometres kilometers miles metres meters feet foot yards tons tonnes acres " +
		"hectares votes seats members delegates workers peasants households families copies pages articles words " +
		"days hours minutes months weeks times percent per horses cattle units items lives refugees " +
		"citizens inhabitants residents students children deputies officers sailors men-of-war cavalry infantry " +
		"km² sq square acres villages towns cities churches schools factories hostages slaves serfs"
	).split(" "),
);

/** People and groups: after a sentence's opening "In 1381" they are the subject, not a count ("In 1381 peasants revolted"). */
const GROUPS = new Set(
	(
		"men women people persons soldiers troops peasants workers citizens inhabitants residents students children " +
		"deputies officers sailors refugees slaves serfs delegates members households families villages towns cities"
	).split(" "),
);
/** A sentence that opens with a time preposition and the number: "In 1381", "By 1900", "- After 1815". */
const OPENING_YEAR = /(?:^|[.!?;:]\s+)(?:[-*+>#]+\s+)?(?:\*\*|__)?(?:In|By|During|After|Before|Since|Until)\s+\d{3,4}$/;

function opensWithYear(text: string, end: number): boolean {
	const from = Math.max(0, end - 40);
	const m = OPENING_YEAR.exec(text.slice(from, end));
	return !!m && (m.index > 0 || from === 0 || /[\n]/.test(text[from - 1] ?? "\n"));
}

/** True when the word right after `end` is a unit ("1200 men", "1999 rubles", "16 years"). */
export function followedByUnit(text: string, end: number): boolean {
	const m = /^\s*(%|[A-Za-z²-]+)(\s\d)?/.exec(text.slice(end, end + 24));
	if (!m) return false;
	if (GROUPS.has(m[1].toLowerCase()) && opensWithYear(text, end)) return false;
	// "after 1900 pages 571–578": a unit followed by a number is a reference, not a count.
	return m[1] === "%" || (UNITS.has(m[1].toLowerCase()) && !m[2]);
}

/** A quantity word right before a number: "about 1200", "~600", "some 1500", "over 1000", "nearly 1800". */
const APPROX_BEFORE =
	/(?:~|\b(?:about|some|over|nearly|almost|roughly|approximately|approx\.|more than|fewer than|less than|up to|at least|an estimated|estimated))\s*$/i;
/** Plural-looking words that are not counted things ("was", "its", "this", "thus", "towards", "afterwards"). */
const NOT_PLURAL =
	/(?:ss|us|is|ous|[^a-z]s)$|^(?:was|has|its|his|hers|ours|yours|theirs|this|thus|towards|afterwards|onwards|always|besides|perhaps|whereas|as|yes|sometimes|nevertheless|across|unless)$/;

/** Plural nouns without an "s". */
const PLURAL_WORDS = /^(?:people|men|women|children|cattle|sheep|folk|troops)$/;

/**
 * A count, not a year: a quantity word before the number and a plural noun after it ("about 1200 executions",
 * "~600 ships", "some 1500 soldiers", "nearly 1800 houses", "about 2000 and 5000 people"). "Around 1200 castles …" stays a date ("around" is
 * how a historian dates), as does "1200 — Mongols invade" and "In 1805, 1200 men …" (whose 1805 is no count).
 */
export function isApproximateCount(text: string, index: number, end: number): boolean {
	if (!APPROX_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return false;
	// "about 2000 and 5000 people": a second number far from the first may come between the count and its noun.
	const after = /^(?:\s*(?:and|or|to|[-–])\s*(\d[\d,]*))?\s+([a-z][a-z-]{2,})\b/.exec(text.slice(end, end + 48));
	if (!after) return false;
	const first = Number(text.slice(index, end).replace(/,/g, ""));
	if (after[1] !== undefined && Math.abs(Number(after[1].replace(/,/g, "")) - first) <= 100) return false;
	return isPluralNoun(after[2]);
}

/** A counted thing after a number: "soldiers", "ships", "men", "people" (not "was", "its", "this"). */
export function isPluralNoun(word: string): boolean {
	const w = word.toLowerCase();
	return (w.endsWith("s") && !NOT_PLURAL.test(w)) || PLURAL_WORDS.test(w);
}

/**
 * True when a reference word ("p.", "pages", "Psalm", "vol.") or a measure ("Lexile 150–350", "level 1200",
 * "grade 1066", "aged 1500") comes right before `index`.
 */
export function precededByReference(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 14), index);
	return /(?:\b(?:p|pp|pg|pages?|vols?|volumes?|nos?|numbers?|ch|chapters?|chap|vv?|verses?|lines?|ll|sections?|sec|art|articles?|psalms?|fol|folios?|figs?|figures?|tables?|items?|rooms?|route|flights?|cases?|files?|lexile|levels?|grades?|scores?|aged|bands?|tiers?)\.?|§|#|\$|£|€)\s*$/i.test(
		before,
	);
}

/** The character before `index` continues a number or code (1,500 / 3.14 / x1933 / -12). */
export function glued(text: string, index: number): boolean {
	if (index === 0) return false;
	return /[\w$£€.,:/]/.test(text[index - 1]);
}

/** The character after `end` continues a number ("1933.5", "1,500", "10:30"). */
export function gluedAfter(text: string, end: number): boolean {
	return /^(?:[.,:/]\d|[\w])/.test(text.slice(end, end + 2));
}

export function point(year: number, month?: number, day?: number): YMD {
	const p: YMD = { year };
	if (month !== undefined) p.month = month;
	if (day !== undefined) p.day = day;
	return p;
}

/** Run a global regex over the text, calling `build` for each match. */
export function eachMatch(
	re: RegExp,
	text: string,
	build: (m: RegExpExecArray) => Candidate | null,
	out: Candidate[],
): void {
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		const c = build(m);
		if (c) out.push(c);
	}
}

/** Year sub-range of a qualifier within a span of `size` years (10, 100, 1000) starting at `base`. */
export function qualifierSpan(q: string | undefined, base: number, size: number): [number, number] {
	if (size === 10) {
		const off: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [6, 9] };
		const o = off[(q ?? "").toLowerCase()] ?? [0, 9];
		return [base + o[0], base + o[1]];
	}
	const t = Math.floor(size / 3);
	switch ((q ?? "").toLowerCase()) {
		case "early":
			return [base, base + t - 1];
		case "mid":
			return [base + t, base + 2 * t - 1];
		case "late":
			return [base + 2 * t, base + size - 1];
		default:
			return [base, base + size - 1];
	}
}

/** Which qualifier (if any) gives exactly [s, e] inside the span of `size` years at `base`. */
export function qualifierOf(s: number, e: number, base: number, size: number): string | null | undefined {
	for (const q of ["", "early", "mid", "late"]) {
		const [a, b] = qualifierSpan(q, base, size);
		if (a === s && b === e) return q || null;
	}
	return undefined;
}
