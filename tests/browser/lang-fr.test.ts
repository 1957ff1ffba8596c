/**
 * Issue 21: a French brief with the interface in French (Obsidian's language "fr"). The timeline and a quiz
 * from examples/vault/Histoire/La Première Guerre mondiale.md, read by the real reader and quiz generator.
 * Until the French date engine (branch lang-dates) lands, only the years of the French dates are read: these
 * tests assert the interface and the quiz words, which this branch owns.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { WorkspaceLeaf, type App } from "obsidian";
import { load } from "js-yaml";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "../../src/ui/quiz/quiz.css";
import "../../src/ui/quiz/quiz-feedback.css";
import "./helpers/obsidian-theme.css";
import { parseBrief } from "../../src/core/brief";
import { checkAnswer, generateQuiz } from "../../src/core/quiz";
import { setUiLang, uiLang } from "../../src/obsidian/i18n";
import { followObsidianLanguage, obsidianLang } from "../../src/obsidian/i18n/follow-obsidian";
import { TimelineView } from "../../src/ui/timeline/view";
import { QuizView } from "../../src/ui/quiz/view";
import type { QuizDeps } from "../../src/ui/quiz/types";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";
import { makeHost } from "./quiz-fixtures";
const files = import.meta.glob<string>("../../examples/vault/Histoire/*.md", {
	query: "?raw",
	import: "default",
	eager: true,
});
const PATH = "Histoire/La Première Guerre mondiale.md";
const brief = parseBrief({ path: PATH, text: files[`../../examples/vault/${PATH}`] ?? "" }, { parseYaml: load });

let mounted: Mounted<TimelineView> | null = null;
let frame: HTMLElement | null = null;

beforeEach(() => {
	document.body.classList.remove("theme-dark");
	document.body.classList.add("theme-light");
	window.localStorage.setItem("language", "fr");
	followObsidianLanguage();
});

afterEach(async () => {
	await mounted?.unmount();
	mounted = null;
	frame?.remove();
	frame = null;
	window.localStorage.removeItem("language");
	setUiLang("en");
});

describe("the interface follows Obsidian's language", () => {
	it("reads fr from getLanguage(), English for a language it does not know", () => {
		expect(obsidianLang()).toBe("fr");
		expect(uiLang()).toBe("fr");
		window.localStorage.setItem("language", "zh-TW");
		expect(obsidianLang()).toBe("en");
		window.localStorage.setItem("language", "pt-BR");
		expect(obsidianLang()).toBe("pt");
	});
});

describe("a French brief, interface in French", () => {
	it("timeline: toolbar, counts and date precision in French", async () => {
		expect(brief.lang).toBe("fr");
		const host = new TestHost([brief]);
		mounted = await mountView(host, (leaf) => new TimelineView(leaf, host), { width: 980, height: 620 });
		await frames(2);
		const root = mounted.view.contentEl;
		expect(mounted.view.getDisplayText()).toBe("Chronologie");
		expect(root.querySelector<HTMLInputElement>(".sb-tl-filter")?.placeholder).toBe("Filtrer les événements…");
		const n = mounted.view.events.length;
		expect(n).toBeGreaterThan(0);
		expect(root.textContent).toContain(`${n} événements`);
		// Dates labelled in the note's language (the date engine reads French, the reader labels in French).
		expect(root.textContent).toContain("28 juin 1914");
		expect(root.textContent).not.toMatch(/\b\d{1,2} (?:Jun|Sep|Feb|Jul|Apr|Nov) \d{4}\b/);
		const precisions = [...root.querySelectorAll(".sb-tl-precision")].map((e) => e.textContent ?? "");
		expect(precisions.length).toBeGreaterThan(0);
		expect(precisions.every((p) => /^(?:jour|mois|année|décennie|siècle|saison|millénaire)/.test(p))).toBe(true);
		expect(root.textContent).not.toMatch(/\b(?:Filter events|Oldest first|events\b)/);
		await page.screenshot({ path: "../screenshots/timeline-fr-light.png", element: mounted.pane });
	});

	it("quiz: prompts, kinds, buttons and feedback in French", async () => {
		const all = generateQuiz(brief, { seed: 11, today: { year: 2026, month: 12, day: 4 }, count: 8 });
		// A choice question first, so the screenshot shows French options and, once answered, French feedback.
		const isChoice = (k: string) => k === "term-choice" || k === "true-false" || k === "date-choice";
		const questions = [...all.filter((q) => isChoice(q.kind)), ...all.filter((q) => !isChoice(q.kind))];
		expect(questions.length).toBeGreaterThanOrEqual(5);
		const host = makeHost([brief]);
		host.activePath = () => PATH;
		const deps: QuizDeps = {
			generate: () => ({ title: brief.title, questions }),
			check: checkAnswer,
			record: () => undefined,
			undo: () => undefined,
		};
		const LeafCtor = WorkspaceLeaf as unknown as new (app: App) => WorkspaceLeaf;
		const leaf = new LeafCtor(host.app);
		const view = new QuizView(leaf, host, deps);
		frame = document.body.createDiv();
		frame.setCssStyles({ width: "700px", padding: "0", background: "var(--background-primary)" });
		frame.appendChild(view.containerEl);
		await leaf.open(view);
		await view.start({ kind: "brief", path: PATH });
		const root = view.contentEl;
		expect(view.getDisplayText()).toBe(`Quiz : ${brief.title}`);
		const first = questions[0];
		expect(first.lang).toBe("fr");
		expect(root.textContent).not.toMatch(
			/\b(?:Which term|What is|True or false|Match each|Put these|Check|Continue)\b/,
		);
		const labels = [
			"Quand cela s'est-il passé ?",
			"Tapez l'année",
			"Complétez le blanc",
			"Terme clé",
			"Associez les paires",
			"Remettez dans l'ordre",
			"Vrai ou faux ?",
		];
		expect(labels.some((l) => root.textContent?.includes(l))).toBe(true);
		await page.screenshot({ path: "../screenshots/quiz-fr-question-light.png", element: frame });
		expect(isChoice(first.kind)).toBe(true);
		await userEvent.keyboard("1");
		await frames(2);
		expect(root.querySelector(".sb-quiz-verdict-text")?.textContent).toMatch(/^(?:Juste|Presque|Faux)$/);
		expect(root.textContent).toMatch(/Continuer|Voir les résultats/);
		expect(root.textContent).toContain("Réviser comme");
		await page.screenshot({ path: "../screenshots/quiz-fr-feedback-light.png", element: frame });
	});
});
