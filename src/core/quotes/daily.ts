/** Quote of the day: stable for a local calendar day, independent of list order. Pure. */
import { mixedHash } from "../text";

/** The local calendar day of `date` as YYYY-MM-DD. */
export function localDayKey(date: Date): string {
	const y = date.getFullYear();
	const m = String(date.getMonth() + 1).padStart(2, "0");
	const d = String(date.getDate()).padStart(2, "0");
	return `${y}-${m}-${d}`;
}

/**
 * The quote of the day: the quote whose hash of (day, salt, id) is smallest. The same set of quotes
 * gives the same quote all day in any order; the next day draws again. Ties fall to the smaller id.
 */
export function quoteOfTheDay<T extends { id: string }>(quotes: readonly T[], date: Date, salt = ""): T | null {
	const day = `${localDayKey(date)}|${salt}|`;
	let best: T | null = null;
	let bestHash = Infinity;
	for (const q of quotes) {
		const h = mixedHash(day + q.id);
		if (h < bestHash || (h === bestHash && best !== null && q.id < best.id)) {
			best = q;
			bestHash = h;
		}
	}
	return best;
}

/**
 * A whole quote, fit for the quote of the day: at least six words and not a fragment (no ending on a comma,
 * semicolon, colon or dash, as the first line of a poem cut off from the rest would).
 */
export function isWholeQuote(text: string): boolean {
	const t = text.trim();
	if (/[,;:\u2013\u2014-]$/.test(t)) return false;
	return t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 6;
}
