/**
 * Gate rules for questions that ask a year: blank only the year, a subject in the stem, no year the title shows,
 * never an inferred year, options of one era, on the side of every year the stem prints, away from a "c." date,
 * and on the scale of the era.
 */
import type { Brief, HistEvent } from "../model";
import { normalize } from "./normalize";
import { BLANK, eraAfterBlank } from "./prompt-text";
import { parseYear } from "./years";

/** A year written in a text: astronomical value and where it stands. */
export interface WrittenYear {
	year: number;
	index: number;
}

const ERA = "(BCE|BC|B\\.C\\.|CE|AD|A\\.D\\.)";
const YEAR_RE = new RegExp(
	`(?<![\\d.,])(?:${ERA}\\s?)?(\\d{1,4})(?:\\s?[–—-]\\s?(\\d{1,4}))?(?:\\s?${ERA})?(?![\\d])(?![.,]\\d)`,
	"g",
);

/**
 * Years written in a text. A number counts as a year when it has an era, or 3-4 digits, or closes a range with
 * an era ("82–79 BC"). Day numbers ("March 15") and counts ("80,000") are not years.
 */
export function writtenYears(text: string): WrittenYear[] {
	const out: WrittenYear[] = [];
	for (const m of text.matchAll(YEAR_RE)) {
		const pre = m[1];
		const post = m[4];
		const era = post ?? pre;
		const bc = era !== undefined && /^B/i.test(era);
		const nums = [m[2], m[3]].filter((n): n is string => n !== undefined);
		if (!era && nums.every((n) => n.length < 3)) continue;
		for (const n of nums) out.push({ year: bc ? 1 - Number(n) : Number(n), index: m.index ?? 0 });
	}
	return out;
}

/** The years of an answer label: "216 BC" -> [-215]; "82–79 BC" -> [-81, -78]; "1936–1938" -> both. */
export function answerYears(answer: string): number[] {
	const single = parseYear(answer);
	if (single !== null) return [single];
	const bare = /^\s*(\d{1,4})\s*[–—-]\s*(\d{1,4})\s*$/.exec(answer);
	if (bare) return [Number(bare[1]), Number(bare[2])];
	return writtenYears(answer).map((w) => w.year);
}

/**
 * The years a label stands for in this prompt: a bare "216" after a stem that shows "____ BC" is 216 BC
 * (options carry no era when the sentence does).
 */
export function askedYears(label: string, prompt: string): number[] {
	const ys = answerYears(label);
	return eraAfterBlank(prompt) && !/\b(BCE|BC|AD|CE)\b/.test(label) ? ys.map((y) => 1 - y) : ys;
}

/** The year digits are printed in the brief's title ("The Russian Revolution of 1917", "264–146 BC"). */
export function titleShowsYear(brief: Brief, year: number): boolean {
	return writtenYears(brief.title).some((w) => w.year === year);
}

/** "?-ca. ____ BCE: Xia Dynasty": a range with an unknown start asks its end year without saying so. */
export function openStart(prompt: string): boolean {
	return /\?\s*[–—-]\s*(?:(?:ca|c)\.\s*)?____/.test(prompt);
}

/** Verbs and pronouns a stem cannot start with: the subject is missing ("Signed on March 3, ____, it took…"). */
const NO_SUBJECT =
	/^(it|its|they|their|them|these|those|this|he|she|his|her|fought|signed|founded|began|begun|plotted|exchanged|led|won|lost|became|ruled|built|took|made|held|died|born|created|established|passed|introduced|issued|launched|started|ended|formed|elected|appointed|defeated|captured|declared|ratified|negotiated|published|written|wrote|lasted)\b/i;

/** The prompt has no subject: it starts with a participle or pronoun and carries no "Label:" prefix. */
export function missingSubject(prompt: string): boolean {
	if (/^[^:]{2,80}:\s/.test(prompt)) return false;
	const t = prompt.trim();
	// "Adopted by …", "Called by …", "Founded in …": a participle phrase whose subject is the bullet's label.
	if (NO_SUBJECT.test(t) || /^\p{Lu}\p{Ll}{2,}ed\s+(by|on|in|at|from|to|as|for|under|after|with)\b/u.test(t))
		return true;
	// "(____); most important French artist …", "____; Field: …": life dates before a description, no name.
	if (/^\(?____[^\p{L}]{0,12}\)?\s*[;:,]/u.test(t)) return true;
	// "However, in ____, he became convinced …": a pronoun subject with no name before it.
	const pron = /\b(he|she|they|it)\s+\p{Ll}/u.exec(t);
	if (!pron) return false;
	const words = t
		.slice(0, pron.index)
		.split(/\s+/)
		.map((w) => w.replace(/^[("“‘]+/, ""));
	// The first word counts as a name unless it is an opener ("However", "In", "After" …).
	const before = OPENER.test(words[0] ?? "") ? words.slice(1) : words;
	return !before.some((w) => /^\p{Lu}/u.test(w) && !MONTHS.test(w.replace(/[^\p{L}]/gu, "")));
}

const OPENER =
	/^(however|in|on|at|by|during|after|before|up|following|despite|when|while|although|though|once|since|until|then|later|soon|eventually|finally|meanwhile|afterwards|from|between|under|with|as|e\.g\.|for|of|the|a|an|this|that|these|those)[,.]?$/i;

const MONTHS =
	/^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|BC|BCE|AD|CE)$/;

const ERA_WORDS = new Set(["bc", "bce", "ad", "ce"]);

/**
 * Every word of the source sentence is still in the prompt, except the asked year digits and era words: the
 * blank hides only the year (never "from", "between", a day or a month).
 */
export function blanksOnlyYear(prompt: string, context: string, asked: number[]): boolean {
	if (!prompt.includes(BLANK)) return false;
	const digits = new Set(asked.map((y) => String(y <= 0 ? 1 - y : y)));
	const have = new Map<string, number>();
	for (const w of normalize(prompt.replace(BLANK, " ")).split(" ")) have.set(w, (have.get(w) ?? 0) + 1);
	for (const w of normalize(context.replace(/\b(B\.C\.(E\.)?|A\.D\.)/g, " ")).split(" ")) {
		if (w.length === 0 || ERA_WORDS.has(w)) continue;
		const n = have.get(w) ?? 0;
		if (n > 0) have.set(w, n - 1);
		else if (!digits.has(w)) return false;
		else digits.delete(w);
	}
	return true;
}

/** 1000 BC and earlier: a year written exactly is still one chronology's reckoning (Egyptian reigns, the pyramids). */
const DEEP_PAST = -999;

/** A fixed "now" for scaling: the same seed gives the same quiz in any year. */
const REF_YEAR = 2000;

/**
 * The smallest distance a distractor keeps from an approximate ("c.") answer: 1 % of its distance from today, in
 * tens, at least 10 years (c. 1650: 10; c. 60 BC: 20; c. 600 BC: 20); from 1000 BC on, 2 % (1069 BC: 60; c. 1480
 * BC: 70; 2540 BC: 90; c. 10,000 BC: 240). A step of 100 at 60 BC left no distractor inside the brief's own years.
 */
export function approxGap(year: number): number {
	const age = Math.max(1, REF_YEAR - year);
	// 1000 BC and earlier: chronologies themselves differ by decades (Khufu's reign: 2589 or 2551 BC), so 2 % of
	// the age (1069 BC: 60; 2540 BC: 90; c. 10,000 BC: 240).
	if (year <= DEEP_PAST) return 10 * Math.round(age / 500);
	return Math.max(10, 10 * Math.floor(age / 1000));
}

/**
 * Is the date spaced as an approximate one? A "c." date, and any year of 1000 BC or earlier: chronologies of that
 * age differ by decades, so "1069 BC" among 1066 and 1072 tests a convention, not knowledge (a reign, "1364–1347
 * BC", too).
 */
export function approximateDate(
	date: { approximate: boolean; start: { year: number }; end: { year: number } },
	asksOneYear = false,
): boolean {
	// A long span asked whole (a dynasty, 1570–1045 BC) is already spaced by its length (see "range-close"); one
	// year of it asked alone ("Third Intermediate Period (____–656)") is spaced as approximate.
	const width = asksOneYear ? 0 : Math.abs(date.end.year - date.start.year);
	return date.approximate || (date.start.year <= DEEP_PAST && width < 50);
}

/** The widest a distractor may stray: 30 steps near today, about 15 % of the distance from today in deep time. */
export function maxSpread(year: number, granularity: number, approximate = false): number {
	const age = Math.max(1, REF_YEAR - year);
	// A year of the deep past spaced as approximate: room for three distractors beyond its gap (1069 BC: 60-240).
	const deep = approximate && year <= DEEP_PAST ? 4 * approxGap(year) : 0;
	return Math.max(30, 3 * granularity, deep, Math.min(30 * granularity, Math.round(0.15 * age)));
}

/** The years a brief's own dated events cover (not inferred). */
export interface YearSpan {
	from: number;
	to: number;
}

export function briefSpan(brief: Brief): YearSpan | null {
	let from = Infinity;
	let to = -Infinity;
	for (const e of brief.events) {
		if (e.date.inferred) continue;
		from = Math.min(from, e.date.start.year);
		to = Math.max(to, e.date.end.year);
	}
	return from <= to ? { from, to } : null;
}

/** How far beyond its brief's span a distractor may lie: 30 years, three steps, or a quarter of the span. */
function spanPad(span: YearSpan, granularity: number): number {
	return Math.max(30, 3 * granularity, Math.round((span.to - span.from) / 4));
}

export type YearOptionProblem =
	| "era"
	| "range-close"
	| "stem-year"
	| "by-later"
	| "approx-close"
	| "only-round"
	| "scale"
	| "also-right"
	| "crowded";

/**
 * Exact-year options that form one run of consecutive years ("502, 501, 500, 499 BC") test guessing, not
 * knowledge. Only for exact years (granularity 1): neighbouring decades or centuries are fair choices.
 */
export function crowdedYears(years: readonly number[], granularity: number): boolean {
	if (granularity !== 1 || years.length < 3) return false;
	let lo = years[0];
	let hi = years[0];
	for (const y of years) {
		if (y < lo) lo = y;
		if (y > hi) hi = y;
	}
	return hi - lo <= years.length - 1;
}

/**
 * Options of a "c." question that sit closer to each other than half its gap ("520–500 | 519–499", "499 | 498"):
 * near-twins a student rules out together, leaving the answer standing alone.
 */
export function approxTwins(years: readonly number[], approximate: boolean, answer: number): boolean {
	if (!approximate) return false;
	const gap = approxGap(answer) / 2;
	for (let i = 0; i < years.length; i++)
		for (let j = i + 1; j < years.length; j++) if (Math.abs(years[i] - years[j]) < gap) return true;
	return false;
}

/** Why a set of year options is unfair for this stem, or null. `years`: the options' years (each a list for ranges). */
export function yearOptionProblem(
	prompt: string,
	answer: number[],
	options: number[][],
	event: HistEvent,
	granularity: number,
	span?: YearSpan | null,
): YearOptionProblem | null {
	const a = answer[0];
	const others = options.filter((o) => o[0] !== a || o.length !== answer.length);
	if (others.some((o) => o.some((y) => y <= 0 !== a <= 0))) return "era";
	// A long span ("1950–1450 BC", "725–625 BC") is approximate: a range that overlaps the key by more than half is as right as the key.
	const length = answer.length === 2 ? Math.abs(answer[1] - answer[0]) : 0;
	if (length >= 50 && others.some((o) => Math.abs(o[0] - a) < length / 2)) return "range-close";
	const blankAt = prompt.indexOf(BLANK);
	// "Second Intermediate Period (____–1539)" of a BC event: the printed partner is 1539 BC, not AD.
	const own = [event.date.start.year, event.date.end.year];
	const stemYears = writtenYears(prompt)
		.map((w) => (a <= 0 && w.year > 0 && own.includes(1 - w.year) ? 1 - w.year : w.year))
		.filter((y) => !answer.includes(y));
	for (const s of stemYears) {
		if (others.some((o) => Math.sign(o[0] - s) !== Math.sign(a - s) || o.includes(s))) return "stem-year";
	}
	const before = prompt.slice(Math.max(0, blankAt - 40), blankAt).toLowerCase();
	if (/\b(by|before)\s+(?:\p{L}+\s+){0,2}$/u.test(before) && others.some((o) => o[0] > a)) return "by-later";
	if (/\b(after|since)\s+(?:\p{L}+\s+){0,2}$/u.test(before) && others.some((o) => o[0] < a)) return "by-later";
	const approx = approximateDate(event.date, answer.length === 1);
	if (approx && others.some((o) => Math.abs(o[0] - a) < approxGap(a))) return "approx-close";
	// A "c." date pushes distractors away; they must not land outside the brief's own years ("c. 60 BC" → 280 BC).
	if (
		approx &&
		span &&
		others.some((o) => o[0] < span.from - spanPad(span, granularity) || o[0] > span.to + spanPad(span, granularity))
	)
		return "scale";
	// A round answer (1450, 3200 BC) among unround distractors stands out.
	if (granularity > 1 && others.some((o) => (o[0] <= 0 ? 1 - o[0] : o[0]) % granularity !== 0)) return "only-round";
	if (others.some((o) => Math.abs(o[0] - a) > maxSpread(a, granularity, approx))) return "scale";
	if (others.length >= 2 && crowdedYears([a, ...others.map((o) => o[0])], granularity)) return "crowded";
	// "1894 | 1895 | 1896 | 1898": three distractors in a run leave the key standing apart.
	if (
		others.length >= 3 &&
		crowdedYears(
			others.map((o) => o[0]),
			granularity,
		)
	)
		return "crowded";
	if (others.length >= 2 && approxTwins([a, ...others.map((o) => o[0])], approx, a)) return "crowded";
	const from = Math.min(event.date.start.year, event.date.end.year);
	const to = Math.max(event.date.start.year, event.date.end.year);
	const partnerShown = stemYears.includes(from) || stemYears.includes(to);
	if (answer.length === 1 && !partnerShown && others.some((o) => o[0] >= from && o[0] <= to)) return "also-right";
	// One year off an exact date is often right by another convention (1866/1867 for the North German
	// Confederation, 1860/1861 for Italy, 1830/1831 for the Polish rising): it tests conventions, not knowledge.
	if (granularity === 1 && !approx && others.some((o) => Math.abs(o[0] - a) <= 1)) return "also-right";
	return null;
}
