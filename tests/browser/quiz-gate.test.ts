/// <reference types="vite/client" />
/**
 * Questions made by the real generator and gate (our student-style briefs), shown in the quiz view and on a
 * garden page in Chromium, and screenshotted: a match question (numbered terms, lettered definitions), order
 * feedback with the full dated sentences, a range question, and a garden quiz page.
 */
import { load } from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { WorkspaceLeaf, type App } from "obsidian";
import "./helpers/obsidian-theme.css";
import "../../src/ui/quiz/quiz.css";
import "../../src/ui/quiz/quiz-feedback.css";
import "./garden-page.css";
import { parseBrief } from "../../src/core/brief";
import type { Brief } from "../../src/core/model";
import { buildGardenPages, gardenQuizFor, makeResolver } from "../../src/core/garden";
import { allQuestions, checkAnswer } from "../../src/core/quiz";
import type { Question } from "../../src/core/quiz/types";
import { QuizView } from "../../src/ui/quiz/view";
import { renderMarkdown } from "./garden-markdown";
import { makeHost } from "./quiz-fixtures";

const SHOTS = "../screenshots";
const TODAY = { year: 2026, month: 12, day: 4 };
const RAW = import.meta.glob<string>("../fixtures/quiz-golden/briefs/**/*.md", {
	query: "?raw",
	import: "default",
	eager: true,
});
const briefs: Brief[] = Object.entries(RAW).map(([k, text]) =>
	parseBrief({ path: k.replace("../fixtures/quiz-golden/briefs/", ""), text }, { parseYaml: load }),
);
const byTitle = (t: string) => briefs.find((b) => b.title.startsWith(t))!;
const siblingsOf = (b: Brief) => briefs.filter((s) => s.path !== b.path && s.course === b.course);
const pool = (b: Brief, seed = 1) =>
	[...allQuestions(b, { seed, today: TODAY, siblings: siblingsOf(b) }).values()].flat();

let frame: HTMLElement;
beforeEach(() => {
	document.body.empty();
	document.body.classList.add("theme-light");
	frame = document.body.createDiv({ cls: "sb-test-frame" });
	frame.setCssStyles({ width: "720px", height: "760px", overflow: "auto" });
});
afterEach(async () => {
	document.body.empty();
	await page.viewport(1000, 760);
});

async function show(q: Question, title: string, extra: Brief[] = []): Promise<HTMLElement> {
	const host = makeHost([...briefs, ...extra]);
	const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
	const leaf = new LeafCtor(host.app);
	const view = new QuizView(leaf, host, { generate: () => ({ title, questions: [q] }), check: checkAnswer });
	frame.appendChild(view.containerEl);
	await leaf.open(view);
	await view.start({ kind: "brief", path: q.briefPath });
	return view.contentEl;
}

describe("generated questions in the quiz view", () => {
	it("match: numbered terms, lettered definitions, the Brief › Heading line", async () => {
		const athens = byTitle("Athens");
		const q = pool(athens).find((x) => x.kind === "match")!;
		expect(q).toBeDefined();
		const root = await show(q, athens.title);
		expect(root.querySelector(".sb-quiz-where")!.textContent).toBe("Athens and the Persian Wars › Key Facts");
		const lefts = [...root.querySelectorAll(".sb-quiz-match-left .sb-quiz-key")].map((e) => e.textContent);
		const rights = [...root.querySelectorAll(".sb-quiz-match-right .sb-quiz-key")].map((e) => e.textContent);
		expect(lefts).toEqual(["1", "2", "3", "4"]);
		expect(rights).toEqual(["A", "B", "C", "D"]);
		expect(root.textContent).not.toMatch(/(?<!_)___(?!_)/);
		await page.screenshot({ path: `${SHOTS}/quiz-gate-match.png`, element: frame });
	});

	it("order feedback lists every sentence in full with its date", async () => {
		const war = byTitle("The Thirty Years");
		const q = pool(war).find((x) => x.kind === "order")!;
		const root = await show(q, war.title);
		// Answer in the shown (wrong) order, then read the feedback.
		root.querySelector<HTMLButtonElement>(".sb-quiz-order .sb-quiz-submit")!.click();
		await new Promise<void>((r) => requestAnimationFrame(() => r()));
		const rows = [...root.querySelectorAll(".sb-quiz-answer-dated li")];
		expect(rows).toHaveLength(q.items!.length);
		for (const [i, li] of rows.entries()) {
			expect(li.querySelector(".sb-quiz-answer-date")!.textContent).toBe(q.reveal![i].split(" — ")[0]);
			expect(li.textContent).not.toContain("____");
		}
		await page.screenshot({ path: `${SHOTS}/quiz-gate-order-feedback.png`, element: frame });
	});

	it("a range asked as a range: every option is a range", async () => {
		const RAW_EX = import.meta.glob<string>("../../examples/vault/Roman Republic/*.md", {
			query: "?raw",
			import: "default",
			eager: true,
		});
		const fall = Object.entries(RAW_EX)
			.map(([k, text]) => parseBrief({ path: k.replace("../../examples/vault/", ""), text }, { parseYaml: load }))
			.find((b) => b.title === "The Fall of the Republic")!;
		const q = [...allQuestions(fall, { seed: 2, today: TODAY }).values()].flat().find((x) => x.answer === "82–79")!;
		expect(q.options!.every((o) => /^\d+–\d+$/.test(o))).toBe(true);
		const root = await show(q, fall.title, [fall]);
		expect(root.querySelector(".sb-quiz-prompt")!.textContent).toContain("ruled as dictator from");
		await page.screenshot({ path: `${SHOTS}/quiz-gate-range.png`, element: frame });
	});
});

describe("a garden quiz page made through the gate", () => {
	it("shows the questions open with their choices, match terms listed, answers folded", async () => {
		const notes = briefs.map((b) => ({ path: b.path, publish: b.publish, hidden: b.hidden, exists: true }));
		const out = buildGardenPages({
			briefs,
			notes,
			resolveLink: makeResolver(briefs.map((b) => b.path)),
			options: { folder: "Study pages", publishKey: "dg-publish" },
			quizFor: gardenQuizFor(10, TODAY),
		});
		const quiz = out.find((p) => p.kind === "quiz" && p.path.includes("Athens"))!;
		document.body.empty();
		const root = renderMarkdown(document.body, quiz.content);
		const questions = [...root.querySelectorAll<HTMLElement>(".callout[data-callout=question]")];
		expect(questions.length).toBeGreaterThan(2);
		for (const q of questions) expect(q.querySelector("details[data-callout=success]")).not.toBeNull();
		await page.viewport(1000, Math.min(6000, Math.ceil(document.body.scrollHeight) + 20));
		await page.screenshot({ path: `${SHOTS}/garden-quiz-gate.png` });
	});
});
