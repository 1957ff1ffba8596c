/** The cheap checks: can this text hold a date at all? Most sentences never reach the parsers. */

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
/** Month-name test written so the engine can scan for the capital letter first (much faster than \b(?:Jan|...)). */
export const MONTH_FAST = /[ADFJMNOS](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)/;

export function hasMonthName(text: string): boolean {
	return MONTH_FAST.test(text);
}
/** Stricter: something that can be a date without an anchor year. */
const STRICT = new RegExp(
	`\\d{3}|\\d\\s?(?:BC|AD|CE|B\\.|A\\.|C\\.)|\\b(?:AD|A\\.D\\.)\\s?\\d|\\b${MONTH}[a-z]*\\.?\\s?\\d|\\d(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}|[Cc]entur|[Mm]illenni|\\d0(?:'|’)?s\\b|\\b[Yy]ear\\s\\d|\\d(?:st|nd|rd|th)[\\s-]?(?:c\\b|cen|BC|B\\.|AD|A\\.|CE\\b|C\\.E)|\\d(?:st|nd|rd|th)?\\s?cent\\b|\\d\\s?(?:bce?|b\\.c)\\b`,
);

/** The fast path findDates uses: month names alone count only when an anchor year can complete them. */
const WORDS = /[Cc]entur|[Mm]illenni/;

export function mayHoldDate(text: string, anchored: boolean): boolean {
	if (!/\d/.test(text)) return WORDS.test(text) || (anchored && MONTH_FAST.test(text));
	return STRICT.test(text) || (anchored && MONTH_FAST.test(text));
}
