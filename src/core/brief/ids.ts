/**
 * Ids of a Brief's items: `kind:slug-hash:occurrence`. The slug and hash are of the normalised text, so case,
 * white space, quote styles and markup do not change an id (review cards hang on these ids).
 * Two implementations of one rule: `slugHash(normalise(text))`, the reference, and `asciiSlugHash`, one pass over
 * ASCII text without building the normalised text (most items are ASCII; ids are made for every item of every
 * brief). tests/unit/brief/ids-fast-path.test.ts checks that the two agree.
 */
import { FNV1A32_START, fnv1a32Step, shortHash } from "../text";
import { slugify } from "./strip";

const NON_ASCII = /[\u0080-\uffff]/;
const QUOTE_MARKUP = /[\u2018\u2019\u201c\u201d"'`*_]/;
const QUOTE_MARKUP_G = /[\u2018\u2019\u201c\u201d"'`*_]/g;
/** Whitespace other than single spaces: `\s+` -> " " would change it. */
const ODD_SPACE = /[^\S ]| \s/;
/** The slug's length (slugify's `max`). */
const SLUG_MAX = 40;

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

/** The reference: slug and hash of normalised text. */
export function slugHash(norm: string): string {
	return `${slugify(norm, SLUG_MAX) || "x"}-${shortHash(norm)}`;
}

/** ASCII character codes the fast path tests. */
const CH = {
	space: 32,
	tab: 9,
	carriageReturn: 13,
	doubleQuote: 34,
	apostrophe: 39,
	backtick: 96,
	star: 42,
	underscore: 95,
	dash: 45,
	upperA: 65,
	upperZ: 90,
	lowerA: 97,
	lowerZ: 122,
	zero: 48,
	nine: 57,
	toLower: 32,
} as const;

/** Dropped by normalise (QUOTE_MARKUP, ASCII part). */
function isQuoteOrMarkup(c: number): boolean {
	return c === CH.doubleQuote || c === CH.apostrophe || c === CH.backtick || c === CH.star || c === CH.underscore;
}

/** The slug's first SLUG_MAX + 1 characters as char codes; one string is made from them at the end. */
const slugScratch: number[] = new Array<number>(SLUG_MAX + 1).fill(0);

/**
 * slugHash(normalise(text)) for ASCII text in one pass: the normalised text's characters (lower case, no quotes
 * or markup, single spaces, trimmed) are hashed and slugged as they come.
 */
export function asciiSlugHash(text: string): string {
	let h = FNV1A32_START;
	const slug = slugScratch;
	let n = 0;
	let dash = false;
	let space = false;
	let any = false;
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (isQuoteOrMarkup(c)) continue;
		// White space runs become one space between kept characters (none at the ends: trimmed).
		if (c === CH.space || (c >= CH.tab && c <= CH.carriageReturn)) {
			space = any;
			continue;
		}
		if (c >= CH.upperA && c <= CH.upperZ) c += CH.toLower;
		if (space) {
			h = fnv1a32Step(h, CH.space);
			dash = true;
			space = false;
		}
		h = fnv1a32Step(h, c);
		any = true;
		if (n > SLUG_MAX) continue;
		if ((c >= CH.lowerA && c <= CH.lowerZ) || (c >= CH.zero && c <= CH.nine)) {
			if (dash && n) slug[n++] = CH.dash;
			if (n <= SLUG_MAX) slug[n] = c;
			n++;
			dash = false;
		} else dash = true;
	}
	// As slugify(norm, SLUG_MAX): over SLUG_MAX characters, cut there and drop the dashes the cut leaves at the end.
	if (n > SLUG_MAX) {
		n = SLUG_MAX;
		while (n > 0 && slug[n - 1] === CH.dash) n--;
	}
	return `${n ? String.fromCharCode.apply(null, slug.slice(0, n)) : "x"}-${h.toString(36)}`;
}

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
