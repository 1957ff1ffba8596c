/**
 * Hostile text (issue 10): a brief whose quotes, events, titles and callout titles carry <script>,
 * <img onerror>, javascript: links, HTML entities and CSS. The reader keeps what Obsidian's reading view
 * would show — the text, with HTML tags dropped and entities decoded (so `&#x3C;script&#x3E;` becomes
 * the visible text "<script>") — and every view renders it in real Chromium as TEXT: no element from
 * the note is created and no handler fires (the payloads bump a counter; the test fails if it moves).
 * The garden pages go through ./garden-site.ts, the Digital Garden site's own rendering (raw HTML on).
 */
import { load } from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseBrief } from "../../src/core/brief";
import { buildGardenPages, gardenQuizFor, makeResolver } from "../../src/core/garden";
import { checkAnswer, generateQuiz } from "../../src/core/quiz";
import type { Brief } from "../../src/core/model";
import { QuizView } from "../../src/ui/quiz/view";
import { QuoteIndexView } from "../../src/ui/quotes/quote-view";
import { TimelineView } from "../../src/ui/timeline/view";
import { insertSiteHtml, renderLikeDigitalGarden } from "./garden-site";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";
import "./helpers/obsidian-theme.css";
import "../../styles.css";

declare global {
	interface Window {
		__pwned: number;
		pwn: () => void;
	}
}

// A call, not `window.__pwned++`: the reader reads `__…__` as emphasis, which disarmed the old payload itself.
const P = "pwn()";
export const HOSTILE_STRINGS = [
	`<script>${P}</script>`,
	`<img src=x onerror="${P}">`,
	`<svg onload="${P}"></svg>`,
	`<a href="javascript:${P}">click</a>`,
	`[click me](javascript:${P})`,
	`<iframe src="javascript:${P}"></iframe>`,
	`&lt;b&gt;entity&lt;/b&gt; &amp; &#x3C;script&#x3E;`,
	`<style>body{display:none}</style>`,
	`<div style="background:url(javascript:${P})">css</div>`,
	`"><script>${P}</script>`,
	`{{constructor.constructor('${P}')()}}`,
];

const NOTE = `---
dg-publish: true
tags: [hostile]
---

## <img src=x onerror="${P}"> Hostile brief, 1933

**Main Themes:**

- <script>${P}</script> theme

**Most Important Ideas/Facts:**

- **<b onmouseover="${P}">Term</b>:** In 1917 <script>${P}</script> happened.
- **Javascript link:** In March 1918 [click](javascript:${P}) was signed.
- **Entities:** By 1921 &lt;script&gt;alert(1)&lt;/script&gt; appeared &amp; more.

**Key Quotes:**

${HOSTILE_STRINGS.map((s, i) => `- "Quote ${i} in ${1900 + i}: ${s}" — <img src=x onerror="${P}">Speaker ${i}`).join("\n")}

> [!quote] <svg onload="${P}"></svg> Callout speaker
> <style>body{display:none}</style> In 44 BC a <script>${P}</script> quote.

In 1939 <iframe src="javascript:${P}"></iframe> the pact was signed.
`;

function hostileBrief(): Brief {
	return parseBrief({ path: "Hostile/<script>.md", text: NOTE }, { parseYaml: load });
}

/** No element that could run or load anything came from the note. */
function assertInert(root: HTMLElement): void {
	expect(root.querySelectorAll("script, iframe, img, svg[onload], style, object, embed").length).toBe(0);
	for (const el of Array.from(root.querySelectorAll("*"))) {
		for (const attr of Array.from(el.attributes)) {
			expect(attr.name.startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
			expect(/^\s*javascript:/i.test(attr.value), `${el.tagName} ${attr.name}=${attr.value}`).toBe(false);
		}
	}
}

describe("hostile text is shown as text and never runs", () => {
	let mounted: Mounted<TimelineView | QuoteIndexView | QuizView> | null = null;
	beforeEach(() => {
		window.__pwned = 0;
		window.pwn = () => {
			window.__pwned++;
		};
	});
	afterEach(async () => {
		await mounted?.unmount();
		mounted = null;
		await frames(2);
		expect(window.__pwned, "a hostile handler ran").toBe(0);
	});

	it("the reader keeps the hostile text as text", () => {
		const b = hostileBrief();
		expect(b.quotes.length).toBeGreaterThanOrEqual(HOSTILE_STRINGS.length);
		expect(b.events.length).toBeGreaterThan(3);
		// Tags are markup (dropped, as Obsidian renders them); entities decode to visible text.
		expect(JSON.stringify(b.quotes)).toContain("<script>");
		expect(JSON.stringify(b.quotes)).toContain("<b>entity</b>");
	});

	it("timeline view", async () => {
		const host = new TestHost([hostileBrief()]);
		mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { height: 900 });
		await frames(3);
		const root = mounted.view.containerEl;
		expect(root.textContent).toContain("<script>");
		assertInert(root);
		for (const row of Array.from(root.querySelectorAll<HTMLElement>("[role=option], [role=listitem]")).slice(
			0,
			5,
		)) {
			row.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
			row.click();
		}
		await frames(2);
		assertInert(root);
	});

	it("quote panel", async () => {
		const host = new TestHost([hostileBrief()]);
		mounted = await mountView(host, (leaf) => new QuoteIndexView(leaf, host), { width: 360, height: 1400 });
		await frames(3);
		const root = mounted.view.containerEl;
		// The decoded entities are on screen as characters, not elements.
		expect(root.textContent).toContain("<b>entity</b>");
		expect(root.textContent).toContain("<script>");
		assertInert(root);
	});

	it("quiz view", async () => {
		const brief = hostileBrief();
		const host = new TestHost([brief]);
		const questions = generateQuiz(brief, { seed: 7, count: 10, today: { year: 2026, month: 1, day: 15 } });
		expect(questions.length).toBeGreaterThan(2);
		mounted = await mountView(
			host,
			(leaf) =>
				new QuizView(leaf, host, { generate: () => ({ title: brief.title, questions }), check: checkAnswer }),
			{ width: 700, height: 800 },
		);
		await (mounted.view as QuizView).start({ kind: "brief", path: brief.path });
		await frames(2);
		const root = mounted.view.containerEl;
		expect(root.textContent).toContain("Hostile brief");
		assertInert(root);
	});

	it("garden pages as the Digital Garden site renders them (raw HTML on)", async () => {
		const brief = hostileBrief();
		const pages = buildGardenPages({
			briefs: [brief],
			notes: [{ path: brief.path, publish: true, hidden: false, exists: true }],
			resolveLink: makeResolver([brief.path]),
			options: { folder: "Study pages", publishKey: "dg-publish", mermaid: false },
			quizFor: gardenQuizFor(10, { year: 2026, month: 1, day: 15 }),
		});
		const holder = document.body.createDiv();
		for (const p of pages) insertSiteHtml(holder, renderLikeDigitalGarden(p.content));
		await frames(2);
		expect(holder.textContent).toContain("<script>");
		assertInert(holder);
		holder.remove();
	});
});
