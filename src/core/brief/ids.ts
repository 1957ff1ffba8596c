import { slugify } from "./strip";

/** FNV-1a 32-bit, base 36: short, stable, no crypto needed. */
export function shortHash(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Normalised text for identity: case, whitespace, quote styles and markup do not matter. */
export function normalise(text: string): string {
	return (NON_ASCII.test(text) ? text.normalize("NFKC") : text)
		.toLowerCase()
		.replace(/[\u2018\u2019\u201c\u201d"'`*_]/g, "")
		.replace(/[\u2013\u2014]/g, "-")
		.replace(/\s+/g, " ")
		.trim();
}

/** Makes ids `kind:slug-hash:occurrence`; the occurrence counts earlier items with the same content. */
export class IdMaker {
	private seen = new Map<string, number>();

	make(kind: string, text: string): string {
		const norm = normalise(text);
		const key = `${kind}:${slugify(norm, 40) || "x"}-${shortHash(norm)}`;
		const n = this.seen.get(key) ?? 0;
		this.seen.set(key, n + 1);
		return `${key}:${n}`;
	}
}
