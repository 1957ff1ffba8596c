/**
 * Test-only: renders a generated page the way the stock Digital Garden site template
 * (oleeskild/digitalgarden, `.eleventy.js`) does, as closely as is practical in a browser test:
 *
 * - markdown-it with `{ breaks: true, html: true }` (raw HTML on) and markdown-it-attrs (`{…}` attributes);
 * - its fence rule: a `mermaid` block goes into `<pre class="mermaid">` UNESCAPED;
 * - its `link` filter on the rendered HTML: `[[file|title]]` becomes `<a class="internal-link" href="/notes/…">title</a>`
 *   with the title inserted as it stands;
 * - its `highlight` filter (`==x==` -> `<mark>`) and its callout transform (`> [!type] title` blockquotes
 *   become `<div class="callout-type admonition">` with the title line taken from the blockquote's HTML).
 *
 * Left out: footnotes, hashtags, MathJax, PlantUML, task lists and the Nunjucks pass (the unit tests prove no
 * page holds a `{`, `}` or `$`, which is what those would need).
 */
import MarkdownIt from "markdown-it";
import attrs from "markdown-it-attrs";

function slug(s: string): string {
	return s
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
}

function siteMarkdown(): ReturnType<typeof MarkdownIt> {
	const md = new MarkdownIt({ breaks: true, html: true }).use(attrs);
	const fence = md.renderer.rules.fence;
	md.renderer.rules.fence = (tokens, idx, options, env, self) => {
		const token = tokens[idx];
		if (token.info === "mermaid") return `<pre class="mermaid">${token.content.trim()}</pre>`;
		return fence ? fence(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
	};
	return md;
}

/** The site's `link` filter, as written there (the title is not escaped). */
function linkFilter(html: string): string {
	return html.replace(/\[\[(.*?\|.*?)\]\]/g, (_m, p1: string) => {
		const [fileLink, linkTitle] = p1.split("|");
		let fileName = fileLink;
		let header = "";
		if (fileLink.includes("#")) [fileName, header] = fileLink.split("#");
		const title = linkTitle ? linkTitle : fileName;
		return `<a class="internal-link" href="/notes/${slug(fileName)}${header ? `#${slug(header)}` : ""}">${title}</a>`;
	});
}

function highlight(html: string): string {
	return html.replace(/==(.*?)==/g, (_m, p1: string) => `<mark>${p1}</mark>`);
}

/** The first text node under `root` whose text matches, in document order. */
function firstText(root: Node, re: RegExp): Text | null {
	const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let n = walker?.nextNode(); n; n = walker?.nextNode()) if (re.test(n.textContent ?? "")) return n as Text;
	return null;
}

/**
 * The site's callout transform (deepest blockquote first): `[!type] title` at the start of a blockquote
 * becomes `<div class="callout-type admonition"><div class="admonition-title">title</div>…</div>`, the
 * title being the rest of that line (up to the first <br>), moved as nodes: what the site's innerHTML
 * round trip keeps, no more.
 */
function callouts(doc: Document): void {
	const meta = /\[!(\w*)\](\s?.*)/;
	for (const bq of Array.from(doc.querySelectorAll("blockquote")).reverse()) {
		const text = firstText(bq, meta);
		const m = text ? meta.exec(text.data) : null;
		if (!text || !m) continue;
		const type = m[1];
		const title = doc.createElement("div");
		title.className = "admonition-title";
		const rest = text.splitText((m.index ?? 0) + m[0].length - m[2].length);
		text.data = text.data.replace(meta, "");
		for (let n: ChildNode | null = rest; n && n.nodeName !== "BR"; ) {
			const next: ChildNode | null = n.nextSibling;
			title.append(n);
			n = next;
		}
		if (!title.textContent?.trim()) title.textContent = type;
		const div = doc.createElement("div");
		div.className = `callout-${type.toLowerCase()} admonition`;
		div.dataset.callout = type.toLowerCase();
		div.append(title, ...Array.from(bq.childNodes));
		bq.replaceWith(div);
	}
}

/** The page's HTML as the Digital Garden site would serve it (front-matter dropped, as gray-matter does). */
export function renderLikeDigitalGarden(markdown: string): string {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
	return highlight(linkFilter(siteMarkdown().render(body)));
}

/**
 * Puts the HTML into the live document as the site's page would hold it: parsed (the callout transform
 * applied), then every node adopted into the page, where images load and inline handlers can fire.
 */
export function insertSiteHtml(parent: HTMLElement, html: string): HTMLElement {
	const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
	callouts(doc);
	const holder = parent.createDiv({ cls: "garden-site-page" });
	for (const n of Array.from(doc.body.childNodes)) holder.append(document.adoptNode(n));
	return holder;
}
