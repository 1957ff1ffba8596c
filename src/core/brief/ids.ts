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

function slugHash(norm: string): string {
	return `${slugify(norm, 40) || "x"}-${shortHash(norm)}`;
}

/**
 * slugHash(normalise(text)) for ASCII text in one pass, without building the normalised text: its characters
 * (lower case, no quotes or markup, single spaces, trimmed) are hashed and slugged as they come.
 */
function asciiSlugHash(text: string): string {
	let h = 0x811c9dc5;
	// The slug's first 41 characters as char codes (one string is made from them at the end).
	const slug = SLUG;
	let n = 0;
	let dash = false;
	let space = false;
	let any = false;
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		// " ' ` * _ are dropped; white space runs become one space between kept characters.
		if (c === 34 || c === 39 || c === 96 || c === 42 || c === 95) continue;
		if (c === 32 || (c >= 9 && c <= 13)) {
			space = any;
			continue;
		}
		if (c >= 65 && c <= 90) c += 32;
		if (space) {
			h = Math.imul(h ^ 32, 0x01000193) >>> 0;
			dash = true;
			space = false;
		}
		h = Math.imul(h ^ c, 0x01000193) >>> 0;
		any = true;
		if (n > 40) continue;
		if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
			if (dash && n) slug[n++] = 45;
			if (n <= 40) slug[n] = c;
			n++;
			dash = false;
		} else dash = true;
	}
	// As slugify(norm, 40): over 40 characters, cut at 40 and drop the dashes the cut leaves at the end.
	if (n > 40) {
		n = 40;
		while (n > 0 && slug[n - 1] === 45) n--;
	}
	return `${n ? String.fromCharCode.apply(null, slug.slice(0, n)) : "x"}-${h.toString(36)}`;
}

const SLUG: number[] = new Array<number>(41).fill(0);

/** Makes ids `kind:slug-hash:occurrence`; the occurrence counts earlier items with the same content. */
export class IdMaker {
	private seen = new Map<string, number>();

	make(kind: string, text: string): string {
		const key = `${kind}:${NON_ASCII.test(text) ? slugHash(normalise(text)) : asciiSlugHash(text)}`;
		const n = this.seen.get(key) ?? 0;
		this.seen.set(key, n + 1);
		return `${key}:${n}`;
	}
}
