import { replaceSpans, scanMdLinks, scanWikiLinks } from "./inline-links";

/** Markdown inline markup -> plain text. Every pattern is linear (no nested quantifiers, no lookbehind). */

/** An Obsidian tag (`#person`, `#war/ww1`); the space before it goes too when punctuation follows. */
const TAG = /(^|\s)#[A-Za-z\u00c0-\u1fff\u3000-\uffff][\w\u00c0-\u1fff\u3000-\uffff/-]*/g;

/** The visible text of a wikilink body `target#heading|alias`. */
export function wikiText(body: string): string {
	const bar = body.indexOf("|");
	if (bar >= 0) return body.slice(bar + 1).trim();
	const hash = body.indexOf("#");
	const target = (hash >= 0 ? body.slice(0, hash) : body).trim().replace(/\.md$/i, "");
	if (target) return target.split("/").pop() ?? target;
	return body
		.slice(hash + 1)
		.replace(/^\^/, "")
		.trim();
}

/** Removes bold/italic/highlight/strike markers. */
export function stripEmphasis(text: string): string {
	// Each step only when its marker is there (the result is the same; most text has few markers).
	let t = /\*\*|__|==|~~/.test(text) ? text.replace(/\*\*|__|==|~~/g, "") : text;
	if (t.includes("*")) t = t.replace(/\*(\S)/g, "$1").replace(/(\S)\*/g, "$1");
	if (t.includes("_"))
		t = t
			.replace(/(^|[\s([{"'\u201c\u2018])_(\S)/g, "$1$2")
			.replace(/(\S)_([\s)\]}.,;:!?"'\u201d\u2019]|$)/g, "$1$2");
	return t;
}

/** Anything stripInline may change besides spacing (each of its steps needs one of these; a step added below must
 * add its marker here: tests/unit/brief/strip-fast-path.test.ts checks stripInline against every step applied). */
const INLINE_MARKUP = /[[\]#^\\\u2028*_=~]|http|www\./;

/** Runs of spaces, tabs and no-break spaces -> one space; trimmed. */
function tidySpaces(t: string): string {
	return (/[\t\u00a0]| {2}/.test(t) ? t.replace(/[ \t\u00a0]+/g, " ") : t).trim();
}

/** Full inline strip: links -> their text, embeds/images/URLs/tags/footnotes/block ids removed. */
export function stripInline(text: string): string {
	let t = text;
	// Plain text (the common case): only the spacing step below applies.
	if (!INLINE_MARKUP.test(t)) return tidySpaces(t);
	if (t.includes("[[")) t = replaceSpans(t, scanWikiLinks(t), (s) => (s.embed ? " " : wikiText(s.body)));
	if (t.includes("](")) t = replaceSpans(t, scanMdLinks(t), (s) => (s.embed ? " " : s.text));
	if (t.includes("[^")) t = t.replace(/\[\^[^\]\s]{1,40}\]/g, "");
	if (t.includes(":contentReference[")) t = t.replace(/:contentReference\[[^\]\n]{0,100}\]\{[^}\n]{0,100}\}/g, "");
	if (t.includes("http")) t = t.replace(/\bhttps?:\/\/[^\s)<>\]]+/gi, " ");
	if (t.includes("www.")) t = t.replace(/\bwww\.[^\s)<>\]]+/gi, " ");
	if (t.includes("#"))
		t = t.replace(TAG, (m: string, pre: string, at: number, all: string) =>
			/[,.;:!?\u2019')]/.test(all[at + m.length] ?? "") ? "" : pre,
		);
	if (t.includes("^")) t = t.replace(/\s\^[A-Za-z0-9-]+\s*$/, "");
	if (t.includes("\\")) t = unescapeMarkdown(t);
	if (t.includes("\u2028")) t = t.replace(/\u2028/g, " ");
	if (/[*_=~]/.test(t)) t = stripEmphasis(t);
	return tidySpaces(t);
}

const ESCAPABLE = new Set("\\`*_{}[]()#+-.!|>~$=\"'");

/**
 * Markdown backslash escapes removed ("\\*" -> "*"), as `replace(/\\([…])/g, "$1")` would, by one scan: V8's
 * replace with tens of thousands of matches grows faster than the text (a run of backslashes).
 */
export function unescapeMarkdown(t: string): string {
	let out = "";
	let last = 0;
	let i = t.indexOf("\\");
	while (i >= 0 && i < t.length - 1) {
		if (ESCAPABLE.has(t[i + 1])) {
			out += t.slice(last, i);
			last = i + 1;
			i = t.indexOf("\\", i + 2);
		} else i = t.indexOf("\\", i + 1);
	}
	return last === 0 ? t : out + t.slice(last);
}

/** Lower-case slug (a-z0-9 and "-"), for ids. */
export function slugify(text: string, max = 48): string {
	const t = /[\u0080-\uffff]/.test(text)
		? text
				.normalize("NFKD")
				.replace(/[\u0300-\u036f]/g, "")
				.toLowerCase()
		: text;
	// One pass over ASCII-lowered text: a-z0-9 kept, other runs become one "-" between kept characters;
	// stops once the slug is longer than `max` (only its first `max` characters are used).
	let s = "";
	let dash = false;
	for (let i = 0; i < t.length && s.length <= max; i++) {
		let c = t.charCodeAt(i);
		if (c >= 65 && c <= 90) c += 32;
		if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
			if (dash && s) s += "-";
			s += String.fromCharCode(c);
			dash = false;
		} else dash = true;
	}
	if (s.length <= max) return s;
	return s.slice(0, max).replace(/-+$/, "");
}

/** Heading/title text: inline strip plus trailing `#` closers. */
export function plainTitle(text: string): string {
	let t = text.trimEnd();
	let i = t.length;
	while (i > 0 && t[i - 1] === "#") i--;
	if (i < t.length && (i === 0 || t[i - 1] === " " || t[i - 1] === "\t")) t = t.slice(0, i);
	return stripInline(t).trim();
}
