/**
 * Issue 20 in real Chromium: each curation action from the row, quote and quiz menus, and its undo from the
 * "Hidden and corrected" panel, on the real store over a fake vault; the panel's screenshot for the README.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import "./helpers/obsidian-theme.css";
import "../../src/ui/curation/curation.css";
import "../../src/ui/timeline/timeline.css";
import "../../src/ui/timeline/timeline-rows.css";
import "../../src/ui/quotes/quotes.css";
import "../../src/ui/quiz/quiz.css";
import { parseBrief } from "../../src/core/brief";
import { CuratedIndex } from "../../src/core/overrides";
import { checkAnswer } from "../../src/core/quiz";
import { CurationActions } from "../../src/obsidian/curation-actions";
import { CurationStore } from "../../src/obsidian/curation-store";
import { quizSetFor as makeQuizSet } from "../../src/obsidian/quiz-source";
import { CurationView } from "../../src/ui/curation/panel";
import { QuizView } from "../../src/ui/quiz/view";
import { QuoteIndexView } from "../../src/ui/quotes/quote-view";
import { showEventMenu } from "../../src/ui/timeline/interactions";
import { TimelineView } from "../../src/ui/timeline/view";
import { createFakeApp } from "../shims/fake-app";
import { Menu } from "../shims/obsidian";
import { frames, mountView, TestHost, type Mounted } from "./helpers/test-host";

const PATH = "History/Revolution.md";
const NOTE = `---
dg-publish: true
---
# The Russian Revolution

## Timeline

- The February Revolution began in Petrograd in March 1914 with bread riots and strikes.
- Lenin returned to Russia from exile in Switzerland in April 1917 aboard a sealed train.
- The Bolsheviks seized power in Petrograd on 7 November 1917 in a nearly bloodless coup.
- The Treaty of Brest-Litovsk took Russia out of the war in March 1918.
- The regiment lost many men in the fighting around the city, the report says.

## Key Quotes

> "Peace, land and bread." — Lenin

> "History will not forgive us if we do not assume power now."
`;

interface Rig {
	host: TestHost & { curation: CurationActions; index: CuratedIndex };
	store: CurationStore;
}

const mounted: Mounted<never>[] = [];
afterEach(async () => {
	for (const m of mounted.splice(0)) await m.unmount();
	document.body.querySelectorAll(".modal-container").forEach((m) => m.remove());
});

async function rig(text = NOTE): Promise<Rig> {
	const app = createFakeApp({ files: { [PATH]: text } });
	app.saveLocalStorage("study-briefs-device-id", "laptop-aaaa");
	const index = new CuratedIndex();
	index.upsert(parseBrief({ path: PATH, text }, { publishKeys: ["dg-publish"] }));
	index.settle();
	const store = new CurationStore(app as never, index, {
		reviewFolder: () => "Study Briefs/reviews",
		now: () => Date.UTC(2026, 11, 4, 20),
	});
	await store.load();
	const base = new TestHost([]);
	const host = Object.assign(base, { index, curation: undefined as unknown as CurationActions });
	Object.assign(host, { app });
	host.curation = new CurationActions(
		store,
		index,
		() => undefined,
		() => Date.UTC(2026, 11, 4, 20),
	);
	return { host, store };
}

async function mount<V>(r: Rig, make: (leaf: never) => V, width = 560, height = 520): Promise<V> {
	const m = await mountView(r.host, make as never, { width, height });
	mounted.push(m as Mounted<never>);
	return m.view as V;
}

async function idle(r: Rig): Promise<void> {
	await r.host.curation.whenIdle();
	await frames(1);
}

async function typeInModal(value: string): Promise<string> {
	const modal = document.body.querySelector<HTMLElement>(".modal-container:last-of-type")!;
	const input = modal.querySelector<HTMLInputElement>("input")!;
	await userEvent.clear(input);
	await userEvent.type(input, value);
	const preview = modal.querySelector(".sb-curation-preview")?.textContent ?? "";
	await userEvent.click(modal.querySelector<HTMLButtonElement>("button.mod-cta")!);
	return preview;
}

const rowTexts = (view: TimelineView) => {
	view.refresh(true);
	return [...view.contentEl.querySelectorAll<HTMLElement>(".sb-tl-row")].map((r) => r.textContent ?? "");
};

async function undoRow(panel: CurationView, kind: string): Promise<void> {
	const row = panel.contentEl.querySelector<HTMLElement>(`.sb-curation-row[data-kind="${kind}"]`);
	expect(row, kind).not.toBeNull();
	await userEvent.click(row!.querySelector<HTMLButtonElement>(".sb-curation-undo")!);
}

describe("curation in Chromium", () => {
	it("Hide, Correct date…, Not a date and Add event here… on timeline rows; each undone from the panel", async () => {
		const r = await rig();
		const view = await mount(r, (leaf) => new TimelineView(leaf, r.host));
		const panel = await mount(r, (leaf) => new CurationView(leaf, r.host), 420, 520);
		const ev = (words: string) => view.events.find((e) => e.text.includes(words))!;
		expect(rowTexts(view).some((t) => t.includes("bloodless coup"))).toBe(true);

		showEventMenu(view, ev("bloodless coup"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await idle(r);
		expect(rowTexts(view).some((t) => t.includes("bloodless coup"))).toBe(false);

		showEventMenu(view, ev("February Revolution"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		expect(await typeInModal("March 1917")).toBe("Read as Mar 1917");
		await idle(r);
		expect(rowTexts(view).find((t) => t.includes("February Revolution"))).toContain("Mar 1917");

		showEventMenu(view, ev("Brest-Litovsk"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Not a date");
		await idle(r);
		expect(rowTexts(view).some((t) => t.includes("Brest-Litovsk"))).toBe(false);

		showEventMenu(view, ev("Lenin returned"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Add event here…");
		expect(await typeInModal("1917")).toBe("Read as 1917");
		await idle(r);
		expect(panel.contentEl.querySelectorAll(".sb-curation-live .sb-curation-row")).toHaveLength(4);

		for (const kind of ["hide", "date", "not-date", "add"]) await undoRow(panel, kind);
		await idle(r);
		expect(panel.contentEl.querySelectorAll(".sb-curation-row")).toHaveLength(0);
		const back = rowTexts(view);
		expect(back.some((t) => t.includes("bloodless coup"))).toBe(true);
		expect(back.find((t) => t.includes("February Revolution"))).toContain("1914");
		expect(back.some((t) => t.includes("Brest-Litovsk"))).toBe(true);
		expect(back.filter((t) => t.includes("Lenin returned"))).toHaveLength(1);
	});

	it("Edit speaker… and Hide on quote cards; undone from the panel", async () => {
		const r = await rig();
		const quotes = await mount(r, (leaf) => new QuoteIndexView(leaf, r.host), 420, 520);
		const panel = await mount(r, (leaf) => new CurationView(leaf, r.host), 420, 520);
		const entry = (start: string) => quotes.model.entries.find((e) => e.quote.text.startsWith(start))!;
		quotes.actions.showMenu(entry("History"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Edit speaker…");
		await typeInModal("Lenin");
		await idle(r);
		expect(r.host.index.quotes({}).find((q) => q.text.startsWith("History"))?.speaker).toBe("Lenin");
		quotes.actions.showMenu(entry("Peace"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await idle(r);
		await expect.poll(() => quotes.contentEl.textContent?.includes("Peace, land and bread")).toBe(false);
		await undoRow(panel, "hide");
		await undoRow(panel, "speaker");
		await idle(r);
		expect(r.host.index.quotes({}).map((q) => [q.text.slice(0, 5), q.speaker])).toEqual([
			["Peace", "Lenin"],
			["Histo", undefined],
		]);
	});

	it("Skip this question and Report a bad question in the quiz; undone from the panel", async () => {
		const r = await rig();
		const scope = { kind: "brief" as const, path: PATH };
		const generate = () =>
			makeQuizSet(r.host.index, r.host.settings, scope, { now: () => new Date(2026, 11, 1), seed: () => 7 });
		const quiz = await mount(r, (leaf) => new QuizView(leaf, r.host, { generate, check: checkAnswer }), 560, 620);
		await quiz.start(scope);
		const cardId = () => quiz.contentEl.querySelector<HTMLElement>(".sb-quiz-card")?.dataset.id ?? "";
		const button = (text: string) =>
			[...quiz.contentEl.querySelectorAll<HTMLButtonElement>(".sb-curation-quiz-button")].find(
				(b) => b.textContent === text,
			)!;
		const first = cardId();
		await userEvent.click(button("Skip this question"));
		await idle(r);
		const second = cardId();
		expect(second).not.toBe(first);
		await userEvent.click(button("Report a bad question"));
		await idle(r);
		expect(cardId()).not.toBe(second);
		const again = generate().questions.map((q) => q.id);
		expect(again).not.toContain(first);
		expect(again).not.toContain(second);
		const panel = await mount(r, (leaf) => new CurationView(leaf, r.host), 420, 520);
		await undoRow(panel, "skip-question");
		await undoRow(panel, "report-question");
		await idle(r);
		expect(generate().questions.map((q) => q.id)).toContain(first);
	});

	it("two devices writing at once: no loss, both panels and timelines agree after sync", async () => {
		const rigAs = async (device: string) => {
			const r = await rig();
			(r.host.app as unknown as { saveLocalStorage(k: string, v: string): void }).saveLocalStorage(
				"study-briefs-device-id",
				device,
			);
			const store = new CurationStore(r.host.app, r.host.index, { reviewFolder: () => "Study Briefs/reviews" });
			await store.load();
			r.host.curation = new CurationActions(store, r.host.index, () => undefined);
			return { ...r, store };
		};
		const a = await rigAs("phone-bbbb");
		const b = await rigAs("laptop-cccc");
		const ev = (r: Rig, words: string) => r.host.index.timeline({}).find((e) => e.text.includes(words))!;
		await Promise.all([
			a.host.curation.correctDate(ev(a, "February Revolution"), "1917"),
			b.host.curation.correctDate(ev(b, "February Revolution"), "February 1917"),
			b.host.curation.hide(ev(b, "bloodless coup"), "event"),
			a.host.curation.notDate(ev(a, "Brest-Litovsk")),
		]);
		await Promise.all([a.host.curation.whenIdle(), b.host.curation.whenIdle()]);
		const logs = (r: Rig) =>
			r.host.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Study Briefs/curation/"));
		for (const [from, to] of [
			[a, b],
			[b, a],
		] as const) {
			for (const f of logs(from))
				if (!to.host.app.vault.getFileByPath(f.path))
					await to.host.app.vault.create(f.path, await from.host.app.vault.read(f));
		}
		await Promise.all([a.store.load(), b.store.load()]);
		const shown = (r: Rig) => r.host.index.timeline({}).map((e) => `${e.date.label} ${e.text}`);
		expect(shown(a)).toEqual(shown(b));
		expect(shown(a)).toHaveLength(2);
		expect(a.host.curation.entries().map((e) => e.override.id)).toEqual(
			b.host.curation.entries().map((e) => e.override.id),
		);
		// Four changes written, none lost: three in force, the earlier date correction kept in its log.
		const lines = (await Promise.all(logs(a).map((f) => a.host.app.vault.read(f))))
			.join("\n")
			.split("\n")
			.filter((l) => l.startsWith("{"));
		expect(lines).toHaveLength(4);
		const pa = await mount(a, (leaf) => new CurationView(leaf, a.host), 420, 400);
		const pb = await mount(b, (leaf) => new CurationView(leaf, b.host), 420, 400);
		const rowsOf = (p: CurationView) =>
			[...p.contentEl.querySelectorAll(".sb-curation-row")].map((el) => el.textContent);
		expect(rowsOf(pa)).toEqual(rowsOf(pb));
		expect(rowsOf(pa)).toHaveLength(3);
	});

	it("screenshot: the Hidden and corrected panel with an orphan", async () => {
		const r = await rig();
		const panel = await mount(r, (leaf) => new CurationView(leaf, r.host), 460, 700);
		const ev = (words: string) => r.host.index.timeline({}).find((e) => e.text.includes(words))!;
		const c = r.host.curation;
		await c.hide(ev("bloodless coup"), "event");
		await c.correctDate(ev("February Revolution"), "March 1917");
		await c.notDate(ev("Brest-Litovsk"));
		await c.setSpeaker(r.host.index.quotes({}).find((q) => q.text.startsWith("History"))!, "Lenin");
		await c.addEvent(
			{ path: PATH, line: 10, text: "The regiment lost many men in the fighting around the city." },
			"1916",
			"Losses",
		);
		// The Lenin sentence is then deleted from the note: its override is kept, listed as not found.
		await c.hide(ev("Lenin returned"), "event");
		const text = NOTE.replace(/- Lenin returned.*\n/, "");
		r.host.index.upsert(parseBrief({ path: PATH, text }, { publishKeys: ["dg-publish"] }));
		await idle(r);
		panel.render();
		await frames(2);
		expect(panel.contentEl.querySelectorAll(".sb-curation-live .sb-curation-row")).toHaveLength(5);
		expect(panel.contentEl.querySelectorAll(".sb-curation-orphans .sb-curation-row")).toHaveLength(1);
		await page.screenshot({ path: "../screenshots/curation-panel.png", element: panel.containerEl.parentElement! });
	});
});
