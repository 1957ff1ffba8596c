/**
 * Own copies of a Brief's strings. Strings cut from the note text (slices, trims, regex groups) keep the
 * whole note alive in the JS engine (V8 sliced strings); strings built by concatenation are chains of
 * pieces. Each string of the finished Brief is replaced, in place, by a flat copy that holds only its own
 * characters; equal strings share one copy. Plain data only (a Brief is JSON data by contract).
 * A memory trick for V8 (the engine of Obsidian and Node): the plugin applies it where it keeps Briefs for the
 * session (src/obsidian/indexer.ts); the reader, the CLI and the garden do not need it.
 */
import { memoByKey } from "./memo";

/**
 * A flat copy of `s` that shares no storage with the string it was cut from. Joining an array writes a new
 * flat string. Strings under FLAT_BELOW (13) characters are flat already (V8 makes slices and concatenations only from 13 up).
 */
function flatCopy(s: string): string {
	return [s.slice(0, 1), s.slice(1)].join("");
}

/** Strings from 13 characters up may be slices or chains (see flatCopy). */
const FLAT_BELOW = 13;

/**
 * Short strings seen before, shared by every Brief ("1917", "Timeline", "year"): one copy each instead of
 * one per Brief (the first one seen). Bounded by SHORT_MAX.
 */
const SHORT_MAX = 5000;
const sharedShort = memoByKey(SHORT_MAX, (s: string) => s);

export function ownStrings<T>(value: T): T {
	const copies = new Map<string, string>();
	const put = (o: Record<string | number, unknown>, k: string | number, s: string): void => {
		let c: string | undefined;
		if (s.length < FLAT_BELOW) {
			// Already flat (see flatCopy): only shared.
			c = sharedShort(s);
		} else {
			c = copies.get(s);
			if (c === undefined) {
				c = flatCopy(s);
				copies.set(s, c);
			}
		}
		o[k] = c;
	};
	const walk = (o: Record<string | number, unknown>): void => {
		if (Array.isArray(o)) {
			for (let i = 0; i < o.length; i++) {
				const x: unknown = o[i];
				if (typeof x === "string") put(o, i, x);
				else if (x && typeof x === "object") walk(x as Record<string, unknown>);
			}
			return;
		}
		for (const k in o) {
			const x = o[k];
			if (typeof x === "string") put(o, k, x);
			else if (x && typeof x === "object") walk(x as Record<string, unknown>);
		}
	};
	if (value && typeof value === "object") walk(value as Record<string, unknown>);
	return value;
}
