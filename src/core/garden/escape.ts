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

const ENTITY: Readonly<Record<string, string | undefined>> = {
	"&": "&amp;",
	"<": "&lt;",
	">": "&gt;",
	"{": "&#123;",
	"}": "&#125;",
	$: "&#36;",
};

const HTML_LIKE = /[&<>{}$]/g;

/** Markdown punctuation that formats, links, tags, highlights, comments or splits a table cell. */
const PLAIN = /[&<>{}$\\`*_[\]|~=#^!%]/g;

/** Body text: HTML, attribute braces, math and template delimiters neutralised; emphasis kept. */
export function escapeText(text: string): string {
	return text.replace(HTML_LIKE, (c) => ENTITY[c] ?? c);
}

/** Plain text shown exactly as written: nothing in it can format, link, tag or become markup. */
export function escapePlain(text: string): string {
	// One pass: an entity's own `#` must not be escaped again.
	return text.replace(PLAIN, (c) => ENTITY[c] ?? `\\${c}`);
}

/** A wikilink alias: no characters that end or split the link, nothing that becomes markup. */
export function escapeAlias(text: string): string {
	return escapeText(text.replace(/[[\]|]/g, " ").replace(/\s+/g, " ").trim());
}

/** A link target or heading cannot be written safely when it holds a character that starts markup. */
export function isSafeLinkPart(text: string): boolean {
	return !/[<>{}$`\n]/.test(text);
}

/** An external URL kept as a link only when it is http(s) or mailto; characters that start markup are percent-encoded. */
export function safeUrl(url: string): string | null {
	if (!/^(?:https?:\/\/|mailto:)/i.test(url)) return null;
	return url.replace(/[<>"'{}$`\s\\[\]()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** Words inside a Mermaid block (the site writes the block into `<pre>` unescaped): no markup characters at all. */
export function mermaidWords(text: string): string {
	return text.replace(/[<>&"'`{}$:;#\\]/g, " ").replace(/\s+/g, " ").trim();
}
