/**
 * Typo-tolerant quote search (issue 17): when no quote has every word, each query word is matched against the
 * words of the speaker, the brief title and the quote (Damerau-Levenshtein distance 1, 2 for long words, or a
 * long shared beginning), results are ranked by score (best first, a speaker match counts double) and every
 * result says which of its words matched, for highlighting. "ceasar" finds Caesar first. Pure.
 */
import { normaliseText, queryWords } from "./search";

export interface TypoDoc {
	speaker: string;
	title: string;
	text: string;
}

export interface TypoHit {
	/** Index of the document in the input. */
	index: number;
	score: number;
	/** Normalised words of the document that matched (to highlight). */
	matched: string[];
}

/** Optimal string alignment distance (adjacent transpositions count 1), stopping early above `max`. */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const n = b.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let cur = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = cur[0];
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[n];
}

function sharedPrefix(a: string, b: string): number {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
}

/** How well a query word matches a document word: 3 same, 2 prefix, 1.5 one edit, 1 two edits or a long shared start, 0 none. */
export function wordScore(q: string, w: string): number {
	if (q === w) return 3;
	if (q.length >= 3 && w.startsWith(q)) return 2;
	if (q.length < 4) return 0;
	const max = q.length >= 7 ? 2 : 1;
	const d = editDistance(q, w, max);
	if (d === 1) return 1.5;
	if (d === 2 && max >= 2) return 1;
	const p = sharedPrefix(q, w);
	return p >= 5 && p >= q.length - 4 ? 1 : 0;
}

function bestIn(q: string, words: readonly string[]): { score: number; word: string } {
	let best = { score: 0, word: "" };
	for (const w of words) {
		const s = wordScore(q, w);
		if (s > best.score) best = { score: s, word: w };
		if (s === 3) break;
	}
	return best;
}

const split = (s: string): string[] => {
	const n = normaliseText(s);
	return n ? [...new Set(n.split(" "))] : [];
};

/**
 * Documents where every query word has a close match, best first (ties keep input order); at most `limit`.
 * Each query word scores its best match; a match in the speaker counts double, in the title 1.2 times.
 */
export function typoSearch(query: string, docs: readonly TypoDoc[], limit = 50): TypoHit[] {
	const qs = queryWords(query).filter((w) => w.length >= 2);
	if (!qs.length) return [];
	const hits: TypoHit[] = [];
	docs.forEach((d, index) => {
		const speaker = split(d.speaker);
		const title = split(d.title);
		const text = split(d.text.slice(0, 600));
		let score = 0;
		const matched: string[] = [];
		for (const q of qs) {
			const s = bestIn(q, speaker);
			const t = bestIn(q, title);
			const x = bestIn(q, text);
			const best = Math.max(s.score * 2, t.score * 1.2, x.score);
			if (best === 0) return;
			score += best;
			for (const m of [s, t, x]) if (m.score > 0 && !matched.includes(m.word)) matched.push(m.word);
		}
		hits.push({ index, score, matched });
	});
	hits.sort((a, b) => b.score - a.score || a.index - b.index);
	return hits.slice(0, limit);
}
