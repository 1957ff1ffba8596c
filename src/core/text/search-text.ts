/**
 * Text folded for search and comparison: one rule for the quote search, the timeline filter and the quiz.
 * Compatibility characters unfolded (NFKD: "ﬁ" -> "fi", "²" -> "2"), accents and other combining marks dropped,
 * lower case, letters without a decomposition folded ("ß" -> "ss", "æ" -> "ae"), apostrophes join the words they
 * are in ("don't" -> "dont", so a query "dont" finds "don't"), every other run of non letters/digits one space,
 * trimmed. "Café, déjà-vu!" -> "cafe deja vu".
 */

const COMBINING = /\p{M}/gu;
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", ı: "i", þ: "th" };
const FOLD_RE = /[ßæœøđłıþ]/g;

export function searchText(text: string): string {
	return text
		.normalize("NFKD")
		.replace(COMBINING, "")
		.toLowerCase()
		.replace(FOLD_RE, (c) => FOLDS[c] ?? c)
		.replace(APOSTROPHES, "")
		.replace(NON_WORD, " ")
		.trim();
}

/** The words of searchText(text) (none for a blank or punctuation-only text). */
export function searchWords(text: string): string[] {
	const n = searchText(text);
	return n ? n.split(" ") : [];
}
