/**
 * Own copies of a Brief's strings. Strings cut from the note text (slices, trims, regex groups) keep the
 * whole note alive in the JS engine (V8 sliced strings); strings built by concatenation are chains of
 * pieces. Each string of the finished Brief is replaced, in place, by a flat copy that holds only its own
 * characters; equal strings share one copy. Plain data only (a Brief is JSON data by contract).
 */

/**
 * A flat copy of `s` that shares no storage with the string it was cut from. Joining an array writes a new
 * flat string. Strings under 13 characters are flat already (V8 makes slices and concatenations only from 13 up).
 */
function flatCopy(s: string): string {
	return [s.slice(0, 1), s.slice(1)].join("");
}

export function ownStrings<T>(value: T): T {
	const copies = new Map<string, string>();
	const own = (s: string): string => {
		if (s.length < 13) return s; // already flat (see flatCopy)
		let c = copies.get(s);
		if (c === undefined) {
			c = flatCopy(s);
			copies.set(s, c);
		}
		return c;
	};
	const walk = (v: unknown): void => {
		if (Array.isArray(v)) {
			for (let i = 0; i < v.length; i++) {
				const x: unknown = v[i];
				if (typeof x === "string") v[i] = own(x);
				else if (x && typeof x === "object") walk(x);
			}
			return;
		}
		const o = v as Record<string, unknown>;
		for (const k in o) {
			const x = o[k];
			if (typeof x === "string") o[k] = own(x);
			else if (x && typeof x === "object") walk(x);
		}
	};
	if (value && typeof value === "object") walk(value);
	return value;
}
