/**
 * Plain normalised search for quotes: case, accents and punctuation are ignored, every query word
 * must occur (AND), each as a substring of the normalised text. Pure: no DOM, no Obsidian.
 */

import { searchText, searchWords } from "../text";

/** Quote text as search sees it (core/text/search-text.ts): "Don't, Café!" -> "dont cafe". */
export const normaliseText: (text: string) => string = searchText;

/** The words of a query after normalisation (empty for a blank or punctuation-only query). */
export const queryWords: (query: string) => string[] = searchWords;

/**
 * A matcher for a query: true when every word of the query occurs in the (already normalised)
 * haystack. A query without words matches everything. The plain reference of the quote panel's fast path,
 * SearchIndex (search-index.ts): tests/unit/quotes/search-index.test.ts checks that the two find the same quotes.
 */
export function prepareNormalisedSearch(query: string): (normalisedHaystack: string) => boolean {
	const words = queryWords(query);
	// Longest word first: it rejects most haystacks with the fewest scans.
	words.sort((a, b) => b.length - a.length);
	if (words.length === 0) return () => true;
	if (words.length === 1) {
		const w = words[0];
		return (h) => h.includes(w);
	}
	return (h) => {
		for (const w of words) if (!h.includes(w)) return false;
		return true;
	};
}

/**
 * True when every word of `next` extends a word of `prev` at the same position, so the matches of
 * `next` are a subset of the matches of `prev` (typing more narrows; the UI can search within them).
 */
export function isRefinement(prev: string, next: string): boolean {
	const a = queryWords(prev);
	const b = queryWords(next);
	if (a.length === 0 || b.length < a.length) return false;
	for (let i = 0; i < a.length; i++) if (!b[i].includes(a[i])) return false;
	return true;
}
