/**
 * Issue 20, end to end in jsdom through the real plugin wiring: every curation action (hide, correct date, not a
 * date, edit speaker, add event from the row menu and the editor menu, skip and report a quiz question) and its
 * undo from the "Hidden and corrected" panel; the notes are never written; garden pages follow.
 */
import { describe, expect, it } from "vitest";
import { quizSetFor as makeQuizSet } from "../../src/obsidian/quiz-source";
import type { QuizView } from "../../src/ui/quiz/view";
import { QuoteIndexView, VIEW_TYPE_QUOTES } from "../../src/ui/quotes/quote-view";
import { showEventMenu } from "../../src/ui/timeline/interactions";
import { MarkdownView, Menu } from "../shims/obsidian";
import {
	cleanUpAfterEach,
	eventWith,
	fileAt,
	fillModal,
	labels,
	load,
	NOTE,
	PATH,
	settle,
	timeline,
	undoInPanel,
} from "./curation-helpers";

cleanUpAfterEach();

describe("curation actions and undo (plugin wiring, jsdom)", () => {
	it("Hide an event: gone from the timeline, the API and the garden data; the note is untouched; undo brings it back", async () => {
		const r = await load("laptop-aaaa");
		const view = await timeline(r);
		const coup = eventWith(r, "bloodless coup");
		showEventMenu(view, coup, { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await settle(r);
		expect(r.plugin.api.events({}).map((e) => e.id)).not.toContain(coup.id);
		view.refresh(true); // the view re-renders on a timer after an index change; render now
		expect(view.events.map((e) => e.id)).not.toContain(coup.id);
		// The logs are never read as briefs (their lines quote the sentences, dates and all).
		expect(r.plugin.api.events({ includeUnpublished: true }).map((e) => e.id)).not.toContain(coup.id);
		expect(r.plugin.api.briefs({ includeUnpublished: true }).map((b) => b.path)).toEqual([PATH]);
		expect(await r.app.vault.read(fileAt(r.app, PATH))).toBe(NOTE);
		const log = await r.app.vault.read(fileAt(r.app, "Study Briefs/curation/laptop-aaaa.md"));
		expect(log).toContain("study-briefs: curation-log");
		expect(log).toContain('"k":"hide"');
		// The garden pages are written without it.
		await r.plugin.writeGardenPages();
		await settle(r);
		const pages = r.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Study pages/"));
		const garden = (await Promise.all(pages.map((f) => r.app.vault.read(f)))).join("\n");
		expect(garden).toContain("Lenin returned to Russia");
		expect(garden).not.toContain("bloodless coup");
		// The footer links to the panel, which lists it.
		expect(view.contentEl.querySelector(".sb-curation-footer-link")?.textContent).toBe("1 hidden and corrected");
		await undoInPanel(r, "hide");
		expect(r.plugin.api.events({}).map((e) => e.id)).toContain(coup.id);
		expect(r.app.vault.getFileByPath(PATH) && (await r.app.vault.read(fileAt(r.app, PATH)))).toBe(NOTE);
	});

	it("Correct date… reads the typed date with a preview; quiz questions follow; undo restores", async () => {
		const r = await load("laptop-aaaa");
		const view = await timeline(r);
		showEventMenu(view, eventWith(r, "February Revolution"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		expect(fillModal("March 1917").preview).toBe("Read as Mar 1917");
		await settle(r);
		expect(eventWith(r, "February Revolution").date.label).toBe("Mar 1917");
		const quiz = makeQuizSet(
			r.plugin.index,
			r.plugin.settings,
			{ kind: "brief", path: PATH },
			{ now: () => new Date(2026, 11, 1), seed: () => 5 },
		);
		const feb = quiz.questions.filter((q) => q.context?.includes("February Revolution"));
		expect(feb.every((q) => !q.answer.includes("1914"))).toBe(true);
		await undoInPanel(r, "date");
		expect(eventWith(r, "February Revolution").date.label).toBe("Mar 1914");
	});

	it("the date dialog refuses text the date engine cannot read", async () => {
		const r = await load("laptop-aaaa");
		const view = await timeline(r);
		showEventMenu(view, eventWith(r, "February Revolution"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		const { preview } = fillModal("someday");
		expect(preview).toMatch(/^No date read/);
		await settle(r);
		expect(r.curation.entries()).toEqual([]);
	});

	it("Not a date: the event leaves the timeline; undo restores it", async () => {
		const r = await load("laptop-aaaa");
		const view = await timeline(r);
		showEventMenu(view, eventWith(r, "Lenin returned"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Not a date");
		await settle(r);
		expect(labels(r)).toEqual(["Mar 1914", "7 Nov 1917"]);
		await undoInPanel(r, "not-date");
		expect(labels(r)).toEqual(["Mar 1914", "Apr 1917", "7 Nov 1917"]);
	});

	it("Edit speaker… and Hide on a quote card; undo both", async () => {
		const r = await load("laptop-aaaa");
		await r.plugin.activateQuotes();
		await r.app.workspace.whenIdle();
		const view = r.app.workspace.getLeavesOfType(VIEW_TYPE_QUOTES)[0].view as unknown as QuoteIndexView;
		const history = view.model.entries.find((e) => e.quote.text.startsWith("History"))!;
		view.actions.showMenu(history, { x: 0, y: 0 });
		(Menu.last as Menu).click("Edit speaker…");
		fillModal("Lenin");
		await settle(r);
		expect(r.plugin.api.quotes({}).find((q) => q.text.startsWith("History"))?.speaker).toBe("Lenin");
		const bread = view.model.entries.find((e) => e.quote.text.startsWith("Peace"))!;
		view.actions.showMenu(bread, { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await settle(r);
		expect(r.plugin.api.quotes({}).map((q) => q.text)).toEqual([
			"History will not forgive us if we do not assume power now.",
		]);
		await undoInPanel(r, "hide");
		await undoInPanel(r, "speaker");
		expect(r.plugin.api.quotes({}).map((q) => q.speaker)).toEqual(["Lenin", undefined]);
	});

	it("Add event here… from the editor menu on a selected sentence; undo removes it", async () => {
		const r = await load("laptop-aaaa");
		const leaf = r.app.workspace.getLeaf(false);
		await leaf.openFile(fileAt(r.app, PATH));
		const md = leaf.view as MarkdownView;
		const line = md.lines.findIndex((l) => l.includes("regiment"));
		md.editor.setSelection({ line, ch: 2 }, { line, ch: md.lines[line].length });
		const menu = new Menu();
		r.app.workspace.trigger("editor-menu", menu, md.editor, md);
		menu.click("Add event here…");
		expect(fillModal("1916", "Losses").preview).toBe("Read as 1916");
		await settle(r);
		const added = eventWith(r, "regiment lost");
		expect(added).toMatchObject({ label: "Losses", date: { label: "1916" }, source: { path: PATH, line } });
		// It is a timeline event like the others: its own row menu can hide it (which takes the addition back).
		const view = await timeline(r);
		showEventMenu(view, added, { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await settle(r);
		expect(r.plugin.api.events({}).some((e) => e.text.includes("regiment"))).toBe(false);
		expect(r.curation.entries()).toEqual([]);
	});

	it("Skip this question and Report a bad question: out of the quiz at once, never asked again, listed, undoable", async () => {
		const r = await load("laptop-aaaa");
		const now = () => new Date(2026, 11, 1);
		const all = () =>
			makeQuizSet(r.plugin.index, r.plugin.settings, { kind: "brief", path: PATH }, { now, seed: () => 9 })
				.questions;
		const before = all();
		expect(before.length).toBeGreaterThan(1);
		await r.plugin.startQuiz({ kind: "brief", path: PATH });
		await r.app.workspace.whenIdle();
		const quizEl = () =>
			(r.app.workspace.getLeavesOfType("study-briefs-quiz")[0].view as unknown as QuizView).contentEl;
		const first = quizEl().querySelector<HTMLElement>(".sb-quiz-card")!.dataset.id!;
		const buttons = () => [...quizEl().querySelectorAll<HTMLButtonElement>(".sb-curation-quiz-button")];
		buttons()
			.find((b) => b.textContent === "Skip this question")!
			.click();
		await settle(r);
		const second = quizEl().querySelector<HTMLElement>(".sb-quiz-card")!.dataset.id!;
		expect(second).not.toBe(first);
		buttons()
			.find((b) => b.textContent === "Report a bad question")!
			.click();
		await settle(r);
		const ids = new Set(
			Array.from({ length: 5 }, (_, s) =>
				makeQuizSet(
					r.plugin.index,
					r.plugin.settings,
					{ kind: "brief", path: PATH },
					{ now, seed: () => s },
				).questions.map((q) => q.id),
			).flat(),
		);
		expect(ids.has(first)).toBe(false);
		expect(ids.has(second)).toBe(false);
		expect(r.curation.entries().map((e) => e.override.k)).toEqual(["skip-question", "report-question"]);
		await undoInPanel(r, "skip-question");
		await undoInPanel(r, "report-question");
		expect(r.curation.entries()).toEqual([]);
	});
});

describe("the quiz after skipping everything", () => {
	it("skipping every question leaves a clear message, not an empty end screen", async () => {
		const r = await load("laptop-aaaa");
		await r.plugin.startQuiz({ kind: "brief", path: PATH });
		await r.app.workspace.whenIdle();
		const el = (r.app.workspace.getLeavesOfType("study-briefs-quiz")[0].view as unknown as QuizView).contentEl;
		const total = Number(/\/ (\d+)/.exec(el.querySelector(".sb-quiz-count")?.textContent ?? "")?.[1]);
		expect(total).toBeGreaterThan(0);
		for (let i = 0; i < total; i++) {
			const skip = [...el.querySelectorAll<HTMLButtonElement>(".sb-curation-quiz-button")].find(
				(b) => b.textContent === "Skip this question",
			);
			expect(skip, `question ${i + 1}`).toBeDefined();
			skip!.click();
		}
		await settle(r);
		expect(el.querySelector(".sb-quiz-card")).toBeNull();
		expect(el.textContent).toContain("No questions left");
		expect(r.curation.entries()).toHaveLength(total);
	});
});
