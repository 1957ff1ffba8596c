/**
 * Issue 20, end to end in jsdom through the real plugin wiring: every curation action (hide, correct date, not a
 * date, edit speaker, add event from the row menu and the editor menu, skip and report a quiz question) and its
 * undo from the "Hidden and corrected" panel; the notes are never written; overrides survive an edit and a rename;
 * two devices writing at once lose nothing and agree.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseBrief } from "../../src/core/brief";
import type { HistEvent } from "../../src/core/model";
import { CURATION_HEADER, CuratedIndex, serializeOverride, targetOfItem } from "../../src/core/overrides";
import { CurationActions } from "../../src/obsidian/curation-actions";
import { CurationStore } from "../../src/obsidian/curation-store";
import StudyBriefsPlugin from "../../src/main";
import type { PluginHost } from "../../src/obsidian/plugin-host";
import { makeQuizSet } from "../../src/obsidian/quiz-source";
import { VIEW_TYPE_CURATION, CurationView } from "../../src/ui/curation/panel";
import { showEventMenu } from "../../src/ui/timeline/interactions";
import { TimelineView, VIEW_TYPE_TIMELINE } from "../../src/ui/timeline/view";
import { QuoteIndexView, VIEW_TYPE_QUOTES } from "../../src/ui/quotes/quote-view";
import type { QuizView } from "../../src/ui/quiz/view";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { MarkdownView, Menu, TFile } from "../shims/obsidian";

const PATH = "History/Revolution.md";
export const NOTE = `---
dg-publish: true
---
# The Russian Revolution

## Timeline

- The February Revolution began in Petrograd in March 1914 with bread riots and strikes.
- Lenin returned to Russia from exile in Switzerland in April 1917 aboard a sealed train.
- The Bolsheviks seized power in Petrograd on 7 November 1917 in a nearly bloodless coup.
- The regiment lost many men in the fighting around the city, the report says.

## Key Quotes

> "Peace, land and bread." — Lenin

> "History will not forgive us if we do not assume power now."
`;
const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

interface Rig {
	app: FakeApp;
	plugin: StudyBriefsPlugin;
	host: PluginHost;
	curation: CurationActions;
}

const loaded: StudyBriefsPlugin[] = [];
afterEach(() => {
	for (const p of loaded.splice(0)) p.unload();
	document.body.querySelectorAll(".modal-container").forEach((m) => m.remove());
});

async function load(device: string, files: Record<string, string> = { [PATH]: NOTE }): Promise<Rig> {
	const app = createFakeApp({ files });
	app.saveLocalStorage("study-briefs-device-id", device);
	const plugin = new StudyBriefsPlugin(app as never, manifest as never);
	const onload = vi.spyOn(plugin, "onload");
	plugin.load();
	await onload.mock.results[0].value;
	await plugin.api.ready;
	loaded.push(plugin);
	const host = (plugin as unknown as { host: PluginHost }).host;
	const curation = host.curation as CurationActions;
	await curation.whenIdle();
	return { app, plugin, host, curation };
}

/** The file at a path (checked). */
function fileAt(app: FakeApp, path: string): TFile {
	const f = app.vault.getFileByPath(path);
	if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
	return f;
}

const labels = (r: Rig) => r.plugin.api.events({}).map((e) => e.date.label);
const eventWith = (r: Rig, words: string) => {
	const ev = r.plugin.api.events({}).find((e) => e.text.includes(words));
	expect(ev, words).toBeDefined();
	return ev!;
};

async function settle(r: Rig): Promise<void> {
	await r.curation.whenIdle();
	await r.app.metadataCache.whenIdle();
	await r.curation.whenIdle();
}

async function timeline(r: Rig): Promise<TimelineView> {
	await r.plugin.activateTimeline();
	await r.app.workspace.whenIdle();
	const view = r.app.workspace.getLeavesOfType(VIEW_TYPE_TIMELINE)[0].view;
	expect(view).toBeInstanceOf(TimelineView);
	return view as unknown as TimelineView;
}

/** The modal on screen: types into its field (firing input), optionally a label, and presses Save. */
function fillModal(value: string, label?: string): { preview: string } {
	const modal = document.body.querySelector(".modal-container:last-of-type") as HTMLElement;
	expect(modal).not.toBeNull();
	const input = modal.querySelector("input") as HTMLInputElement;
	input.value = value;
	input.dispatchEvent(new Event("input"));
	if (label !== undefined) (modal.querySelector(".sb-curation-label") as HTMLInputElement).value = label;
	const preview = modal.querySelector(".sb-curation-preview")?.textContent ?? "";
	(modal.querySelector("button.mod-cta") as HTMLButtonElement).click();
	return { preview };
}

async function panel(r: Rig): Promise<CurationView> {
	r.curation.openPanel();
	await r.app.workspace.whenIdle();
	const view = r.app.workspace.getLeavesOfType(VIEW_TYPE_CURATION)[0]?.view;
	expect(view).toBeInstanceOf(CurationView);
	return view as unknown as CurationView;
}

/** Clicks Undo on the panel row of the only override of this kind. */
async function undoInPanel(r: Rig, kind: string): Promise<void> {
	const view = await panel(r);
	const rows = [...view.contentEl.querySelectorAll<HTMLElement>(`.sb-curation-row[data-kind="${kind}"]`)];
	expect(rows).toHaveLength(1);
	(rows[0].querySelector(".sb-curation-undo") as HTMLButtonElement).click();
	await settle(r);
}

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
		const quiz = makeQuizSet(r.plugin.index, r.plugin.settings, { kind: "brief", path: PATH }, { now: () => new Date(2026, 11, 1), seed: () => 5 });
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
		expect(r.plugin.api.quotes({}).map((q) => q.text)).toEqual(["History will not forgive us if we do not assume power now."]);
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
		const all = () => makeQuizSet(r.plugin.index, r.plugin.settings, { kind: "brief", path: PATH }, { now, seed: () => 9 }).questions;
		const before = all();
		expect(before.length).toBeGreaterThan(1);
		await r.plugin.startQuiz({ kind: "brief", path: PATH });
		await r.app.workspace.whenIdle();
		const quizEl = () => (r.app.workspace.getLeavesOfType("study-briefs-quiz")[0].view as unknown as QuizView).contentEl;
		const first = quizEl().querySelector<HTMLElement>(".sb-quiz-card")!.dataset.id!;
		const buttons = () => [...quizEl().querySelectorAll<HTMLButtonElement>(".sb-curation-quiz-button")];
		buttons().find((b) => b.textContent === "Skip this question")!.click();
		await settle(r);
		const second = quizEl().querySelector<HTMLElement>(".sb-quiz-card")!.dataset.id!;
		expect(second).not.toBe(first);
		buttons().find((b) => b.textContent === "Report a bad question")!.click();
		await settle(r);
		const ids = new Set(Array.from({ length: 5 }, (_, s) => makeQuizSet(r.plugin.index, r.plugin.settings, { kind: "brief", path: PATH }, { now, seed: () => s }).questions.map((q) => q.id)).flat());
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
			const skip = [...el.querySelectorAll<HTMLButtonElement>(".sb-curation-quiz-button")].find((b) => b.textContent === "Skip this question");
			expect(skip, `question ${i + 1}`).toBeDefined();
			skip!.click();
		}
		await settle(r);
		expect(el.querySelector(".sb-quiz-card")).toBeNull();
		expect(el.textContent).toContain("No questions left");
		expect(r.curation.entries()).toHaveLength(total);
	});
});

describe("curation across edits, renames and devices", () => {
	it("an override survives a small edit of its sentence and a rename of the brief", async () => {
		const r = await load("laptop-aaaa");
		const view = await timeline(r);
		showEventMenu(view, eventWith(r, "bloodless coup"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		fillModal("25 October 1917");
		await settle(r);
		showEventMenu(view, eventWith(r, "Lenin returned"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Hide");
		await settle(r);
		const file = fileAt(r.app, PATH);
		await r.app.vault.modify(file, NOTE.replace("nearly bloodless coup", "nearly bloodless takeover").replace("aboard a sealed train", "aboard a famous sealed train"));
		await settle(r);
		expect(eventWith(r, "bloodless takeover").date.label).toBe("25 Oct 1917");
		expect(r.plugin.api.events({}).some((e) => e.text.includes("Lenin"))).toBe(false);
		await r.app.fileManager.renameFile(file, "Archive/Revolution 1917.md");
		await settle(r);
		expect(eventWith(r, "bloodless takeover")).toMatchObject({ briefPath: "Archive/Revolution 1917.md", date: { label: "25 Oct 1917" } });
		expect(r.plugin.api.events({}).some((e) => e.text.includes("Lenin"))).toBe(false);
		expect(r.curation.entries().filter((e) => e.orphan)).toEqual([]);
		// A sentence deleted for good: its override is listed as an orphan, never dropped.
		await r.app.vault.modify(fileAt(r.app, "Archive/Revolution 1917.md"), NOTE.replace(/- Lenin returned.*\n/, ""));
		await settle(r);
		const orphans = r.curation.entries().filter((e) => e.orphan);
		expect(orphans.map((e) => [e.override.k, e.orphan])).toEqual([["hide", "item"]]);
		const p = await panel(r);
		expect(p.contentEl.querySelectorAll(".sb-curation-orphans .sb-curation-row")).toHaveLength(1);
	});

	it("two devices writing at once: no loss, and both end with the same result", async () => {
		// Device A: the plugin. Device B (another vault copy): its own curation store over its own index.
		const a = await load("phone-bbbb");
		const bApp = createFakeApp({ files: { [PATH]: NOTE } });
		bApp.saveLocalStorage("study-briefs-device-id", "laptop-aaaa");
		const bIndex = new CuratedIndex();
		bIndex.upsert(parseBrief({ path: PATH, text: NOTE }, { publishKeys: ["dg-publish"] }));
		bIndex.settle();
		const bStore = new CurationStore(bApp as never, bIndex, { reviewFolder: () => "Study Briefs/reviews" });
		const b = new CurationActions(bStore, bIndex, () => undefined);
		await bStore.load();
		const ev = (index: { timeline(f: object): HistEvent[] }, words: string) => index.timeline({}).find((e) => e.text.includes(words))!;
		// At the same time: A corrects a date, B corrects the same date otherwise and hides another event.
		const va = await timeline(a);
		showEventMenu(va, eventWith(a, "February Revolution"), { x: 0, y: 0 });
		(Menu.last as Menu).click("Correct date…");
		fillModal("1917");
		await Promise.all([b.correctDate(ev(bIndex, "February Revolution"), "February 1917"), b.hide(ev(bIndex, "bloodless coup"), "event"), settle(a)]);
		// Sync copies each device's file to the other; each reads the folder again.
		const logsOf = (app: FakeApp) => app.vault.getMarkdownFiles().filter((x) => x.path.startsWith("Study Briefs/curation/"));
		for (const f of logsOf(a.app)) await bApp.vault.create(f.path, await a.app.vault.read(f));
		for (const f of logsOf(bApp)) if (!a.app.vault.getFileByPath(f.path)) await a.app.vault.create(f.path, await bApp.vault.read(f));
		await (a.curation as unknown as { store: CurationStore }).store.load();
		await bStore.load();
		await settle(a);
		const shown = (index: { timeline(f: object): HistEvent[] }) => index.timeline({}).map((e) => `${e.date.label}|${e.text}`);
		expect(shown(a.plugin.index)).toEqual(shown(bIndex));
		expect(a.curation.entries().map((e) => e.override.id)).toEqual(b.entries().map((e) => e.override.id));
		expect(shown(bIndex).some((x) => x.includes("bloodless coup"))).toBe(false);
		// The same correction wins on both (the later in time, device, line order); the other stays in its log.
		expect(ev(a.plugin.index, "February Revolution").date.label).toBe(ev(bIndex, "February Revolution").date.label);
		const all = await Promise.all(logsOf(bApp).map((f) => bApp.vault.read(f)));
		expect(all.join("\n").match(/"k":"date"/g)).toHaveLength(2);
		expect(logsOf(bApp).map((f) => f.path).sort()).toEqual(["Study Briefs/curation/laptop-aaaa.md", "Study Briefs/curation/phone-bbbb.md"]);
	});

	it("another device's log arriving by sync is applied (the folder is watched); the own log is not news", async () => {
		const app = createFakeApp({ files: { [PATH]: NOTE } });
		app.saveLocalStorage("study-briefs-device-id", "laptop-aaaa");
		const index = new CuratedIndex();
		const b = parseBrief({ path: PATH, text: NOTE }, { publishKeys: ["dg-publish"] });
		index.upsert(b);
		index.settle();
		const store = new CurationStore(app as never, index, { reviewFolder: () => "Study Briefs/reviews" });
		await store.load();
		const refs: unknown[] = [];
		let changes = 0;
		let done: () => void = () => undefined;
		store.onChange(() => (changes++, done()));
		store.watch((ref) => void refs.push(ref), 0);
		expect(refs).toHaveLength(4);
		const actions = new CurationActions(store, index, () => undefined);
		await actions.hide(b.events[0], "event");
		await new Promise((r) => setTimeout(r, 0));
		await store.whenIdle();
		expect(changes).toBe(1); // the own write, applied at once; its file event is not read again
		const phone = CURATION_HEADER + serializeOverride({ k: "hide", target: targetOfItem(b, b.events[1].id, "event"), t: Date.now(), id: "phone.1" }) + "\n";
		const synced = new Promise<void>((r) => (done = r));
		await app.vault.create("Study Briefs/curation/phone-bbbb.md", phone);
		await synced;
		expect(index.timeline({}).map((e) => e.date.label)).toEqual(["7 Nov 1917"]);
	});
});
