/**
 * The REAL wiring, end to end in jsdom: the plugin is loaded through the shim's Plugin.load (its onload,
 * its PluginHost, its registered views), and a click in a view must reach the editor of the brief;
 * switching the active note must reach the views. No test host: these are the paths Obsidian runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import StudyBriefsPlugin from "../../src/main";
import type { PluginHost } from "../../src/ui/plugin-host";
import { TimelineView } from "../../src/ui/timeline/view";
import { QuoteIndexView } from "../../src/ui/quotes/quote-view";
import { QuizView } from "../../src/ui/quiz/view";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { MarkdownView, noticeLog, Platform, type WorkspaceLeaf } from "../shims/obsidian";
import { yamlBrief } from "./indexer-helpers";

const ROME = "Rome/Punic Wars.md";
const RUSSIA = "Russia/Revolution.md";
const FILES: Record<string, string> = {
	[ROME]: yamlBrief("Punic Wars", 1264),
	[RUSSIA]: yamlBrief("Revolution", 1917),
	"Scratch.md": "# Not a brief\n",
};
const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

interface Loaded {
	app: FakeApp;
	plugin: StudyBriefsPlugin;
	host: PluginHost;
}

/** Loads the plugin as Obsidian does (Plugin.load runs onload) and waits for onload and the first index pass. */
async function loadPlugin(layoutReady = true): Promise<Loaded> {
	const app = createFakeApp({ files: FILES, layoutReady });
	const plugin = new StudyBriefsPlugin(app as never, manifest as never);
	const onload = vi.spyOn(plugin, "onload");
	plugin.load();
	await onload.mock.results[0].value;
	if (layoutReady) await plugin.api.ready;
	const host = (plugin as unknown as { host: PluginHost }).host;
	return { app, plugin, host };
}

function leafOf(app: FakeApp, type: string): WorkspaceLeaf {
	const leaf = app.workspace.getLeavesOfType(type)[0];
	expect(leaf, `a ${type} leaf`).toBeDefined();
	return leaf;
}

/** The view of the first leaf of a type, checked to be of the plugin's class (not a deferred placeholder). */
function viewOf<T>(app: FakeApp, type: string, cls: abstract new (...args: never[]) => T): T {
	const view: unknown = leafOf(app, type).view;
	expect(view).toBeInstanceOf(cls);
	return view as T;
}

/**
 * Every open goes through the real PluginHost.openSource; the spy only hands us its promise.
 * `opened()` checks that exactly one new open happened since the last one, awaits it and returns its arguments.
 */
function watchOpens(host: PluginHost) {
	const spy = vi.spyOn(host, "openSource");
	let seen = 0;
	return async () => {
		expect(spy.mock.calls.length, "one new openSource call").toBe(seen + 1);
		seen = spy.mock.calls.length;
		await spy.mock.results.at(-1)!.value;
		return spy.mock.calls.at(-1)!;
	};
}

function editorOn(app: FakeApp): MarkdownView {
	const view = app.workspace.activeLeaf?.view;
	expect(view).toBeInstanceOf(MarkdownView);
	return view as MarkdownView;
}

/** The editor shows `path` with line `line` selected from its start to its end, and scrolled into view. */
function expectLineSelected(app: FakeApp, path: string, line: number): void {
	const view = editorOn(app);
	expect(view.file?.path).toBe(path);
	const text = app.vault.textOf(path)!.split("\n")[line];
	expect(view.selection).toEqual({ anchor: { line, ch: 0 }, head: { line, ch: text.length } });
	expect(view.editor.getSelection()).toBe(text);
	expect(view.scrolledTo?.from).toEqual({ line, ch: 0 });
	expect(view.eState).toMatchObject({ line });
	expect(app.workspace.getActiveFile()?.path).toBe(path);
}

const click = (el: Element, init: MouseEventInit = {}) =>
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0, ...init }));

describe("the real plugin wiring: clicks open the brief at the line", () => {
	let ctx: Loaded;
	beforeEach(async () => {
		noticeLog.length = 0;
		Platform.isMacOS = false;
		ctx = await loadPlugin();
	});
	afterEach(() => {
		ctx.plugin.unload();
		Platform.isMacOS = false;
		document.body.empty();
	});

	it("a click on a timeline row opens the brief in a new leaf (the timeline is not navigable) with the event's line selected", async () => {
		const { app, plugin, host } = ctx;
		await plugin.activateTimeline();
		const view = viewOf(app, "study-briefs-timeline", TimelineView);
		const rowOf = () =>
			[...view.containerEl.querySelectorAll<HTMLElement>(".sb-tl-row[data-pos]")].find(
				(r) => view.events[Number(r.dataset.pos)].briefPath === RUSSIA,
			);
		const row = rowOf();
		expect(row, "a timeline row of the Russia brief").toBeDefined();
		const ev = view.events[Number(row!.dataset.pos)];
		expect(ev.source.line).toBeGreaterThan(0);
		const opened = watchOpens(host);
		const leavesBefore = app.workspace.leaves.length;
		click(row!);
		expect((await opened())[1]).toBe("same");
		expectLineSelected(app, RUSSIA, ev.source.line);
		expect(app.workspace.leaves.length).toBe(leavesBefore + 1);
		expect(leafOf(app, "study-briefs-timeline").view).toBe(view);
		const noteLeaf = app.workspace.activeLeaf;

		// Back in the timeline, a second plain click reuses the note's tab (getLeaf(false)), not a third leaf.
		app.workspace.setActiveLeaf(leafOf(app, "study-briefs-timeline"));
		const other = view.events.findIndex((e) => e.briefPath === ROME);
		view.select(other, true);
		const romeRow = view.containerEl.querySelector<HTMLElement>(`.sb-tl-row[data-pos="${other}"]`);
		expect(romeRow, "a timeline row of the Rome brief").not.toBeNull();
		click(romeRow!);
		expect((await opened())[1]).toBe("same");
		expect(app.workspace.leaves.length).toBe(leavesBefore + 1);
		expect(app.workspace.activeLeaf).toBe(noteLeaf);
		expectLineSelected(app, ROME, view.events[other].source.line);

		// Mod+Alt-click: a split beside the active leaf (Keymap.isModEvent gives "split").
		click(rowOf()!, { ctrlKey: true, altKey: true });
		expect((await opened())[1]).toBe("split");
		expect(app.workspace.created.at(-1)!.how).toBe("split");
		expectLineSelected(app, RUSSIA, ev.source.line);
		expect(noticeLog).toEqual([]);
	});

	it("a click on a quote card reuses the note's tab; Mod-click (Ctrl here) opens a new one", async () => {
		const { app, plugin, host } = ctx;
		app.workspace.setActiveFile(app.vault.getFileByPath("Scratch.md"));
		const noteLeaf = app.workspace.activeLeaf!;
		await plugin.activateQuotes();
		const quotesLeaf = leafOf(app, "study-briefs-quotes");
		expect(quotesLeaf.side).toBe("right");
		const view = viewOf(app, "study-briefs-quotes", QuoteIndexView);
		const card = view.containerEl.querySelector<HTMLElement>(".sb-quote-card");
		expect(card, "a quote card").not.toBeNull();
		const opened = watchOpens(host);
		click(card!);
		const [ref, mode] = await opened();
		expect(mode).toBe("same");
		expect(app.workspace.activeLeaf).toBe(noteLeaf);
		expectLineSelected(app, ref.path, ref.line);
		expect(app.vault.textOf(ref.path)!.split("\n")[ref.line]).toMatch(/A quote about/);

		const leaves = app.workspace.leaves.length;
		click(view.containerEl.querySelector<HTMLElement>(".sb-quote-card")!, { ctrlKey: true });
		const [ref2, mode2] = await opened();
		expect(mode2).toBe("tab");
		expect(app.workspace.leaves.length).toBe(leaves + 1);
		expect(app.workspace.activeLeaf).not.toBe(noteLeaf);
		expectLineSelected(app, ref2.path, ref2.line);
	});

	it("on macOS Cmd is the Mod key: Ctrl-click stays in the tab, Cmd-click opens a new one", async () => {
		const { app, plugin, host } = ctx;
		Platform.isMacOS = true;
		app.workspace.setActiveFile(app.vault.getFileByPath("Scratch.md"));
		await plugin.activateQuotes();
		const view = viewOf(app, "study-briefs-quotes", QuoteIndexView);
		const opened = watchOpens(host);
		click(view.containerEl.querySelector(".sb-quote-card")!, { ctrlKey: true });
		expect((await opened())[1]).toBe("same");
		click(view.containerEl.querySelector(".sb-quote-card")!, { metaKey: true });
		expect((await opened())[1]).toBe("tab");
	});

	it("a brief deleted after it was listed is a Notice, not an exception", async () => {
		const { app, host } = ctx;
		await app.vault.delete(app.vault.getFileByPath(ROME)!);
		await host.openSource({ path: ROME, line: 3 });
		expect(noticeLog).toEqual([`Study Briefs: ${ROME} no longer exists.`]);
	});
});

describe("the real plugin wiring: views follow the active note", () => {
	let ctx: Loaded;
	beforeEach(async () => {
		ctx = await loadPlugin();
	});
	afterEach(() => {
		ctx.plugin.unload();
		document.body.empty();
	});

	const inActive = (view: TimelineView) =>
		[...view.containerEl.querySelectorAll<HTMLElement>(".sb-tl-row.sb-tl-in-active[data-pos]")].map(
			(r) => view.events[Number(r.dataset.pos)].briefPath,
		);

	it("the timeline takes the active note when it opens and follows it when the note changes", async () => {
		const { app, plugin } = ctx;
		app.workspace.setActiveFile(app.vault.getFileByPath(ROME));
		await plugin.activateTimeline();
		const view = viewOf(app, "study-briefs-timeline", TimelineView);
		expect(view.activePath).toBe(ROME);
		expect(new Set(inActive(view))).toEqual(new Set([ROME]));

		app.workspace.setActiveFile(app.vault.getFileByPath(RUSSIA));
		expect(view.activePath).toBe(RUSSIA);
		expect(new Set(inActive(view))).toEqual(new Set([RUSSIA]));

		// Focusing the timeline itself keeps the note it follows (getActiveFile: the most recent file).
		app.workspace.setActiveLeaf(leafOf(app, "study-briefs-timeline"));
		expect(app.workspace.getActiveFile()?.path).toBe(RUSSIA);
		expect(view.activePath).toBe(RUSSIA);
	});

	it("opening a brief from the timeline makes it the followed note", async () => {
		const { app, plugin, host } = ctx;
		await plugin.activateTimeline();
		const view = viewOf(app, "study-briefs-timeline", TimelineView);
		expect(view.activePath).toBeNull();
		await host.openSource({ path: ROME, line: 4 });
		expect(view.activePath).toBe(ROME);
		expect(host.activePath()).toBe(ROME);
	});

	it('the quote index pins the active brief\'s quotes ("Active note") and follows the switch', async () => {
		const { app, plugin } = ctx;
		app.workspace.setActiveFile(app.vault.getFileByPath(RUSSIA));
		await plugin.activateQuotes();
		const view = viewOf(app, "study-briefs-quotes", QuoteIndexView);
		const pinned = () => view.containerEl.querySelector(".sb-quote-group-badge")?.parentElement?.textContent ?? "";
		expect(pinned()).toBe("Active noteRevolution, 1917");
		app.workspace.setActiveFile(app.vault.getFileByPath(ROME));
		expect(pinned()).toBe("Active notePunic Wars, 1264");
		app.workspace.setActiveFile(app.vault.getFileByPath("Scratch.md"));
		expect(pinned()).toBe("");
	});
});

describe("the real plugin wiring: start-up and deferred views", () => {
	it("waits for layout-ready before reading the vault, then indexes it", async () => {
		const { app, plugin } = await loadPlugin(false);
		let ready = false;
		void plugin.api.ready.then(() => (ready = true));
		await app.metadataCache.whenIdle();
		expect(app.vault.reads).toEqual([]);
		expect(ready).toBe(false);
		app.workspace.finishLayout();
		await plugin.api.ready;
		expect(
			plugin.index
				.briefs()
				.map((b) => b.path)
				.sort(),
		).toEqual([ROME, RUSSIA]);
		plugin.unload();
	});

	it("a quote index restored as a deferred background tab is loaded before a random quote is shown", async () => {
		const { app, plugin } = await loadPlugin();
		const leaf = app.workspace.getRightLeaf(false).defer("study-briefs-quotes");
		expect(leaf.isDeferred).toBe(true);
		noticeLog.length = 0;
		await plugin.showRandomQuote();
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(QuoteIndexView);
		expect(app.workspace.getLeavesOfType("study-briefs-quotes")).toEqual([leaf]);
		expect(noticeLog).toEqual([]);
		plugin.unload();
	});

	it("a quiz tab restored as a deferred leaf is reused (and loaded) by 'Quiz this brief'", async () => {
		const { app, plugin } = await loadPlugin();
		const leaf = app.workspace.getLeaf("tab").defer("study-briefs-quiz");
		await plugin.startQuiz({ kind: "brief", path: ROME });
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(QuizView);
		expect(app.workspace.getLeavesOfType("study-briefs-quiz")).toEqual([leaf]);
		expect(leaf.view!.containerEl.textContent).toMatch(/Punic Wars/);
		plugin.unload();
	});

	it("edits reach the index only after Obsidian re-parses the note (after the write resolves)", async () => {
		const { app, plugin } = await loadPlugin();
		const file = app.vault.getFileByPath(ROME)!;
		const years = () => plugin.index.timeline().map((e) => e.date.start.year);
		await app.vault.modify(file, yamlBrief("Punic Wars", 1300));
		expect(years()).not.toContain(1300); // the cache has not been re-parsed yet
		await app.metadataCache.whenIdle();
		expect(years()).toContain(1300);
		expect(years()).not.toContain(1264);
		plugin.unload();
	});
});
