/**
 * The string hashes of Study Briefs, all built on 32-bit FNV-1a over UTF-16 code units. Their values feed
 * stored things (brief ids, review-card ids, review-log event keys, garden page hashes, quiz seeds), so none
 * may ever change: tests/unit/text/hash.test.ts pins each against the copy it replaced.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a of `text`, unsigned. */
export function fnv1a32(text: string): number {
	let h = FNV_OFFSET;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, FNV_PRIME);
	}
	return h >>> 0;
}

/** One more code unit into a running FNV-1a state (for fast paths that hash while they scan). */
export function fnv1a32Step(h: number, code: number): number {
	return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/** The FNV-1a start state, for fnv1a32Step. */
export const FNV1A32_START = FNV_OFFSET;

/** FNV-1a in base 36: short ids inside slugs ("actium-1hoo2lo"). */
export function shortHash(text: string): string {
	return fnv1a32(text).toString(36);
}

/** FNV-1a as 8 hex digits: tells a changed generated page from an unchanged one. */
export function hexHash(text: string): string {
	return fnv1a32(text).toString(16).padStart(8, "0");
}

/** FNV-1a with murmur3's finaliser: good avalanche on similar inputs (quote of the day). */
export function mixedHash(text: string): number {
	let h = fnv1a32(text);
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/**
 * Two 32-bit hashes in one pass (FNV-1a, and a second one with other constants) plus the length, as one short
 * string: collisions about 1 in 2^64. Keys review-log events that carry no id.
 */
export function wideHash(s: string): string {
	let a = FNV_OFFSET;
	let b = 0x1b873593;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		a = Math.imul(a ^ c, FNV_PRIME);
		b = Math.imul(b ^ c, 0x5bd1e995);
		b ^= b >>> 15;
	}
	return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length.toString(36)}`;
}
