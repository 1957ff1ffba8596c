/** Text normalisation and similarity measures shared by the quiz checker, generators and review relinking. */
import { memoByKey, searchText } from "../text";

const ARTICLES = new Set(["the", "a", "an"]);

export const STOPWORDS = new Set([
	"a",
	"an",
	"the",
	"and",
	"or",
	"but",
	"of",
	"in",
	"on",
	"at",
	"to",
	"for",
	"from",
	"by",
	"with",
	"as",
	"into",
	"is",
	"was",
	"were",
	"are",
	"be",
	"been",
	"being",
	"it",
	"its",
	"this",
	"that",
	"these",
	"those",
	"their",
	"his",
	"her",
	"he",
	"she",
	"they",
	"them",
	"we",
	"you",
	"i",
	"not",
	"no",
	"so",
	"than",
	"then",
	"also",
	"which",
	"who",
	"whom",
	"what",
	"when",
	"where",
	"while",
	"after",
	"before",
	"during",
	"under",
	"over",
	"about",
	"between",
	"both",
	"all",
	"any",
	"some",
	"such",
	"more",
	"most",
	"other",
	"only",
	"own",
	"same",
	"had",
	"has",
	"have",
	"do",
	"did",
	"does",
	"would",
	"could",
	"should",
	"will",
	"can",
	"may",
	"might",
	"there",
	"here",
	"up",
	"out",
	"if",
	"because",
	"until",
	"against",
	"through",
	"further",
	"very",
	"s",
]);

/** Generators normalise the same definitions and words many times: a bounded memo pays for itself. */
const MEMO_MAX = 20_000;

/**
 * Lower case, accents removed, apostrophes dropped, other punctuation and hyphens as spaces, spaces collapsed:
 * core/text's searchText, the one rule for search and comparison, memoised.
 */
export const normalize: (text: string) => string = memoByKey(MEMO_MAX, searchText);

/** normalize() plus a leading article dropped ("The Roosevelt-Litvinov" -> "roosevelt litvinov"). */
export function normalizeAnswer(text: string): string {
	const words = normalize(text)
		.split(" ")
		.filter((w) => w.length > 0);
	if (words.length > 1 && ARTICLES.has(words[0])) words.shift();
	return words.join(" ");
}

export function words(text: string): string[] {
	const n = normalize(text);
	return n.length === 0 ? [] : n.split(" ");
}

/** Words that carry meaning: not stopwords, at least 3 characters or digits. */
export function contentWords(text: string): string[] {
	return words(text).filter((w) => !STOPWORDS.has(w) && (w.length >= 3 || /\d/.test(w)));
}

/** Optimal-string-alignment Damerau-Levenshtein distance (adjacent transpositions count as one edit). */
export function damerauLevenshtein(a: string, b: string): number {
	const n = a.length;
	const m = b.length;
	if (n === 0) return m;
	if (m === 0) return n;
	let prev2: number[] = new Array<number>(m + 1).fill(0);
	let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
	for (let i = 1; i <= n; i++) {
		const cur: number[] = new Array<number>(m + 1).fill(0);
		cur[0] = i;
		for (let j = 1; j <= m; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
		}
		prev2 = prev;
		prev = cur;
	}
	return prev[m];
}

/** 1 - distance / longer length, on normalised text: 1 for equal strings. */
export function similarityRatio(a: string, b: string): number {
	const x = normalize(a);
	const y = normalize(b);
	const len = Math.max(x.length, y.length);
	if (len === 0) return 1;
	return 1 - damerauLevenshtein(x, y) / len;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
	if (a.size === 0 && b.size === 0) return 1;
	let inter = 0;
	for (const x of a) if (b.has(x)) inter++;
	return inter / (a.size + b.size - inter);
}

/** Word k-shingles of the normalised text (a text shorter than k words is one shingle). */
export function shingles(text: string, k = 3): ReadonlySet<string> {
	return shingleMemo(`${k}\u0000${text}`);
}

/** Memo key: k, NUL, the text (the set handed out is shared: readonly). */
const shingleMemo = memoByKey(MEMO_MAX, (key: string): ReadonlySet<string> => {
	const cut = key.indexOf("\u0000");
	return shinglesUncached(key.slice(cut + 1), Number(key.slice(0, cut)));
});

function shinglesUncached(text: string, k: number): Set<string> {
	const w = words(text);
	const out = new Set<string>();
	if (w.length === 0) return out;
	if (w.length < k) {
		out.add(w.join(" "));
		return out;
	}
	for (let i = 0; i + k <= w.length; i++) out.add(w.slice(i, i + k).join(" "));
	return out;
}

export function shingleJaccard(a: string, b: string, k = 3): number {
	return jaccard(shingles(a, k), shingles(b, k));
}

export function contentJaccard(a: string, b: string): number {
	return jaccard(new Set(contentWords(a)), new Set(contentWords(b)));
}

/**
 * The accepted forms of an answer: itself, and for "Long name (ABBR)" both parts
 * ("Union of Soviet Socialist Republics (USSR)" -> also "Union of Soviet Socialist Republics", "USSR").
 */
export function aliasesOf(answer: string): string[] {
	const out = [answer.trim()];
	const m = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(answer.trim());
	if (m) {
		const outside = `${m[1]} ${m[3]}`.trim();
		if (outside.length > 0) out.push(outside);
		if (m[2].trim().length > 0) out.push(m[2].trim());
	}
	return [...new Set(out.filter((s) => s.length > 0))];
}

/** A short slug for ids: normalised words joined by "-", at most `maxWords` words. */
export function slug(text: string, maxWords = 8): string {
	return words(text).slice(0, maxWords).join("-");
}
