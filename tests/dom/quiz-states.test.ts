/** Quiz view states and session edges in jsdom: idle start, errors, empty quizzes, close mid-feedback, override. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { WorkspaceLeaf, type App } from "obsidian";
import { checkAnswer } from "../../src/core/quiz";
import type { QuizScope } from "../../src/core/quiz/quiz-set";
import { QuizView, VIEW_TYPE_QUIZ } from "../../src/ui/quiz/view";
import type { QuizSet } from "../../src/core/quiz/quiz-set";
import type { AnswerRecord } from "../../src/core/quiz/session";
import { gradeName, type QuizDeps } from "../../src/ui/quiz/types";
import { BRIEF, QUESTIONS, fakeBrief, makeHost } from "../browser/quiz-fixtures";

function key(el: Element, k: string): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
}
/** Waits until `check` passes (polls; never a fixed sleep). The timeout only bounds a failing test. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 5 });

async function open(generate: (scope: QuizScope) => QuizSet | Promise<QuizSet>, scope?: QuizScope) {
	const host = makeHost();
	const recorded: AnswerRecord[] = [];
	const deps: QuizDeps = { generate, check: checkAnswer, record: (a) => void recorded.push(a) };
	const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
	const leaf = new LeafCtor(host.app);
	const view = new QuizView(leaf, host, deps);
	document.body.appendChild(view.containerEl);
	await leaf.open(view);
	if (scope) await view.setState({ scope }, { history: false });
	return { view, leaf, recorded, root: view.contentEl, host };
}

const text = (root: HTMLElement, sel: string) => root.querySelector(sel)?.textContent ?? null;

beforeEach(() => document.body.empty());

describe("quiz view states", () => {
	it("is the study-briefs-quiz view and keeps its scope in the view state", async () => {
		const { view } = await open(() => ({ title: "T", questions: QUESTIONS }), { kind: "brief", path: BRIEF });
		expect(view.getViewType()).toBe(VIEW_TYPE_QUIZ);
		expect(VIEW_TYPE_QUIZ).toBe("study-briefs-quiz");
		expect(view.getState()).toEqual({ scope: { kind: "brief", path: BRIEF } });
		expect(view.getDisplayText()).toBe("Quiz: T");
	});

	it("opened without a scope, offers to quiz the active note", async () => {
		const scopes: QuizScope[] = [];
		const { root } = await open((s) => {
			scopes.push(s);
			return { title: "T", questions: QUESTIONS.slice(0, 1) };
		});
		const btn = root.querySelector<HTMLButtonElement>(".sb-quiz-empty button")!;
		expect(btn.textContent).toBe("Quiz this note");
		btn.click();
		await until(() => expect(root.querySelector(".sb-quiz-card")).not.toBeNull());
		expect(scopes).toEqual([{ kind: "brief", path: BRIEF }]);
	});

	it("shows the generator's reason when there are no questions, and an error when it throws", async () => {
		const empty = await open(
			() => ({ title: "T", questions: [], problem: "T has too little material for a quiz." }),
			{ kind: "brief", path: BRIEF },
		);
		expect(text(empty.root, ".sb-quiz-empty-title")).toBe("No questions");
		expect(text(empty.root, ".sb-quiz-empty-text")).toBe("T has too little material for a quiz.");
		// The failure is expected: its console.error is captured (not printed) and checked.
		const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
		let broken: Awaited<ReturnType<typeof open>>;
		try {
			broken = await open(
				() => {
					throw new Error("boom");
				},
				{ kind: "course", folder: "History" },
			);
			expect(consoleError).toHaveBeenCalledTimes(1);
			expect(consoleError.mock.calls[0]).toEqual([
				"Study Briefs: quiz generation failed",
				expect.objectContaining({ message: "boom" }),
			]);
		} finally {
			consoleError.mockRestore();
		}
		expect(text(broken.root, ".sb-quiz-empty-title")).toBe("The quiz could not be made");
		expect(text(broken.root, ".sb-quiz-empty-text")).toBe("boom");
	});

	it("records the grade override, and the answer still in feedback when the view closes", async () => {
		const { root, leaf, recorded } = await open(() => ({ title: "T", questions: QUESTIONS.slice(0, 2) }), {
			kind: "brief",
			path: BRIEF,
		});
		key(root, "1"); // wrong -> Again
		expect(text(root, ".sb-quiz-grade.sb-is-active")).toContain("Again");
		key(root, "3"); // override: Good
		key(root, "Enter");
		await until(() =>
			expect(recorded.map((r) => [r.question.id, gradeName(r.grade), r.result.grade])).toEqual([
				["q-date-choice", "good", "wrong"],
			]),
		);
		const input = root.querySelector<HTMLInputElement>(".sb-quiz-input")!;
		input.value = "Japanese";
		key(input, "Enter");
		expect(text(root, ".sb-quiz-verdict-text")).toBe("Right");
		leaf.detach();
		await until(() => expect(recorded.map((r) => r.question.id)).toEqual(["q-date-choice", "q-cloze"]));
	});

	it("ignores keys with Ctrl/Cmd/Alt (Obsidian's hotkeys) and single keys typed into the answer field", async () => {
		const { root, recorded } = await open(() => ({ title: "T", questions: QUESTIONS.slice(1, 3) }), {
			kind: "brief",
			path: BRIEF,
		});
		const input = root.querySelector<HTMLInputElement>(".sb-quiz-input")!;
		key(input, "u");
		key(input, "1");
		expect(root.querySelector(".sb-quiz-input")).toBe(input);
		root.dispatchEvent(new KeyboardEvent("keydown", { key: "u", ctrlKey: true, bubbles: true }));
		expect(text(root, ".sb-quiz-count")).toBe("1 / 2");
		key(input, "Enter"); // empty field: nothing happens
		expect(root.querySelector(".sb-quiz-feedback")).toBeNull();
		expect(recorded).toEqual([]);
	});

	it("a quiz tab restored before the index has read its brief starts once the brief is indexed", async () => {
		const host = makeHost([]);
		const listeners: (() => void)[] = [];
		const known = new Map<string, ReturnType<typeof fakeBrief>>();
		host.index.get = (p: string) => known.get(p);
		host.index.onChange = (cb) => {
			listeners.push(cb as () => void);
			return () => listeners.splice(listeners.indexOf(cb as () => void), 1);
		};
		const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
		const leaf = new LeafCtor(host.app);
		const view = new QuizView(leaf, host, {
			generate: () => ({ title: "T", questions: QUESTIONS.slice(0, 2) }),
			check: checkAnswer,
		});
		await leaf.open(view);
		await view.setState({ scope: { kind: "brief", path: BRIEF } }, { history: false });
		expect(text(view.contentEl, ".sb-quiz-empty-title")).toBe("This note is not a brief");
		expect(listeners).toHaveLength(1);
		known.set(BRIEF, fakeBrief(BRIEF, "US recognition"));
		for (const l of [...listeners]) l();
		await until(() => expect(view.contentEl.querySelector(".sb-quiz-card")).not.toBeNull());
		expect(listeners).toHaveLength(0);
	});
});
