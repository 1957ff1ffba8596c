/**
 * Periods that belong to a date, not to a sentence end, in the languages of issue 21: German ordinals
 * ("3. Oktober 1990", "19. Jahrhundert") and era abbreviations ("44 av. J.-C.", "44 a. C.", "800 n. Chr.").
 * The sentence splitter asks here before it cuts (src/core/brief/sentences.ts).
 */

const AFTER_ORDINAL =
	/^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahrhunderts?|Jahrhunderten?|Jh\.|Jahrtausends?)\b/;
const ERA_HEAD = /(?:^|[\s(])(?:av|apr|ap|a|d|v|n|u)\.$/;
const ERA_TAIL = /^(?:J\.?\s?-?\s?C|Chr|C\.|de\sC|[nu]\.\s?Z|Z\.)/;

/** True when the period at `dot` (the next word starting at `next`) is part of a date. */
export function dateDot(text: string, dot: number, next: number): boolean {
	const before = text.slice(Math.max(0, dot - 4), dot + 1);
	const after = text.slice(next, next + 14);
	if (/(?:^|[^\d])\d{1,2}\.$/.test(before)) return AFTER_ORDINAL.test(after);
	return (
		ERA_HEAD.test(before) && /\d\s?\S*$/.test(text.slice(Math.max(0, dot - 10), dot - 2)) && ERA_TAIL.test(after)
	);
}
