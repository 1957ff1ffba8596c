/**
 * The date engine's languages beyond English (issue 21): French, German, Spanish, Portuguese, Italian.
 * `findDates(text, { lang })` runs these parsers beside the language-neutral English ones (ISO dates, year
 * lists, "(1936)", "1914–1918"), then joins ranges with the language's words and reads its circa words.
 */
import type { Lang } from "../../lang/lang";
import { coarser } from "../calendar";
import type { Candidate, ScanContext } from "../patterns";
import { DE } from "./de";
import { dayDates, monthDates, numericDates } from "./days";
import { ES } from "./es";
import { FR } from "./fr";
import { IT } from "./it";
import { listYearsIn } from "./lists";
import { centuriesIn, decadesIn } from "./periods";
import { PT } from "./pt";
import type { LangSpec } from "./spec";
import { referenceBefore } from "./shared";
import { cuedYearsIn, eraYearsIn, negativeYears, wordRangesIn } from "./years";

const SPECS: Record<Exclude<Lang, "en">, LangSpec> = { fr: FR, de: DE, es: ES, pt: PT, it: IT };

/** The language's parser data; undefined for English (and anything else): the English engine applies. */
export function specOf(lang: Lang | undefined): LangSpec | undefined {
	return lang && lang !== "en" ? SPECS[lang] : undefined;
}

/** Every candidate the language's own parsers find (added to `out`, before overlaps are resolved). */
export function langCandidates(spec: LangSpec, ctx: ScanContext, out: Candidate[]): void {
	const t = ctx.text;
	const digits = /\d/.test(t);
	if (digits) {
		dayDates(spec, ctx, out);
		monthDates(spec, ctx, out);
		if (/\d[./]\d/.test(t)) numericDates(ctx, out);
		cuedYearsIn(spec, ctx, out);
		eraYearsIn(spec, ctx, out);
		negativeYears(spec, ctx, out);
		wordRangesIn(spec, ctx, out);
		listYearsIn(spec, ctx, out);
	} else if (ctx.anchorYear !== undefined) monthDates(spec, ctx, out);
	centuriesIn(spec, ctx, out);
	decadesIn(spec, ctx, out);
}

const MERGEABLE = new Set(["day", "month", "year"]);
const joinCache = new Map<string, [RegExp, RegExp, RegExp]>();

function joins(spec: LangSpec): [RegExp, RegExp, RegExp] {
	const hit = joinCache.get(spec.lang);
	if (hit) return hit;
	const built: [RegExp, RegExp, RegExp] = [
		new RegExp(`^\\s?(?:–|—|-|${spec.rangeJoin}|jusqu['’]au)\\s?(?:le\\s|el\\s|il\\s|o\\s|am\\s)?$`, "i"),
		new RegExp(`^\\s(?:${spec.betweenJoin})\\s(?:le\\s|el\\s|il\\s|o\\s|am\\s)?$`, "i"),
		new RegExp(`\\b(?:${spec.betweenLead})\\s(?:le\\s|el\\s|il\\s|o\\s|dem\\s)?$`),
	];
	joinCache.set(spec.lang, built);
	return built;
}

function before(a: Candidate["start"], b: Candidate["start"]): boolean {
	return (
		a.year < b.year ||
		(a.year === b.year &&
			((a.month ?? 0) < (b.month ?? 0) || ((a.month ?? 0) === (b.month ?? 0) && (a.day ?? 0) < (b.day ?? 0))))
	);
}

/** "19 février 1915 - 9 janvier 1916", "juillet 1942 à février 1943", "entre mars et mai 1940": one range. */
export function langMerge(spec: LangSpec, text: string, cands: Candidate[]): Candidate[] {
	const [join, betweenJoin, betweenLead] = joins(spec);
	const out: Candidate[] = [];
	for (const c of cands) {
		const prev = out[out.length - 1];
		if (prev && MERGEABLE.has(prev.precision) && MERGEABLE.has(c.precision)) {
			const gap = text.slice(prev.end, c.index);
			const ok =
				join.test(gap) ||
				(betweenJoin.test(gap) && betweenLead.test(text.slice(Math.max(0, prev.index - 14), prev.index)));
			if (ok && before(prev.start, c.start) && !before(c.stop, prev.stop)) {
				out[out.length - 1] = {
					...prev,
					end: c.end,
					stop: c.stop,
					tag: "hist/range",
					precision: coarser(prev.precision, c.precision),
					approximate: prev.approximate || c.approximate,
				};
				continue;
			}
		}
		out.push(c);
	}
	// "pág. 1936", "S. 1848", "art. 1789": a reference in the language, whatever parser read the number;
	// "(Müller 2003, S. 14)": the year of a citation.
	return out
		.filter((c) => !(c.precision === "year" && (referenceBefore(spec, text, c.index) || citedYear(text, c))))
		.map((c) => approxCue(spec, text, c));
}

const PAGE_AFTER = /^[a-z]?,\s?(?:p|pp|S|s|pág|págs|pag|pagg|Bd|vol)\.\s?\d/;

/** An author-year citation with a page: "(Dupont, 2003, p. 14)", "(Müller 2003, S. 14)". */
function citedYear(text: string, c: Candidate): boolean {
	return (
		c.start.year === c.stop.year &&
		/\([^()]{1,40}$/.test(text.slice(Math.max(0, c.index - 40), c.index)) &&
		PAGE_AFTER.test(text.slice(c.end, c.end + 14))
	);
}

const approxCache = new Map<string, RegExp>();

/** "vers 1150", "um 1200", "hacia 1500", "Circa nel 107 a.C.": the date is approximate. */
function approxCue(spec: LangSpec, text: string, c: Candidate): Candidate {
	if (c.approximate) return c;
	let re = approxCache.get(spec.lang);
	if (!re) {
		re = new RegExp(`(?:^|[^A-Za-zÀ-ÿ])(${spec.approx})\\s?(?:(?:en|el|il|nel|em|im|no|le|l['’])\\s)?$`, "i");
		approxCache.set(spec.lang, re);
	}
	const from = Math.max(0, c.index - 24);
	const m = re.exec(text.slice(from, c.index));
	if (!m) return c;
	return { ...c, approximate: true, index: from + m.index + m[0].indexOf(m[1]) };
}

const MONTH_HINT: Record<string, RegExp> = {};

/** The fast path: can this text hold a date in the language (digits, century and decade words, or months)? */
export function mayHoldDateIn(spec: LangSpec, text: string, anchored: boolean): boolean {
	if (/\d/.test(text) || spec.wordsHint.test(text) || (spec.centuryWords && /cento\b/.test(text))) return true;
	if (!anchored) return false;
	const hint = (MONTH_HINT[spec.lang] ??= new RegExp(Object.keys(spec.months).join("|").replace(/\./g, "\\."), "i"));
	return hint.test(text);
}

export { SPECS as LANG_SPECS };

/** The date carries its own era ("44 av. J.-C.", "-495"): an inferred BC era does not apply to it. */
export function hasOwnEra(spec: LangSpec, text: string): boolean {
	return new RegExp(`${spec.bc}|${spec.ad}`).test(text) || (spec.negativeYears && /(?:^|\s)-\d/.test(text));
}

let eraMarks: [RegExp, RegExp] | undefined;

/**
 * The era written in a date's words in any of the five languages ("44 av. J.-C." -> "BC", "800 n. Chr." ->
 * "AD", "-495" -> "BC"), for the reader's note-level era inference; undefined when none is written.
 */
export function writtenEra(text: string): "BC" | "AD" | undefined {
	if (!eraMarks) {
		const specs = Object.values(SPECS);
		eraMarks = [
			new RegExp(`(?:${specs.map((s) => s.bc).join("|")})(?![A-Za-z])`),
			new RegExp(`(?:${specs.map((s) => s.ad).join("|")})(?![A-Za-z])`),
		];
	}
	if (eraMarks[0].test(text) || /^-\d/.test(text.trim())) return "BC";
	return eraMarks[1].test(text) ? "AD" : undefined;
}
