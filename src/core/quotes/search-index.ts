/**
 * Fast plain search over many normalised haystacks: one joined string scanned with indexOf, so a rare
 * word skips whole stretches of quotes at native speed; recent results are cached so that typing more
 * (a refinement) searches only within the previous matches and Backspace is instant. Pure.
 */
import { isRefinement, queryWords } from "./search";

const CACHE_SIZE = 24;

export class SearchIndex {
	private readonly all: string;
	/** starts[i] = offset of haystack i in `all`; starts[n] = all.length + 1. */
	private readonly starts: Int32Array;
	private cache = new Map<string, Int32Array>();

	constructor(private readonly haystacks: readonly string[]) {
		this.all = haystacks.join("\n");
		this.starts = new Int32Array(haystacks.length + 1);
		let at = 0;
		haystacks.forEach((h, i) => {
			this.starts[i] = at;
			at += h.length + 1;
		});
		this.starts[haystacks.length] = at;
	}

	get size(): number {
		return this.haystacks.length;
	}

	/** Indices (ascending) of the haystacks containing every word of the query; null for a blank query. */
	search(query: string): Int32Array | null {
		const words = queryWords(query);
		if (!words.length) return null;
		const key = words.join(" ");
		const hit = this.cache.get(key);
		if (hit) {
			this.cache.delete(key);
			this.cache.set(key, hit);
			return hit;
		}
		let base: Int32Array | null = null;
		for (const [k, v] of this.cache) if (isRefinement(k, key) && (!base || v.length < base.length)) base = v;
		words.sort((a, b) => b.length - a.length);
		const out = base ? this.within(base, words) : this.scan(words);
		this.cache.set(key, out);
		if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
		return out;
	}

	private within(base: Int32Array, words: string[]): Int32Array {
		const out = new Int32Array(base.length);
		let n = 0;
		const hs = this.haystacks;
		outer: for (let j = 0; j < base.length; j++) {
			const h = hs[base[j]];
			for (const w of words) if (!h.includes(w)) continue outer;
			out[n++] = base[j];
		}
		return out.slice(0, n);
	}

	private scan(words: string[]): Int32Array {
		const [first, ...rest] = words;
		const hs = this.haystacks;
		const starts = this.starts;
		const all = this.all;
		const found: number[] = [];
		let i = 0;
		let pos = all.indexOf(first, 0);
		while (pos >= 0) {
			// Advance to the haystack containing pos (positions only grow, so this is linear overall).
			while (starts[i + 1] <= pos) i++;
			const h = hs[i];
			let ok = true;
			for (const w of rest) {
				if (!h.includes(w)) {
					ok = false;
					break;
				}
			}
			if (ok) found.push(i);
			i++;
			if (i >= hs.length) break;
			pos = all.indexOf(first, starts[i]);
		}
		return Int32Array.from(found);
	}
}
