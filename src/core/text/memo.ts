/**
 * The caches of the pure core, in one place. Two kinds:
 * - memoByKey: results by a string or number key, bounded — emptied when it holds `bound` entries, so a
 *   long session (a plugin open for days) never grows it past that;
 * - memoByObject: results per object (a Block, a Brief), held weakly — an entry goes with its object.
 * Use one only where a profile showed the same work done many times; a cached object must not be changed by a
 * caller (hand out readonly types).
 */

export interface MemoStats {
	/** Entries held now. */
	readonly size: number;
}

/** `compute`, remembered by key; at most `bound` entries (then emptied and refilled). */
export function memoByKey<K extends string | number, V>(
	bound: number,
	compute: (key: K) => V,
): ((key: K) => V) & MemoStats {
	const map = new Map<K, V>();
	const get = (key: K): V => {
		const hit = map.get(key);
		if (hit !== undefined || map.has(key)) return hit as V;
		const value = compute(key);
		if (map.size >= bound) map.clear();
		map.set(key, value);
		return value;
	};
	return Object.defineProperty(get, "size", { get: () => map.size }) as ((key: K) => V) & MemoStats;
}

/** `compute`, remembered per object for as long as the object lives. */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
	const map = new WeakMap<K, V>();
	return (key: K): V => {
		if (map.has(key)) return map.get(key) as V;
		const value = compute(key);
		map.set(key, value);
		return value;
	};
}
