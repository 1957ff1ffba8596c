/**
 * Frozen copies of the helpers core/text replaced (from main 93e190f), verbatim but for their names. The
 * toolkit must give the same values wherever they feed stored data (ids, review cards, log keys, page hashes).
 * Do not edit: they are the record of what the old code did.
 */

/** core/brief/ids.ts shortHash */
export function oldShortHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

/** core/garden/frontmatter.ts hashText */
export function oldHashText(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, "0");
}

/** core/quotes/daily.ts hash32 */
export function oldHash32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** core/quiz/rng.ts hashString */
export function oldHashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** core/review/log.ts hash64 */
export function oldHash64(s: string): string {
	let a = 0x811c9dc5;
	let b = 0x1b873593;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		a = Math.imul(a ^ c, 0x01000193);
		b = Math.imul(b ^ c, 0x5bd1e995);
		b ^= b >>> 15;
	}
	return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${s.length.toString(36)}`;
}

/** core/brief/index.ts baseName */
export function oldBriefBaseName(path: string): string {
	const name = path.replace(/\\/g, "/").split("/").pop() ?? path;
	return name.replace(/\.(md|markdown|mdx)$/i, "");
}

/** core/garden/text.ts baseName = core/quotes/citation.ts fileBaseName = ui/linked-notes targetName's body */
export function oldGardenBaseName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** core/garden/text.ts and core/quotes/citation.ts withoutMd */
export function oldWithoutMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/** obsidian/review-files.ts stripFrontmatter */
export function oldStripFrontmatter(text: string): string {
	let start = 0;
	for (let line = 0; start <= text.length; line++) {
		const nl = text.indexOf("\n", start);
		const end = nl < 0 ? text.length : nl;
		const l = text
			.slice(start, end)
			.replace(/^\uFEFF/, "")
			.trim();
		if (line === 0 && l !== "---") return text;
		if (line > 0 && (l === "---" || l === "..."))
			return nl < 0 ? "\n".repeat(line) : "\n".repeat(line + 1) + text.slice(nl + 1);
		if (nl < 0) return text;
		start = nl + 1;
	}
	return text;
}

/** core/quotes/search.ts normaliseText (the quote search) */
export function oldQuoteSearchText(text: string): string {
	const FOLDS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", ı: "i", þ: "th" };
	return text
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[ßæœøđłıþ]/g, (c) => FOLDS[c] ?? c)
		.replace(/['\u2018\u2019\u02bc`\u00b4]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/** core/quiz/normalize.ts normalizeUncached (the quiz) */
export function oldQuizNormalize(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/\p{M}+/gu, "")
		.toLowerCase()
		.replace(/['’‘`´]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}
