/** Checks shared by the parsers of every language: counted things, references, glued numbers, context years. */
import type { Candidate } from "../patterns";
import { UNIT_WORDS } from "./units";
import type { LangSpec } from "./spec";

const LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ";
const UNIT_AFTER = new RegExp(`^\\s*(%|€|\\$|£|[${LETTERS}²-]+)(\\s\\d)?`);

/** The word after `end` is a counted thing ("1200 soldats", "1 500 €", "300 000 morts"), in any language. */
export function unitAfter(spec: LangSpec, text: string, end: number): boolean {
	const m = UNIT_AFTER.exec(text.slice(end, end + 28));
	if (!m) return /^\s?\d{3}\b/.test(text.slice(end, end + 5));
	const w = m[1].toLowerCase();
	return (
		m[1] === "%" ||
		m[1] === "€" ||
		m[1] === "$" ||
		m[1] === "£" ||
		((spec.units.has(w) || UNIT_WORDS.has(w)) && !m[2])
	);
}

const refCache = new Map<string, RegExp>();

/** A reference word ("p.", "S.", "art.", "n°") right before `index`. */
export function referenceBefore(spec: LangSpec, text: string, index: number): boolean {
	let re = refCache.get(spec.lang);
	if (!re) {
		re = new RegExp(`(?:\\b(?:${spec.references})\\.?|§|#|n°|€|\\$|£)\\s*$`, "i");
		refCache.set(spec.lang, re);
	}
	return re.test(text.slice(Math.max(0, index - 12), index));
}

/** The character before `index` continues a number or a word. */
export function gluedBefore(text: string, index: number): boolean {
	return index > 0 && /[\w$£€.,:/À-ÿ]/.test(text[index - 1]);
}

/** The characters after `end` continue the number ("1933.5", "1,500", "10:30", "1914e"). */
export function gluedAfterIn(text: string, end: number): boolean {
	return /^(?:[.,:/]\d|[\wÀ-ÿ])/.test(text.slice(end, end + 2));
}

/** The nearest four-digit year (1000..2100) written before `index` in the same text, for "le 14 juillet". */
export function yearBefore(text: string, index: number): number | undefined {
	const before = text.slice(Math.max(0, index - 240), index);
	const all = before.match(/(?:^|[^\d.,/])(1\d{3}|20\d{2})(?![\d.,/]\d)/g);
	if (!all) return undefined;
	const y = Number(/\d{4}/.exec(all[all.length - 1])?.[0]);
	return y <= 2100 ? y : undefined;
}

/** The century (1900) of the nearest four-digit year around `index`, else of the anchor year. */
export function contextCentury(text: string, index: number, anchorYear: number | undefined): number | undefined {
	const y =
		yearBefore(text, index) ?? Number(/\b(1\d{3}|20\d{2})\b/.exec(text.slice(index, index + 400))?.[1] ?? NaN);
	if (Number.isFinite(y)) return Math.floor(y / 100) * 100;
	if (anchorYear !== undefined && anchorYear >= 1000) return Math.floor(anchorYear / 100) * 100;
	return undefined;
}

export function candidate(
	index: number,
	end: number,
	start: Candidate["start"],
	stop: Candidate["stop"],
	precision: Candidate["precision"],
	tag: string,
	approximate = false,
): Candidate {
	return { index, end, start, stop, precision, approximate, tag };
}

/** Escapes a word list for a regex alternation (longest first). */
export function words(list: string[]): string {
	return [...list]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]"))
		.join("|");
}
