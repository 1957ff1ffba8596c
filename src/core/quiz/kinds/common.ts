/** What every question generator gets, and helpers shared by them. */
import type { Brief, HistEvent, YMD } from "../../model";
import type { Rng } from "../rng";
import { subRng } from "../rng";
import { BLANK, blankSpan, hasNumber, locate, yearDigits } from "../text";
import { yearLabel } from "../years";

export interface KindContext {
	brief: Brief;
	/** Other briefs of the same course (never the brief itself). */
	siblings: Brief[];
	today: YMD;
	seed: number;
	/** A generator for one purpose, derived from the seed. */
	rng(label: string): Rng;
}

export function makeContext(brief: Brief, siblings: Brief[], today: YMD, seed: number): KindContext {
	return {
		brief,
		siblings: siblings.filter((s) => s.path !== brief.path),
		today,
		seed,
		rng: (label) => subRng(seed, `${brief.id}\u0000${label}`),
	};
}

/** The question id: brief id, item id and variant. */
export function questionId(brief: Brief, itemId: string, variant: string): string {
	return `${brief.id}#${itemId}/${variant}`;
}

const ASKABLE = new Set(["day", "month", "year", "season"]);

export interface DatedStem {
	event: HistEvent;
	year: number;
	/** The event text with its date blanked. */
	prompt: string;
}

/**
 * The event sentence with its date blanked, when it can be asked: a precise date (a year or finer), not in the
 * future, its date text found in the sentence, and the year written nowhere else in it. For day or month dates
 * only the year digits are blanked ("in November ____").
 */
export function datedStem(event: HistEvent, today: YMD): DatedStem | null {
	const { date, text } = event;
	const year = date.start.year;
	if (!ASKABLE.has(date.precision) || year > today.year || text.includes(BLANK)) return null;
	const at = locate(text, date.text);
	if (at < 0) return null;
	let start = at;
	let end = at + date.text.length;
	const digits = yearDigits(year);
	if ((date.precision === "day" || date.precision === "month") && year > 0) {
		const inner = date.text.indexOf(digits);
		if (inner >= 0) {
			start = at + inner;
			end = start + digits.length;
		}
	}
	const prompt = blankSpan(text, start, end).replace(/\s+/g, " ").trim();
	if (hasNumber(prompt, digits) || prompt.toLowerCase().includes(yearLabel(year).toLowerCase())) return null;
	if (prompt.replace(BLANK, "").replace(/[^\p{L}]/gu, "").length < 12) return null;
	return { event, year, prompt };
}

/** Years of all dated events of these briefs (for in-domain distractors). */
export function eventYears(briefs: Brief[], today: YMD): number[] {
	const out: number[] = [];
	for (const b of briefs) {
		for (const e of b.events) if (e.date.start.year <= today.year) out.push(e.date.start.year);
	}
	return out;
}
