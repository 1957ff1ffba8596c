/// <reference types="vite/client" />
/**
 * The generated garden pages of the example vault, rendered in real Chromium by a tiny Markdown renderer
 * (Obsidian reading-view rules for what the pages use) and screenshotted.
 */
import { load } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { parseBrief } from "../../src/core/brief";
import { buildGardenPages, gardenQuizFor, makeResolver, type GardenPage } from "../../src/core/garden";
import { renderMarkdown } from "./garden-markdown";
import "./garden-page.css";

const RAW = import.meta.glob<string>("../../examples/vault/**/*.md", { query: "?raw", import: "default", eager: true });

function exampleVault() {
	const files = Object.entries(RAW).map(([k, text]) => ({ path: k.replace("../../examples/vault/", ""), text }));
	const briefs = files.map((f) => parseBrief({ path: f.path, text: f.text }, { parseYaml: load }));
	const notes = briefs.map((b) => ({ path: b.path, publish: b.publish, hidden: b.hidden, exists: true }));
	const unpublishedText = files.filter((f, i) => !briefs[i].publish).map((f) => f.text);
	return { files, briefs, notes, resolve: makeResolver(files.map((f) => f.path)), unpublishedText };
}

function pages(mermaid = false): { pages: GardenPage[]; vault: ReturnType<typeof exampleVault> } {
	const vault = exampleVault();
	const out = buildGardenPages({
		briefs: vault.briefs,
		notes: vault.notes,
		resolveLink: vault.resolve,
		options: { folder: "Study pages", publishKey: "dg-publish", mermaid },
		quizFor: gardenQuizFor(6, { year: 2026, month: 11, day: 28 }),
	});
	return { pages: out, vault };
}

function mount(markdown: string): HTMLElement {
	document.body.empty();
	return renderMarkdown(document.body, markdown);
}

/** The test iframe paints only its viewport: grow it to the page, then screenshot the page. */
async function shoot(name: string): Promise<void> {
	await page.viewport(1000, Math.min(6000, Math.ceil(document.body.scrollHeight) + 20));
	await page.screenshot({ path: `../screenshots/${name}.png` });
}

afterEach(async () => {
	document.body.empty();
	await page.viewport(1000, 760);
});

describe("garden pages in the reading view", () => {
	it("timeline: title, century headings in order, each event a list item linking a published brief", async () => {
		const { pages: all, vault } = pages();
		const timeline = all.find((p) => p.kind === "timeline")!;
		const root = mount(timeline.content);
		expect(root.querySelector("h1")!.textContent).toBe("Timeline");
		const h2 = [...root.querySelectorAll("h2")].map((h) => h.textContent);
		expect(h2).toEqual([
			"8th century BC",
			"3rd century BC",
			"2nd century BC",
			"1st century BC",
			"1st century",
			"20th century",
		]);
		expect([...root.querySelectorAll("h3")].map((h) => h.textContent)).toContain("1930s");
		const items = root.querySelectorAll("li");
		expect(items.length).toBeGreaterThan(20);
		const published = new Set(vault.notes.filter((n) => n.publish).map((n) => n.path));
		const links = [...root.querySelectorAll<HTMLAnchorElement>("a.internal-link")];
		expect(links.length).toBe(items.length);
		for (const a of links)
			expect(published.has(vault.resolve(a.dataset.href!, "Study pages/Timeline.md") ?? "")).toBe(true);
		expect(root.querySelector("li strong")!.textContent).toBe("753 BC");
		for (const text of vault.unpublishedText) {
			const line = text.split("\n").find((l) => l.trim().length > 30 && !l.startsWith("---"));
			if (line) expect(root.textContent).not.toContain(line.trim());
		}
		await shoot("garden-timeline");
		// A readable close-up of the crowded 20th century (split into decades).
		await page.viewport(1000, 760);
		[...root.querySelectorAll("h2")].at(-1)!.scrollIntoView();
		await page.screenshot({ path: "../screenshots/garden-timeline-20th.png" });
	});

	it("key quotes: one quote callout per quote, with its speaker and a link to its brief", async () => {
		const { pages: all, vault } = pages();
		const root = mount(all.find((p) => p.kind === "quotes")!.content);
		const callouts = root.querySelectorAll(".callout[data-callout=quote]");
		const quoteCount = vault.briefs.filter((b) => b.publish).reduce((n, b) => n + b.quotes.length, 0);
		expect(callouts.length).toBe(quoteCount);
		// Briefs in path order: the French example brief (Histoire/) first, then the Roman Republic.
		expect(callouts[0].querySelector(".callout-title")!.textContent).toContain("Philippe Pétain");
		expect(
			[...callouts]
				.find(
					(c) =>
						c.querySelector(".callout-content a.internal-link")?.textContent === "The Fall of the Republic",
				)
				?.querySelector(".callout-title")?.textContent,
		).toContain("Julius Caesar");
		for (const c of callouts) expect(c.querySelector(".callout-content a.internal-link")).not.toBeNull();
		await shoot("garden-quotes");
	});

	it("quiz: open question callouts with their choices, only the answer folded; opening shows it", async () => {
		const { pages: all } = pages();
		const quiz = all.find((p) => p.path.endsWith("The Fall of the Republic - quiz.md"))!;
		const root = mount(quiz.content);
		const questions = [...root.querySelectorAll<HTMLElement>(".callout[data-callout=question]")];
		expect(questions.length).toBeGreaterThan(2);
		for (const q of questions) {
			expect(q.tagName).toBe("DIV");
			expect(q.querySelector("details.callout[data-callout=success]")).not.toBeNull();
		}
		const answer = questions[0].querySelector<HTMLDetailsElement>("details[data-callout=success]")!;
		expect(answer.querySelector(".callout-content")!.checkVisibility()).toBe(false);
		answer.open = true;
		expect(answer.querySelector(".callout-content")!.checkVisibility()).toBe(true);
		expect(answer.querySelector(".callout-content")!.textContent.trim().length).toBeGreaterThan(0);
		await shoot("garden-quiz");
	});

	it("index: a table with escaped pipes renders one link per cell, Mermaid stays a code block", async () => {
		const { pages: all } = pages(true);
		const root = mount(all[0].content);
		// Row 0 is the French example brief (Histoire/), row 1 The Fall of the Republic.
		const firstRow = root.querySelectorAll("tbody tr")[2];
		const cells = [...firstRow.querySelectorAll("td")];
		expect(cells).toHaveLength(5);
		expect(cells[0].querySelector("a")!.textContent).toBe("The Punic Wars, 264–146 BC");
		expect(cells[4].querySelector("a")!.textContent).toBe("Quiz");
		const tl = mount(all[1].content);
		expect(tl.querySelector("pre.language-mermaid")!.textContent.startsWith("timeline\n    title Timeline\n")).toBe(
			true,
		);
	});
});
