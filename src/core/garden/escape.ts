/**
 * The one place where note text is made safe for a garden page. A page is read by Obsidian and by the
 * Digital Garden site, which renders Markdown with raw HTML on (`markdownIt({ html: true })`), runs
 * markdown-it-attrs (`{onclick=…}` after a paragraph, list item, heading or table cell becomes an
 * attribute), MathJax on `$…$`, Nunjucks on `{{ … }}` / `{% … %}`, and puts wikilink aliases into
 * `<a>…</a>` unescaped. So every character that could start markup is written as an entity or a
 * backslash escape; both Obsidian and the site show it as the character it was.
 *
 * - `escapeText`: body text that keeps the brief's own emphasis (`**bold**`, `*italic*`): HTML and the
 *   site's extensions are neutralised (`& < > { } $` as entities).
 * - `escapePlain`: text that must show exactly as written (titles, speakers, labels, quiz text): the
 *   above plus every Markdown punctuation mark that could format, link, tag or end a table cell.
 * - `escapeAlias`: a wikilink alias (Obsidian shows aliases as written): entities only, no `[ ] |`.
 */

type CharMap = ReadonlyMap<string, string>;

const ENTITY: CharMap = new Map([
	["&", "&amp;"],
	["<", "&lt;"],
	[">", "&gt;"],
	["{", "&#123;"],
	["}", "&#125;"],
	["$", "&#36;"],
]);

/** The above, plus Markdown punctuation that formats, links, tags, highlights, comments or splits a table cell. */
const PLAIN: CharMap = new Map([...ENTITY, ...[..."\\`*_[]|~=#^!%"].map((c): [string, string] => [c, `\\${c}`])]);

/**
 * Every character in `map` replaced, in one pass that stays linear on any input (a global `replace` with a
 * callback slows down more than linearly with hundreds of thousands of matches).
 */
export function mapChars(text: string, map: CharMap): string {
	const parts: string[] = [];
	let last = 0;
	for (let i = 0; i < text.length; i++) {
		const r = map.get(text[i]);
		if (r === undefined) continue;
		parts.push(text.slice(last, i), r);
		last = i + 1;
	}
	if (last === 0) return text;
	parts.push(text.slice(last));
	return parts.join("");
}

/** Runs of white space as one space, trimmed (linear, like mapChars). */
export function collapseSpace(text: string): string {
	const parts: string[] = [];
	let last = 0;
	for (let i = 0; i < text.length; i++) {
		if (!/\s/.test(text[i])) continue;
		let end = i + 1;
		while (end < text.length && /\s/.test(text[end])) end++;
		if (end - i > 1 || text[i] !== " ") {
			parts.push(text.slice(last, i), " ");
			last = end;
		}
		i = end - 1;
	}
	parts.push(text.slice(last));
	return parts.join("").trim();
}

/** Body text: HTML, attribute braces, math and template delimiters neutralised; emphasis kept. */
export function escapeText(text: string): string {
	return mapChars(text, ENTITY);
}

/** Plain text shown exactly as written: nothing in it can format, link, tag or become markup. */
export function escapePlain(text: string): string {
	// One pass: an entity's own `#` must not be escaped again.
	return mapChars(text, PLAIN);
}

/** A wikilink alias: no characters that end or split the link, nothing that becomes markup. */
export function escapeAlias(text: string): string {
	return escapeText(
		text
			.replace(/[[\]|]/g, " ")
			.replace(/\s+/g, " ")
			.trim(),
	);
}

/** A link target or heading cannot be written safely when it holds a character that starts markup. */
export function isSafeLinkPart(text: string): boolean {
	return !/[<>{}$`\n]/.test(text);
}

/** An external URL kept as a link only when it is http(s) or mailto; characters that start markup are percent-encoded. */
export function safeUrl(url: string): string | null {
	if (!/^(?:https?:\/\/|mailto:)/i.test(url)) return null;
	return url.replace(
		/[<>"'{}$`\s\\[\]()|]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
	);
}

/** Words inside a Mermaid block (the site writes the block into `<pre>` unescaped): no `<`, `>` or `&`, nothing Mermaid reads as syntax. */
const MERMAID: CharMap = new Map([..."<>&`{}$:;#\\"].map((c): [string, string] => [c, " "]));

export function mermaidWords(text: string): string {
	return collapseSpace(mapChars(text, MERMAID));
}
