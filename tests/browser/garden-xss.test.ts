/**
 * H3 (issue 14): the generated garden pages, rendered as the Digital Garden site renders them (markdown-it with
 * raw HTML on, markdown-it-attrs, its unescaped link filter, mermaid fence and callout transform; see
 * ./garden-site.ts), put into a live page in real Chromium: no handler fires and no element from note text
 * appears, for hostile titles (front-matter and entity-encoded headings), folder and file names, speakers,
 * quotes, callouts, labels, table cells, links and attribute braces. A control proves the renderer would run
 * a payload that reached it unescaped.
 */
import { load } from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseBrief } from "../../src/core/brief";
import { buildGardenPages, gardenQuizFor, makeResolver } from "../../src/core/garden";
import { insertSiteHtml, renderLikeDigitalGarden } from "./garden-site";
import { frames } from "./helpers/test-host";

declare global {
	interface Window {
		__pwned: number;
		pwn: () => void;
	}
}

// A call, not `window.__pwned++`: the reader reads `__…__` as emphasis and would disarm the payload itself.
const P = "pwn()";
const IMG = `<img src=x onerror="${P}">`;
const ATTR = `{onclick=${P} onmouseover=${P}}`;

const NOTES: Record<string, string> = {
	"fmtitle.md": `---\ndg-publish: true\ntitle: '<img src=x onerror=${P}>'\n---\n# Part one\nIn 1917 something happened.\n# Part two\n`,
	"entity-heading.md": `---\ndg-publish: true\n---\n# &lt;img src=x onerror=${P}&gt; Brief, 1933\n\nIn 1933 the talks began. ${ATTR}\n\n**Key Quotes:**\n- "It was &lt;script&gt;${P}&lt;/script&gt; in 1933" — &lt;svg onload=${P}&gt;Speaker\n`,
	[`<svg onload=${P}>/Course brief.md`]: `---\ndg-publish: true\n---\n# Course brief\n\nIn 1848 revolutions spread. [[fmtitle|<img src=x onerror=${P}>]] and [[entity-heading|&lt;b onmouseover=${P}&gt;x&lt;/b&gt;]]\n`,
	[`Names/<b onmouseover=${P}>x.md`]: `---\ndg-publish: true\n---\n# Plain title\n\nIn 1799 the coup came.\n`,
	"hostile.md": `---
dg-publish: true
tags: [hostile]
---
## Hostile brief ${ATTR}

**Most Important Ideas/Facts:**

- **&lt;b onmouseover=${P}&gt;Term&lt;/b&gt;:** In 1917 &lt;script&gt;${P}&lt;/script&gt; happened. ${ATTR}
- **Javascript link:** In March 1918 [click](javascript:${P}) was signed.
- **Braces:** In 1921 {{constructor.constructor('${P}')()}} cost $5 and $6.

**Key Quotes:**

- "Quote in 1900: &lt;iframe src=javascript:${P}&gt;&lt;/iframe&gt;" — &lt;img src=x onerror=${P}&gt;Speaker
- "Quote in 1901: ==&lt;img src=x onerror=${P}&gt;==" — [[fmtitle|<svg onload=${P}>]]

> [!quote] &lt;svg onload=${P}&gt; Callout speaker ${ATTR}
> In 44 BC a &lt;script&gt;${P}&lt;/script&gt; quote.

| Year | Event |
| --- | --- |
| 1920 | &lt;img src=x onerror=${P}&gt; happened in 1920 ${ATTR} |

In 1939 &lt;iframe src="javascript:${P}"&gt;&lt;/iframe&gt; the pact was signed.
`,
};

/** What markdown-it and the site's filters make; anything else came from note text. */
const ALLOWED = new Set(
	"div p h1 h2 h3 h4 h5 h6 ul ol li a strong em table thead tbody tr th td pre code mark br hr del s blockquote".split(
		" ",
	),
);

function gardenPages(mermaid: boolean) {
	const paths = Object.keys(NOTES);
	const briefs = paths.map((path) => parseBrief({ path, text: NOTES[path] }, { parseYaml: load }));
	// The reader no longer takes markup for a person's name, but a speaker can come from elsewhere (front-matter
	// author, a future reader rule): give one quote a hostile speaker so the callout title path stays proven.
	const hostile = briefs.find((b) => b.path === "hostile.md")?.quotes[0];
	if (hostile) hostile.speaker = `<svg onload=${P}> Callout speaker ${ATTR}`;
	return buildGardenPages({
		briefs,
		notes: briefs.map((b) => ({ path: b.path, publish: b.publish, hidden: false, exists: true })),
		resolveLink: makeResolver(paths),
		options: { folder: "Study pages", publishKey: "dg-publish", mermaid, perCourse: true },
		quizFor: gardenQuizFor(10, { year: 2026, month: 1, day: 15 }),
	});
}

function assertInert(root: HTMLElement): void {
	for (const el of Array.from(root.querySelectorAll("*"))) {
		expect(ALLOWED.has(el.tagName.toLowerCase()), `<${el.tagName.toLowerCase()}> came from note text`).toBe(true);
		for (const attr of Array.from(el.attributes)) {
			expect(attr.name.startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
			expect(
				["class", "href", "data-callout", "style", "title", "id"].includes(attr.name),
				`${el.tagName} has ${attr.name}`,
			).toBe(true);
			if (attr.name === "href")
				expect(attr.value, `${el.tagName} href`).toMatch(/^(?:\/notes\/|https?:|mailto:|#)/);
			if (attr.name === "style") expect(attr.value).toMatch(/^text-align:(?:left|right|center)$/);
		}
	}
}

async function untilPwned(maxFrames: number): Promise<void> {
	for (let i = 0; i < maxFrames && window.__pwned === 0; i++) await frames(1);
}

describe("garden pages on the Digital Garden site (raw HTML on)", () => {
	let holder: HTMLElement | null = null;
	beforeEach(() => {
		window.__pwned = 0;
		window.pwn = () => {
			window.__pwned++;
		};
	});
	afterEach(() => {
		holder?.remove();
		holder = null;
	});

	it("control: a payload that reaches the site unescaped runs (the renderer is faithful)", async () => {
		holder = document.body.createDiv();
		const html = renderLikeDigitalGarden(`- **1917** — x · [[fmtitle|${IMG}]]\n\npara ${ATTR}\n`);
		expect(html).toContain("<img");
		const page = insertSiteHtml(holder, html);
		expect(page.querySelector("img")).not.toBeNull();
		expect(page.querySelector("p[onclick]")).not.toBeNull();
		await untilPwned(120);
		expect(window.__pwned).toBeGreaterThan(0);
	});

	for (const mermaid of [false, true]) {
		it(`every generated page is inert${mermaid ? " (with the Mermaid block)" : ""}`, async () => {
			const pages = gardenPages(mermaid);
			// Index, timeline, quotes, per-course pages and the quiz of the brief with enough good questions (the
			// quiz gate gives no quiz page to a brief of one event).
			expect(pages.length).toBeGreaterThanOrEqual(8);
			expect(pages.some((p) => p.path.includes("/Quizzes/"))).toBe(true);
			holder = document.body.createDiv();
			for (const p of pages) insertSiteHtml(holder, renderLikeDigitalGarden(p.content));
			// The hostile text is on the page as characters.
			const text = holder.textContent ?? "";
			expect(text).toContain("<img src=x onerror=pwn()>");
			expect(text).toContain("<svg onload=pwn()>");
			expect(text).toContain("<script>pwn()</script>");
			expect(text).toContain("{onclick=pwn()");
			expect(text).toContain("$5");
			// The site's callout transform ran: a quote callout with the (escaped) speaker as its title.
			const titles = Array.from(
				holder.querySelectorAll("div.admonition[data-callout=quote] > .admonition-title"),
				(t) => t.textContent ?? "",
			);
			expect(titles.some((t) => t.includes("<svg onload=pwn()>"))).toBe(true);
			assertInert(holder);
			for (const el of Array.from(holder.querySelectorAll<HTMLElement>("*"))) {
				el.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
				if (el.tagName !== "A") el.click();
			}
			await frames(5);
			expect(window.__pwned, "a hostile handler ran").toBe(0);
		});
	}
});
