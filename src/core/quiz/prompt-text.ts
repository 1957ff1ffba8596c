/** Small text operations for building prompts: blanks, masks, term clean-up. */
import { normalize, STOPWORDS } from "./normalize";

/** The blank in cloze and date prompts. */
export const BLANK = "____";
/** A BC era word right at the start of a text: "BC", "BCE", "B.C.", "B.C.E." (not "BCs"). */
export const BC_ERA_AHEAD = /^\s?(?:BCE|BC|B\.\s?C\.(?:\s?E\.)?)(?![\p{L}])/u;

/** The stem writes a BC era right after its blank ("____ BC", "(ca. ____ B.C.E.)"): options and typed answers carry none. */
export function eraAfterBlank(prompt: string): boolean {
	const at = prompt.indexOf(BLANK);
	return at >= 0 && BC_ERA_AHEAD.test(prompt.slice(at + BLANK.length));
}

/** The mask put over a term's own words inside its definition. */
export const MASK = "___";

/** Replaces text[start, end) with the blank. */
export function blankSpan(text: string, start: number, end: number): string {
	return text.slice(0, start) + BLANK + text.slice(end);
}

/** A term as shown: surrounding quotes, a trailing colon and bold marks removed. */
export function cleanTerm(term: string): string {
	return term
		.replace(/\*\*/g, "")
		.trim()
		.replace(/:$/, "")
		.replace(/^["“”'‘’]+|["“”'‘’]+$/g, "")
		.trim();
}

function stemEqual(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length < 4 || b.length < 4) return false;
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return common >= Math.max(4, Math.min(a.length, b.length) - 2);
}

/** The meaningful words of a term, normalised ("Reasons for Recognition" -> reasons, recognition). */
export function termWords(term: string): string[] {
	return normalize(term)
		.split(" ")
		.filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

/**
 * Masks the term's own words (and close inflections) inside a text, so that a definition does not give its term
 * away: "Reasons for Recognition" masks "recognition" in "sought recognition to leverage…".
 */
export function maskTermWords(text: string, term: string): string {
	const tw = termWords(term);
	if (tw.length === 0) return text;
	const masked = text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
		const parts = normalize(word)
			.split(" ")
			.filter((p) => p.length > 0);
		return parts.some((p) => tw.some((t) => stemEqual(p, t))) ? MASK : word;
	});
	return masked.replace(/___(\s+___)+/g, MASK);
}

/** Shortens text to at most `max` characters at a word boundary, with "…" when cut. */
export function truncate(text: string, max: number): string {
	const t = text.replace(/\s+/g, " ").trim();
	if (t.length <= max) return t;
	const cut = t.slice(0, max);
	const space = cut.lastIndexOf(" ");
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Finds `needle` in `hay`: exact first, then case-insensitive. Returns the start index or -1. */
export function locate(hay: string, needle: string): number {
	if (needle.length === 0) return -1;
	const exact = hay.indexOf(needle);
	if (exact >= 0) return exact;
	return hay.toLowerCase().indexOf(needle.toLowerCase());
}

/** The digits a year is written with ("1933" for 1933, "44" for 44 BC = -43). */
export function yearDigits(year: number): string {
	return String(year <= 0 ? 1 - year : year);
}

/** True when the text contains the number as a standalone run of digits. */
export function hasNumber(text: string, digits: string): boolean {
	const re = new RegExp(`(^|[^0-9])${digits}([^0-9]|$)`);
	return re.test(text);
}
