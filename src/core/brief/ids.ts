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
const QUOTE_MARKUP = /[\u2018\u2019\u201c\u201d"'`*_]/;
const QUOTE_MARKUP_G = /[\u2018\u2019\u201c\u201d"'`*_]/g;
/** Whitespace other than single spaces: `\s+` -> " " would change it. */
const ODD_SPACE = /[^\S ]| \s/;

/** Normalised text for identity: case, whitespace, quote styles and markup do not matter. */
export function normalise(text: string): string {
	const nonAscii = NON_ASCII.test(text);
	let t = (nonAscii ? text.normalize("NFKC") : text).toLowerCase();
	// Each replace only when it has something to do (most texts have no quotes, dashes or odd spaces).
	if (QUOTE_MARKUP.test(t)) t = t.replace(QUOTE_MARKUP_G, "");
	if (nonAscii && /[\u2013\u2014]/.test(t)) t = t.replace(/[\u2013\u2014]/g, "-");
	if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, " ");
	return t.trim();
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
