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
	return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
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

/** The site's callout transform, on an inert <template> (parsing there runs nothing). */
function callouts(html: string): string {
	const tpl = document.createElement("template");
	tpl.innerHTML = html;
	const transform = (quotes: HTMLElement[]) => {
		for (const bq of quotes) {
			transform(Array.from(bq.querySelectorAll<HTMLElement>(":scope blockquote")));
			let content = bq.innerHTML;
			const meta = /\[!(\w*)\](\s?.*)/;
			if (!meta.test(content)) continue;
			let type = "";
			let titleDiv = "";
			content = content.replace(meta, (_m, callout: string, title: string) => {
				type = callout;
				titleDiv = title.replace("<br>", "") ? `<div class="admonition-title">${title}</div>` : `<div class="admonition-title">${callout}</div>`;
				return "";
			});
			const div = document.createElement("div");
			div.className = `callout-${type.toLowerCase()} admonition`;
			div.dataset.callout = type.toLowerCase();
			div.innerHTML = `${titleDiv}\n${content}`;
			bq.replaceWith(div);
		}
	};
	transform(Array.from(tpl.content.querySelectorAll<HTMLElement>("blockquote")));
	return tpl.innerHTML;
}

/** The page's HTML as the Digital Garden site would serve it (front-matter dropped, as gray-matter does). */
export function renderLikeDigitalGarden(markdown: string): string {
	const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
	return callouts(highlight(linkFilter(siteMarkdown().render(body))));
}

/**
 * Puts the HTML into the live document the way a browser loads a page: through a fragment created in the
 * document's context, so inline handlers and scripts behave as they would on the site.
 */
export function insertSiteHtml(parent: HTMLElement, html: string): HTMLElement {
	const holder = parent.createDiv({ cls: "garden-site-page" });
	holder.append(document.createRange().createContextualFragment(html));
	return holder;
}
