/** What every question generator gets, and helpers shared by them. */
import type { Brief, HistEvent, YMD } from "../../model";
import type { Rng } from "../rng";
import { subRng } from "../rng";
import { contentWords } from "../normalize";
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
const REFERENCE_SECTION = /^\W*(references?|bibliography|works cited|sources?|further reading|reading list|citations?)\W*$/i;
/** A year range partner right next to the blank ("____–1240", "1274–____"). */
const PARTNER_AFTER = /^\s*[–—-]\s*(\d{1,4})(\s?(BCE|BC|CE|AD)\b)?/;
const PARTNER_BEFORE = /(\d{1,4})(\s?(BCE|BC|CE|AD))?\s*[–—-]\s*$/;

export interface DatedStem {
	event: HistEvent;
	year: number;
	/** The event text with its date blanked. */
	prompt: string;
	/** Years that would also answer the stem (the rest of a range): never offered as distractors. */
	alsoRight: { from: number; to: number };
}

/** True when the event sits in a references/source section, where years are publication dates. */
export function inReferences(event: HistEvent, brief: Brief): boolean {
	if (event.section && REFERENCE_SECTION.test(event.section)) return true;
	return brief.sections.some(
		(s) => s.role === "source" && s.startLine <= event.source.line && event.source.line <= s.endLine,
	);
}

/**
 * The event sentence with its date blanked, when it can be asked: a precise date (a year or finer), not in the
 * future, its date text found in the sentence, the year written nowhere else in it, and enough words left to say
 * what happened. For day or month dates only the year digits are blanked ("in November ____"); a range partner
 * written next to the date ("1450–1240") is blanked with it.
 */
export function datedStem(event: HistEvent, today: YMD, brief?: Brief): DatedStem | null {
	const { date, text } = event;
	const year = date.start.year;
	if (!ASKABLE.has(date.precision) || year > today.year || text.includes(BLANK)) return null;
	if (brief && inReferences(event, brief)) return null;
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
	let from = Math.min(year, date.end.year);
	let to = Math.max(year, date.end.year);
	const after = PARTNER_AFTER.exec(text.slice(end));
	const before = PARTNER_BEFORE.exec(text.slice(0, start));
	/** A plausible range partner (within 300 years); false for "44 BC — 1371" and the like. */
	const partner = (m: RegExpExecArray): boolean => {
		const n = Number(m[1]);
		const y = m[3] && /^B/i.test(m[3]) ? 1 - n : year <= 0 && !m[3] ? 1 - n : n;
		if (Math.abs(y - year) > 300) return false;
		from = Math.min(from, y);
		to = Math.max(to, y);
		return true;
	};
	if (after && partner(after)) end += after[0].length;
	else if (before && partner(before)) start -= before[0].length;
	const prompt = blankSpan(text, start, end).replace(/\s+/g, " ").trim();
	if (hasNumber(prompt, digits) || prompt.toLowerCase().includes(yearLabel(year).toLowerCase())) return null;
	if (contentWords(prompt.replace(BLANK, " ")).filter((w) => !/^\d+$/.test(w)).length < 3) return null;
	return { event, year, prompt, alsoRight: { from, to } };
}

/** Years of all dated events of these briefs (for in-domain distractors). */
export function eventYears(briefs: Brief[], today: YMD): number[] {
	const out: number[] = [];
	for (const b of briefs) {
		for (const e of b.events) if (e.date.start.year <= today.year) out.push(e.date.start.year);
	}
	return out;
}
