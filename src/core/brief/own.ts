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
	// Short strings: one JSON round trip for all of them at the end (V8 internalizes short strings that
	// JSON.parse makes, so equal ones, "1917" or "Timeline", are shared by every Brief).
	const shortAt: Record<string | number, unknown>[] = [];
	const shortKey: (string | number)[] = [];
	const short: string[] = [];
	const put = (o: Record<string | number, unknown>, k: string | number, s: string): void => {
		if (s.length < 13) {
			shortAt.push(o);
			shortKey.push(k);
			short.push(s);
			return;
		}
		let c = copies.get(s);
		if (c === undefined) {
			c = flatCopy(s);
			copies.set(s, c);
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
	if (!value || typeof value !== "object") return value;
	walk(value as Record<string, unknown>);
	const shortCopies = JSON.parse(JSON.stringify(short)) as string[];
	for (let i = 0; i < shortAt.length; i++) shortAt[i][shortKey[i]] = shortCopies[i];
	return value;
}
