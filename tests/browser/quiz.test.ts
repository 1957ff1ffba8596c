import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { WorkspaceLeaf, type App } from "obsidian";
import "./helpers/obsidian-theme.css";
import "../../src/ui/quiz/quiz.css";
import "../../src/ui/quiz/quiz-feedback.css";
import type { Question } from "../../src/core/quiz/types";
import type { QuizScope } from "../../src/core/quiz/quiz-set";
import { QuizView } from "../../src/ui/quiz/view";
import type { AnswerRecord } from "../../src/core/quiz/session";
import { gradeName, type QuizDeps } from "../../src/ui/quiz/types";
import { checkAnswer } from "../../src/core/quiz";
import { BRIEF, QUESTIONS, makeHost, type TestHost } from "./quiz-fixtures";

const SHOTS = "../screenshots";
let frame: HTMLElement;

interface Mounted {
	view: QuizView;
	host: TestHost;
	leaf: WorkspaceLeaf;
	recorded: AnswerRecord[];
	undone: AnswerRecord[];
	root: HTMLElement;
}

async function mount(
	questions: Question[] = QUESTIONS,
	scope: QuizScope = { kind: "brief", path: BRIEF },
): Promise<Mounted> {
	const host = makeHost();
	const recorded: AnswerRecord[] = [];
	const undone: AnswerRecord[] = [];
	const deps: QuizDeps = {
		generate: () => ({ title: "US recognition of the Soviet Union (1933)", questions }),
		check: checkAnswer,
		record: (a) => void recorded.push(a),
		undo: (a) => void undone.push(a),
	};
	const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
	const leaf = new LeafCtor(host.app);
	const view = new QuizView(leaf, host, deps);
	frame.appendChild(view.containerEl);
	await leaf.open(view);
	await view.start(scope);
	return { view, host, leaf, recorded, undone, root: view.contentEl };
}

const $ = <T extends HTMLElement = HTMLElement>(root: HTMLElement, sel: string): T => {
	const el = root.querySelector<T>(sel);
	if (!el) throw new Error(`no ${sel} in ${root.textContent?.slice(0, 200) ?? ""}`);
	return el;
};
const $$ = (root: HTMLElement, sel: string) => Array.from(root.querySelectorAll<HTMLElement>(sel));
const kind = (root: HTMLElement) => $(root, ".sb-quiz-card").dataset.kind;
const verdict = (root: HTMLElement) => $(root, ".sb-quiz-verdict-text").textContent;
const buttonWith = (root: HTMLElement, text: string) => {
	const b = $$(root, "button").find((el) => el.textContent?.includes(text));
	if (!b) throw new Error(`no button "${text}"`);
	return b;
};

function setTheme(theme: "light" | "dark") {
	document.body.classList.remove("theme-light", "theme-dark");
	document.body.classList.add(`theme-${theme}`);
}

beforeEach(() => {
	setTheme("light");
	frame = document.body.createDiv();
	frame.setCssStyles({ width: "700px", padding: "0", background: "var(--background-primary)" });
});

afterEach(() => {
	frame.remove();
});

describe("quiz view in Chromium", () => {
	it("runs a full quiz by keyboard alone: digits, typing a year, match and order keys, Enter", async () => {
		const m = await mount();
		const { root } = m;
		// 1 date-choice: "2" picks 1933.
		expect(kind(root)).toBe("date-choice");
		const fill = () =>
			$(root, ".sb-quiz-progress-fill").getBoundingClientRect().width /
			$(root, ".sb-quiz-progress").getBoundingClientRect().width;
		expect(fill()).toBe(0);
		await userEvent.keyboard("2");
		expect(verdict(root)).toBe("Right");
		// The bar animates (CSS transition): wait until it has arrived.
		await expect.poll(fill, { timeout: 5000 }).toBeCloseTo(1 / 8, 2);
		await userEvent.keyboard("{Enter}");
		// 2 cloze: the field has focus; single keys are typing, not shortcuts ("u" is not undo here).
		expect(kind(root)).toBe("cloze");
		expect(document.activeElement?.classList.contains("sb-quiz-input")).toBe(true);
		await userEvent.keyboard("Japanese{Enter}");
		expect(verdict(root)).toBe("Right");
		expect(root.querySelector(".sb-quiz-blank.sb-is-filled")?.textContent).toBe("Japanese");
		await userEvent.keyboard("{Enter}");
		// 3 date-typed: off by one -> close (Hard).
		expect(kind(root)).toBe("date-typed");
		await userEvent.keyboard("1918{Enter}");
		expect(verdict(root)).toBe("Close");
		expect($(root, ".sb-quiz-grade.sb-is-active").dataset.rating).toBe("hard");
		await userEvent.keyboard("{Enter}");
		// 4 term-choice: "1" is wrong.
		expect(kind(root)).toBe("term-choice");
		await userEvent.keyboard("1");
		expect(verdict(root)).toBe("Wrong");
		expect($(root, ".sb-quiz-answer-text").textContent).toBe("Litvinov Assignment");
		await userEvent.keyboard("4"); // override: Easy
		expect($(root, ".sb-quiz-grade.sb-is-active").dataset.rating).toBe("easy");
		await userEvent.keyboard("{Enter}");
		// 5 true-false: "2" = False.
		expect(kind(root)).toBe("true-false");
		await userEvent.keyboard("2{Enter}");
		// 6 match: options are C, D, A, B in the fixture; term 1 is selected first.
		expect(kind(root)).toBe("match");
		await userEvent.keyboard("c");
		await userEvent.keyboard("d");
		await userEvent.keyboard("a");
		await userEvent.keyboard("b");
		expect($$(root, ".sb-quiz-match-left.sb-is-paired")).toHaveLength(4);
		await userEvent.keyboard("{Enter}");
		expect(verdict(root)).toBe("Right");
		await userEvent.keyboard("{Enter}");
		// 7 order: shown 1922, 1917, 1939, 1933 -> pick row 2 and move it up; row 4 up.
		expect(kind(root)).toBe("order");
		await userEvent.keyboard("2{ArrowUp}4{ArrowUp}{Enter}");
		expect(verdict(root)).toBe("Right");
		await userEvent.keyboard("{Enter}");
		// 8 which-brief.
		expect(kind(root)).toBe("which-brief");
		await userEvent.keyboard("2{Enter}");
		// End screen.
		expect($(root, ".sb-quiz-score-big").textContent).toBe("6 / 8");
		expect(m.recorded.map((r) => gradeName(r.grade))).toEqual([
			"good",
			"good",
			"hard",
			"easy",
			"good",
			"good",
			"good",
			"good",
		]);
		expect($$(root, ".sb-quiz-missed-item")).toHaveLength(2);
		// "R" retries the two missed questions.
		await userEvent.keyboard("r");
		expect($(root, ".sb-quiz-count").textContent).toBe("1 / 2");
		expect(kind(root)).toBe("date-typed");
	});

	it("runs a full quiz by clicks, opens the source from the feedback, and shows the end screen", async () => {
		const m = await mount();
		const { root, host } = m;
		await userEvent.click(buttonWith(root, "1936"));
		expect(verdict(root)).toBe("Wrong");
		expect($(root, ".sb-quiz-answer-text").textContent).toBe("1933");
		expect($(root, ".sb-quiz-context-text").textContent).toContain("November 1933");
		expect($(root, ".sb-quiz-option.sb-is-correct").textContent).toContain("1933");
		expect($(root, ".sb-quiz-option.sb-is-wrong").textContent).toContain("1936");
		await userEvent.click($(root, ".sb-quiz-source-link"));
		expect(host.opened).toEqual([{ ref: { path: BRIEF, line: 27 }, mode: "tab" }]);
		await userEvent.click($(root, ".sb-quiz-continue"));
		await userEvent.fill($(root, ".sb-quiz-input"), "japanese");
		await userEvent.click($(root, ".sb-quiz-submit"));
		expect(verdict(root)).toBe("Right");
		await userEvent.click($(root, ".sb-quiz-continue"));
		await userEvent.fill($(root, ".sb-quiz-input"), "1917");
		await userEvent.click($(root, ".sb-quiz-submit"));
		await userEvent.click($(root, ".sb-quiz-continue"));
		await userEvent.click(buttonWith(root, "Litvinov Assignment"));
		await userEvent.click($(root, ".sb-quiz-continue"));
		await userEvent.click(buttonWith(root, "False"));
		await userEvent.click($(root, ".sb-quiz-continue"));
		// match by clicks: term, then its definition.
		const pairs = QUESTIONS[5].pairs!;
		for (const p of pairs) {
			await userEvent.click($$(root, ".sb-quiz-match-left").find((b) => b.textContent?.includes(p.left))!);
			await userEvent.click($$(root, ".sb-quiz-match-right").find((b) => b.textContent?.includes(p.right))!);
		}
		await userEvent.click($(root, ".sb-quiz-match .sb-quiz-submit"));
		expect(verdict(root)).toBe("Right");
		await userEvent.click($(root, ".sb-quiz-continue"));
		// order by the move buttons: 1922,1917,1939,1933 -> up on row 2, up on row 4.
		await userEvent.click($$(root, ".sb-quiz-move-up")[1]);
		await userEvent.click($$(root, ".sb-quiz-move-up")[3]);
		await userEvent.click($(root, ".sb-quiz-order .sb-quiz-submit"));
		expect(verdict(root)).toBe("Right");
		await userEvent.click($(root, ".sb-quiz-continue"));
		await userEvent.click(buttonWith(root, "Stalin's five-year plans"));
		expect($(root, ".sb-quiz-continue").textContent).toContain("See results");
		await userEvent.click($(root, ".sb-quiz-continue"));
		expect($(root, ".sb-quiz-score-big").textContent).toBe("6 / 8");
		const missed = $$(root, ".sb-quiz-missed-item");
		expect(missed.map((li) => li.querySelector(".sb-quiz-missed-prompt")?.textContent)).toEqual([
			QUESTIONS[0].prompt,
			QUESTIONS[7].prompt,
		]);
		await userEvent.click(missed[1].querySelector<HTMLElement>(".sb-quiz-source-link")!);
		expect(host.opened[1].ref).toEqual({ path: BRIEF, line: 33 });
		const mastery = $(root, ".sb-quiz-mastery-row");
		expect(mastery.textContent).toContain("42% mastered");
		expect(mastery.textContent).toContain("3 due");
		await userEvent.click(buttonWith(root, "Retry missed (2)"));
		expect($(root, ".sb-quiz-count").textContent).toBe("1 / 2");
		expect(kind(root)).toBe("date-choice");
	});

	it("undoes the last answer with U, before and after moving on", async () => {
		const m = await mount();
		const { root } = m;
		await userEvent.keyboard("1");
		expect(verdict(root)).toBe("Wrong");
		await userEvent.keyboard("u");
		expect(root.querySelector(".sb-quiz-feedback")).toBeNull();
		await userEvent.keyboard("2{Enter}");
		expect(m.recorded).toHaveLength(1);
		expect(kind(root)).toBe("cloze");
		(document.activeElement as HTMLElement).blur();
		root.focus();
		await userEvent.keyboard("u");
		expect(kind(root)).toBe("date-choice");
		expect(m.undone.map((a) => a.question.id)).toEqual(["q-date-choice"]);
		// Touch: the header's Undo button does the same.
		expect(root.querySelector(".sb-quiz-undo")).toBeNull();
		await userEvent.keyboard("2");
		await userEvent.click($(root, ".sb-quiz-undo"));
		expect(root.querySelector(".sb-quiz-feedback")).toBeNull();
		expect(kind(root)).toBe("date-choice");
	});

	it("scrolls the feedback into view in a short pane, and the next question back to the top", async () => {
		frame.setCssStyles({ height: "380px" });
		const m = await mount();
		expect(m.root.scrollTop).toBe(0);
		await userEvent.keyboard("1");
		const box = $(m.root, ".sb-quiz-feedback").getBoundingClientRect();
		const pane = m.root.getBoundingClientRect();
		expect(m.root.scrollTop).toBeGreaterThan(0);
		expect(box.top).toBeLessThan(pane.bottom);
		expect(box.bottom).toBeGreaterThan(pane.top);
		await userEvent.keyboard("{Enter}");
		expect(kind(m.root)).toBe("cloze");
		expect(m.root.scrollTop).toBe(0);
	});

	it("Esc leaves a text field first, then closes the view", async () => {
		const m = await mount(QUESTIONS.slice(1, 2));
		expect(document.activeElement?.classList.contains("sb-quiz-input")).toBe(true);
		await userEvent.keyboard("{Escape}");
		expect(m.leaf.view).toBe(m.view);
		expect(document.activeElement?.classList.contains("sb-quiz-input")).toBe(false);
		await userEvent.keyboard("{Escape}");
		expect(m.leaf.view).toBeNull();
	});

	it("explains a note that is not a brief", async () => {
		const m = await mount(QUESTIONS, { kind: "brief", path: "Inbox/Shopping list.md" });
		expect($(m.root, ".sb-quiz-empty-title").textContent).toBe("This note is not a brief");
		expect($(m.root, ".sb-quiz-empty-text").textContent).toContain("dg-publish: true");
		expect(m.root.querySelector(".sb-quiz-card")).toBeNull();
	});

	it("keeps touch targets at least 44px and wraps long options inside a 360px phone width", async () => {
		frame.setCssStyles({ width: "360px" });
		const long = {
			...QUESTIONS[3],
			options: QUESTIONS[3].options!.map((o, i) => (i === 1 ? `${o} `.repeat(8).trim() : o)),
		};
		const m = await mount([long]);
		for (const b of $$(m.root, ".sb-quiz-option")) {
			const r = b.getBoundingClientRect();
			expect(r.height).toBeGreaterThanOrEqual(44);
			expect(b.scrollWidth).toBeLessThanOrEqual(b.clientWidth + 1);
			expect(r.right).toBeLessThanOrEqual(frame.getBoundingClientRect().right + 0.5);
		}
		const tall = $$(m.root, ".sb-quiz-option")[1].getBoundingClientRect().height;
		expect(tall).toBeGreaterThan(60);
		expect($$(m.root, ".sb-quiz-option .sb-quiz-key").map((k) => k.textContent)).toEqual(["1", "2", "3", "4"]);
		// On a phone (Obsidian sets body.is-phone) there is no keyboard: the key hints go.
		document.body.classList.add("is-phone");
		try {
			expect(getComputedStyle($(m.root, ".sb-quiz-option .sb-quiz-key")).display).toBe("none");
		} finally {
			document.body.classList.remove("is-phone");
		}
		expect(getComputedStyle($(m.root, ".sb-quiz-option .sb-quiz-key")).display).not.toBe("none");
	});

	it("screenshots the typed, match and order questions, and a phone-width question", async () => {
		const m = await mount([QUESTIONS[1], QUESTIONS[5], QUESTIONS[6]]);
		await userEvent.keyboard("Japanes");
		await page.screenshot({ path: `${SHOTS}/quiz-cloze-light.png`, element: frame });
		await userEvent.keyboard("{Enter}");
		expect(verdict(m.root)).toBe("Close");
		await page.screenshot({ path: `${SHOTS}/quiz-cloze-feedback-light.png`, element: frame });
		(document.activeElement as HTMLElement | null)?.blur();
		m.root.focus();
		await userEvent.keyboard("{Enter}");
		await userEvent.keyboard("cd");
		await page.screenshot({ path: `${SHOTS}/quiz-match-light.png`, element: frame });
		await userEvent.keyboard("ab{Enter}{Enter}");
		expect(kind(m.root)).toBe("order");
		await userEvent.keyboard("2");
		await page.screenshot({ path: `${SHOTS}/quiz-order-light.png`, element: frame });
		await userEvent.keyboard("{Enter}");
		await page.screenshot({ path: `${SHOTS}/quiz-order-feedback-light.png`, element: frame });
		frame.setCssStyles({ width: "360px" });
		const phone = await mount([QUESTIONS[3]]);
		await page.screenshot({ path: `${SHOTS}/quiz-phone-light.png`, element: phone.view.containerEl });
		expect(phone.root.querySelectorAll(".sb-quiz-option")).toHaveLength(4);
	});

	for (const theme of ["light", "dark"] as const) {
		it(`screenshots a question, the feedback and the end screen (${theme})`, async () => {
			setTheme(theme);
			const m = await mount(QUESTIONS.slice(0, 4));
			const { root } = m;
			await userEvent.hover($(root, ".sb-quiz-title"));
			await page.screenshot({ path: `${SHOTS}/quiz-question-${theme}.png`, element: frame });
			await userEvent.keyboard("3");
			expect(verdict(root)).toBe("Wrong");
			await page.screenshot({ path: `${SHOTS}/quiz-feedback-${theme}.png`, element: frame });
			await userEvent.keyboard("{Enter}Japanese{Enter}{Enter}");
			await userEvent.keyboard("1918{Enter}{Enter}3{Enter}");
			expect(root.querySelector(".sb-quiz-score-big")?.textContent).toBe("2 / 4");
			await page.screenshot({ path: `${SHOTS}/quiz-end-${theme}.png`, element: frame });
			const bg = getComputedStyle(document.body).backgroundColor;
			expect(bg).toBe(theme === "light" ? "rgb(255, 255, 255)" : "rgb(30, 30, 30)");
		});
	}
});
