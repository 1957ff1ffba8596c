/**
 * The quiz view wired to the real pieces: questions from core/quiz (generateQuiz on our student-style brief
 * "The Thirty Years War" with its course sibling), answers checked by core/quiz checkAnswer, reviews written by ReviewStore into
 * a fake vault. Every question is answered with its own answer, so the checker must say "right".
 */
import { readFileSync, readdirSync } from "node:fs";
import process from "node:process";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { WorkspaceLeaf, type App } from "obsidian";
import { noticeLog } from "../shims/obsidian";
import { createFakeApp } from "../shims/fake-app";
import { parseBrief } from "../../src/core/brief";
import type { Brief } from "../../src/core/model";
import { checkAnswer, generateQuiz } from "../../src/core/quiz";
import type { Question } from "../../src/core/quiz/types";
import { cardIdFor } from "../../src/core/review";
import { DEVICE_ID_KEY } from "../../src/obsidian/device-id";
import { ReviewStore } from "../../src/obsidian/review-store";
import { QuizView } from "../../src/ui/quiz/view";
import { makeHost } from "../browser/quiz-fixtures";

const COURSE = `${process.cwd()}/tests/fixtures/quiz-golden/briefs/Early Modern/`;
const briefs: Brief[] = readdirSync(COURSE)
	.filter((f) => f.endsWith(".md"))
	.map((f) => parseBrief({ path: `Early Modern/${f}`, text: readFileSync(`${COURSE}${f}`, "utf8") }));
const main = briefs.find((b) => b.path.includes("Thirty Years"))!;

function key(el: HTMLElement, k: string): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}
/** Waits until `check` passes (polls; never a fixed sleep). The timeout only bounds a failing test. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 5 });

async function setup(questions: Question[]) {
	const app = createFakeApp();
	(app.vault as unknown as { createFolder: () => Promise<void> }).createFolder = async () => undefined;
	app.saveLocalStorage(DEVICE_ID_KEY, "device-test-1");
	const store = new ReviewStore(app as unknown as App, {
		folder: () => "Study Briefs/reviews",
		now: () => Date.UTC(2026, 10, 28, 12),
	});
	const host = { ...makeHost(briefs), reviewStats: (p: string) => store.stats(p) };
	const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
	const leaf = new LeafCtor(app as unknown as App);
	const view = new QuizView(leaf, host, {
		generate: () => ({ title: main.title, questions }),
		check: checkAnswer,
		record: (a) => store.recordAnswer(a),
		undo: (a) => store.undoAnswer(a),
	});
	document.body.appendChild(view.containerEl);
	await leaf.open(view);
	await view.start({ kind: "brief", path: main.path });
	return { app, store, host, view, root: view.contentEl };
}

const buttons = (root: HTMLElement, sel: string) => Array.from(root.querySelectorAll<HTMLButtonElement>(sel));
const byText = (list: HTMLElement[], text: string) =>
	list.find((b) => b.querySelector(".sb-quiz-option-text")?.textContent === text);

/** Answers the question on screen with its own answer, through the DOM. */
function answerCorrectly(root: HTMLElement, q: Question): void {
	switch (q.kind) {
		case "date-typed":
		case "cloze": {
			const input = root.querySelector<HTMLInputElement>(".sb-quiz-input")!;
			input.value = q.answer;
			key(input, "Enter");
			return;
		}
		case "match":
			for (const p of q.pairs ?? []) {
				byText(buttons(root, ".sb-quiz-match-left"), p.left)!.click();
				byText(buttons(root, ".sb-quiz-match-right"), p.right)!.click();
			}
			root.querySelector<HTMLButtonElement>(".sb-quiz-match .sb-quiz-submit")!.click();
			return;
		case "order": {
			const truth = q.items ?? [];
			for (let target = 0; target < truth.length; target++) {
				const rows = () =>
					Array.from(root.querySelectorAll(".sb-quiz-order-row .sb-quiz-option-text")).map(
						(e) => e.textContent,
					);
				let at = rows().indexOf(truth[target]);
				while (at > target) {
					buttons(root, ".sb-quiz-move-up")[at].click();
					at--;
				}
			}
			root.querySelector<HTMLButtonElement>(".sb-quiz-order .sb-quiz-submit")!.click();
			return;
		}
		default:
			byText(buttons(root, ".sb-quiz-option"), q.answer)!.click();
	}
}

beforeEach(() => {
	document.body.empty();
	noticeLog.length = 0;
});

describe("quiz view with core/quiz and the review store", () => {
	const quizFor = (seed: number) =>
		generateQuiz(main, {
			seed,
			count: 12,
			siblings: briefs.filter((b) => b !== main),
			today: { year: 2026, month: 11, day: 28 },
		});
	// One question per fact: an order and a match question take several facts each, so one short quiz rarely
	// holds every kind. The seed (1-40) whose quiz holds the most of the kinds this test drives, and the first
	// seed whose quiz has an order question, are driven through the DOM (deterministic).
	const wanted = ["date-choice", "date-typed", "match", "order"];
	const seeds = [...Array(40).keys()].map((i) => i + 1);
	const covered = (sd: number) => wanted.filter((k) => quizFor(sd).some((q) => q.kind === k)).length;
	const seed = seeds.reduce((best, sd) => (covered(sd) > covered(best) ? sd : best), 1);
	const questions = quizFor(seed);
	const orderSeed = seeds.find((sd) => quizFor(sd).some((q) => q.kind === "order")) ?? 1;

	it("the example brief makes a mixed quiz", () => {
		// One question per fact: a brief gives as many questions as it has good facts, never padding.
		expect(questions.length).toBeGreaterThanOrEqual(4);
		const kinds = new Set(questions.map((q) => q.kind));
		expect(kinds.size, [...kinds].join()).toBeGreaterThanOrEqual(3);
		// Over the seeds, every kind this test drives appears.
		const all = new Set(seeds.flatMap((sd) => quizFor(sd).map((q) => q.kind)));
		for (const k of wanted) expect(all, k).toContain(k);
	});

	it("answers an order question right through the DOM", async () => {
		const qs = quizFor(orderSeed);
		const { root } = await setup(qs);
		for (const q of qs) {
			expect(root.querySelector(".sb-quiz-card")?.getAttribute("data-id")).toBe(q.id);
			answerCorrectly(root, q);
			expect(root.querySelector(".sb-quiz-verdict-text")?.textContent, `${q.kind}: ${q.prompt}`).toBe("Right");
			key(root, "Enter");
			await until(() =>
				expect(root.querySelector(".sb-quiz-card")?.getAttribute("data-id") ?? "done").not.toBe(q.id),
			);
		}
	});

	it("answers every generated question right through the DOM and logs one review per card", async () => {
		const { root, store, app } = await setup(questions);
		for (const [i, q] of questions.entries()) {
			expect(root.querySelector(".sb-quiz-card")?.getAttribute("data-id")).toBe(q.id);
			answerCorrectly(root, q);
			expect(root.querySelector(".sb-quiz-verdict-text")?.textContent, `${q.kind}: ${q.prompt}`).toBe("Right");
			expect(root.querySelector(".sb-quiz-source-link")?.getAttribute("data-line")).toBe(String(q.source.line));
			key(root, "Enter");
			await until(() =>
				expect(root.querySelector(".sb-quiz-count")?.textContent).toBe(
					i + 1 < questions.length ? `${i + 2} / ${questions.length}` : "Done",
				),
			);
		}
		expect(root.querySelector(".sb-quiz-score-big")?.textContent).toBe(`${questions.length} / ${questions.length}`);
		expect(root.querySelector(".sb-quiz-missed")).toBeNull();
		const cards = questions.map(cardIdFor).filter((c): c is string => !!c);
		const logged = () =>
			(app.vault.textOf(store.path) ?? "")
				.split("\n")
				.filter((l) => l.startsWith("{"))
				.map((l) => (JSON.parse(l) as { card: string }).card);
		// Reviews are written in the background, in order: wait until the last one is in the log.
		await until(() => expect(logged()).toEqual(cards));
		expect(root.querySelector(".sb-quiz-mastery-row")?.textContent).toContain(main.title);
		expect(noticeLog).toEqual([]);
	});

	it("undo after moving on appends an undo event and asks the question again", async () => {
		const withCard = questions.filter((q) => cardIdFor(q)).slice(0, 2);
		const { root, store, app } = await setup(withCard);
		const kinds = () =>
			(app.vault.textOf(store.path) ?? "")
				.split("\n")
				.filter((l) => l.startsWith("{"))
				.map((l) => (JSON.parse(l) as { k: string }).k);
		answerCorrectly(root, withCard[0]);
		key(root, "Enter");
		// Moved on to the second question and the review is written: now undo it.
		await until(() => {
			expect(root.querySelector(".sb-quiz-card")?.getAttribute("data-id")).toBe(withCard[1].id);
			expect(kinds()).toEqual(["review"]);
		});
		key(root, "u");
		await until(() => expect(kinds()).toEqual(["review", "undo"]));
		expect(root.querySelector(".sb-quiz-card")?.getAttribute("data-id")).toBe(withCard[0].id);
		expect(store.states().get(cardIdFor(withCard[0])!)?.history).toEqual([]);
	});

	it("shows why a note that is not a brief cannot be quizzed", async () => {
		const { view: v } = await setup(questions);
		await v.start({ kind: "brief", path: "Inbox/Groceries.md" });
		expect(v.contentEl.querySelector(".sb-quiz-empty-title")?.textContent).toBe("This note is not a brief");
		expect(v.contentEl.querySelector(".sb-quiz-empty-text")?.textContent).toContain("dg-publish");
	});
});
