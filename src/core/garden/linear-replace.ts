/**
 * `text.replace(re, fn)` for the bracket patterns of garden text (`[[…]]`, `[…](…)`, `<…>`), in linear time.
 *
 * A global regex is retried from every opener: on a run of `[[` (or `[a](`, or `<`) before a far `]` each
 * try reads to that `]`, which is quadratic. These patterns share a property that lets a scan skip: the body
 * after an opener stops at the first "stop" character (`]` or a newline; `>`), so every opener before that
 * stop succeeds or fails alike. A failed try therefore resumes at the stop, and with no stop left nothing
 * more can match. The regex itself is used for each try (sticky), so the matches are exactly the regex's.
 */

export interface BracketPattern {
	/** The pattern, with the sticky flag (`y`). */
	re: RegExp;
	/** What a match starts with after its optional or required "!": "[[", "[" or "<". */
	opener: string;
	/** "!" before the opener: part of the match when present ("optional"), needed ("required"), or not in it. */
	bang: "optional" | "required" | "none";
	/** Characters that end the body the pattern reads after the opener. */
	stops: string;
	/**
	 * A second body after the first stop (`](url)`): when the text has `join` at the stop, the url runs to
	 * the first of `stops`; every opener before that point shares it, so a failure resumes there.
	 */
	tail?: { join: string; stops: string };
}

function nextStop(text: string, from: number, stops: string): number {
	for (let i = from; i < text.length; i++) if (stops.includes(text[i])) return i;
	return -1;
}

export function replaceBrackets(text: string, p: BracketPattern, fn: (m: RegExpExecArray) => string): string {
	let out = "";
	let at = 0;
	let pos = 0;
	while (pos < text.length) {
		const i = text.indexOf(p.opener, pos);
		if (i < 0) break;
		const bang = i > at && text[i - 1] === "!";
		if (p.bang === "required" && !bang) {
			pos = i + 1;
			continue;
		}
		const start = bang && p.bang !== "none" ? i - 1 : i;
		p.re.lastIndex = start;
		const m = p.re.exec(text);
		if (m && m[0].length > 0) {
			out += text.slice(at, start) + fn(m);
			at = pos = start + m[0].length;
			continue;
		}
		const stop = nextStop(text, i + p.opener.length, p.stops);
		if (stop < 0) break;
		pos = stop;
		if (p.tail && text.startsWith(p.tail.join, stop)) {
			const end = nextStop(text, stop + p.tail.join.length, p.tail.stops);
			if (end < 0) break;
			pos = end;
		}
	}
	return at === 0 ? text : out + text.slice(at);
}

const URL_TAIL = { join: "](", stops: ")\n" };

/** `(!?)\[\[([^\]\n]*?)\]\]`: a wikilink or embed; 1 = "!", 2 = the inside. */
export const WIKI_LINK: BracketPattern = { re: /(!?)\[\[([^\]\n]*?)\]\]/y, opener: "[[", bang: "optional", stops: "]\n" };
/** `(!?)\[([^\]\n]*)\]\(([^)\n]*)\)`: a Markdown link or image; 1 = "!", 2 = label, 3 = url. */
export const MD_LINK: BracketPattern = { re: /(!?)\[([^\]\n]*)\]\(([^)\n]*)\)/y, opener: "[", bang: "optional", stops: "]\n", tail: URL_TAIL };
/** `![[…]]`, `[[…]]` (1 = inside), `![…](…)`, `[…](…)` (1 = label), `<…>`: what plainText drops or unwraps. */
export const WIKI_EMBED: BracketPattern = { re: /!\[\[[^\]\n]*\]\]/y, opener: "[[", bang: "required", stops: "]\n" };
export const WIKI_PLAIN: BracketPattern = { re: /\[\[([^\]\n]*)\]\]/y, opener: "[[", bang: "none", stops: "]\n" };
export const MD_IMAGE: BracketPattern = { re: /!\[[^\]\n]*\]\([^)\n]*\)/y, opener: "[", bang: "required", stops: "]\n", tail: URL_TAIL };
export const MD_PLAIN: BracketPattern = { re: /\[([^\]\n]*)\]\([^)\n]*\)/y, opener: "[", bang: "none", stops: "]\n", tail: URL_TAIL };
export const HTML_TAG: BracketPattern = { re: /<[^>]*>/y, opener: "<", bang: "none", stops: ">" };
