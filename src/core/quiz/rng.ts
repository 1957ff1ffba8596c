/** Seeded randomness for quiz generation: the same seed always gives the same quiz. */
import { fnv1a32 } from "../text";

export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max] (inclusive). */
	int(min: number, max: number): number;
	/** One element (the array must not be empty). */
	pick<T>(items: readonly T[]): T;
	/** A shuffled copy (Fisher-Yates). */
	shuffle<T>(items: readonly T[]): T[];
}

/** 32-bit FNV-1a of a string, for mixing ids into seeds (core/text's fnv1a32 under the quiz's name). */
export const hashString: (text: string) => number = fnv1a32;

/** mulberry32: a tiny, fast, well-distributed 32-bit generator. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	const next = (): number => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)],
		shuffle: <T>(items: readonly T[]): T[] => {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = int(0, i);
				const tmp = out[i];
				out[i] = out[j];
				out[j] = tmp;
			}
			return out;
		},
	};
}

/** A generator for one purpose (a kind, an item) derived from the quiz seed, so kinds do not disturb each other. */
export function subRng(seed: number, label: string): Rng {
	return mulberry32((seed ^ hashString(label)) >>> 0);
}
