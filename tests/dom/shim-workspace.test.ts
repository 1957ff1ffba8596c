/**
 * The fake workspace and the small shim helpers against Obsidian's documented behaviour (obsidian.d.ts
 * doc comments: Workspace.getLeaf, getActiveFile, onLayoutReady, revealLeaf, WorkspaceLeaf.isDeferred,
 * Keymap.isModEvent; normalizePath).
 */
import { afterEach, describe, expect, it } from "vitest";
import { createFakeApp } from "../shims/fake-app";
import {
	ItemView,
	Keymap,
	MarkdownView,
	normalizePath,
	Platform,
	type TFile,
	type WorkspaceLeaf,
} from "../shims/obsidian";

class PanelView extends ItemView {
	getViewType(): string {
		return "panel";
	}
	getDisplayText(): string {
		return "Panel";
	}
}

const NOTES = { "A.md": "# A\nline 1\nline 2", "B.md": "# B\nb1" };

describe("fake workspace: getLeaf", () => {
	it("getLeaf(false) reuses the most recent navigable leaf; true, 'tab' and 'split' make new ones", async () => {
		const app = createFakeApp({ files: NOTES });
		const first = app.workspace.getLeaf(false);
		await first.openFile(app.vault.getFileByPath("A.md")!, { active: true });
		expect(app.workspace.getLeaf(false)).toBe(first);
		expect(app.workspace.getLeaf()).toBe(first);
		const tab = app.workspace.getLeaf("tab");
		const t2 = app.workspace.getLeaf(true);
		const split = app.workspace.getLeaf("split");
		expect(new Set([first, tab, t2, split]).size).toBe(4);
		expect(app.workspace.created.map((c) => c.how)).toEqual(["false", "tab", "true", "split"]);
	});

	it("getLeaf(false) skips a pinned leaf and a leaf with a view that does not navigate", async () => {
		const app = createFakeApp({ files: NOTES });
		const note = app.workspace.getLeaf(false);
		await note.openFile(app.vault.getFileByPath("A.md")!, { active: true });
		const panel = app.workspace.getLeaf("tab");
		await panel.setViewState({ type: "markdown" });
		await panel.open(new PanelView(panel));
		app.workspace.setActiveLeaf(panel);
		expect(app.workspace.getLeaf(false)).toBe(note);
		note.pinned = true;
		const fresh = app.workspace.getLeaf(false);
		expect([note, panel]).not.toContain(fresh);
	});

	it("sidebar leaves are never reused for notes", async () => {
		const app = createFakeApp({ files: NOTES });
		const right = app.workspace.getRightLeaf(false);
		expect(right.side).toBe("right");
		expect(app.workspace.getLeaf(false)).not.toBe(right);
	});
});

describe("fake workspace: openFile, the editor, the active file", () => {
	it("openFile shows the note in a MarkdownView, with its eState; the editor records what it got", async () => {
		const app = createFakeApp({ files: NOTES });
		const leaf = app.workspace.getLeaf(false);
		const a = app.vault.getFileByPath("A.md")!;
		await leaf.openFile(a, { active: true, eState: { line: 2 } });
		const view = leaf.view as MarkdownView;
		expect(view).toBeInstanceOf(MarkdownView);
		expect(view.file).toBe(a);
		expect(view.eState).toEqual({ line: 2 });
		expect(view.editor.lineCount()).toBe(3);
		view.editor.setCursor({ line: 1, ch: 0 });
		view.editor.setSelection({ line: 2, ch: 0 }, { line: 2, ch: 6 });
		view.editor.scrollIntoView({ from: { line: 2, ch: 0 }, to: { line: 2, ch: 0 } }, true);
		expect(view.editor.getSelection()).toBe("line 2");
		expect(view.editorCalls.map((c) => c.method)).toEqual(["setCursor", "setSelection", "scrollIntoView"]);
		expect(view.cursor).toEqual({ line: 2, ch: 6 });
		expect(view.scrolledTo).toEqual({ from: { line: 2, ch: 0 }, to: { line: 2, ch: 0 } });
	});

	it("openFile of a file that is not a note throws (the shim has no PDF or image view)", async () => {
		const app = createFakeApp({ files: { "map.pdf": "%PDF" } });
		await expect(app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("map.pdf")!)).rejects.toThrow(
			/not implemented/,
		);
	});

	it("fires active-leaf-change and file-open; getActiveFile keeps the last note while a panel is active", async () => {
		const app = createFakeApp({ files: NOTES });
		const log: string[] = [];
		app.workspace.on("file-open", (f: TFile | null) => log.push(`file-open ${f?.path ?? "null"}`));
		app.workspace.on("active-leaf-change", (l: WorkspaceLeaf | null) =>
			log.push(`leaf ${l?.view?.getViewType() ?? "null"}`),
		);
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath("A.md")!, { active: true });
		await leaf.openFile(app.vault.getFileByPath("B.md")!);
		const panel = app.workspace.getRightLeaf(false);
		await panel.open(new PanelView(panel));
		app.workspace.setActiveLeaf(panel);
		expect(app.workspace.getActiveFile()?.path).toBe("B.md");
		app.workspace.setActiveLeaf(leaf);
		expect(log).toEqual(["leaf markdown", "file-open A.md", "file-open B.md", "leaf panel", "leaf markdown"]);
		app.workspace.setActiveFile(null);
		expect(app.workspace.getActiveFile()).toBeNull();
	});
});

describe("fake workspace: layout-ready and deferred views", () => {
	it("onLayoutReady runs at once when the layout is ready, else after it is (in order)", () => {
		const ready = createFakeApp();
		let ran = 0;
		ready.workspace.onLayoutReady(() => ran++);
		expect(ran).toBe(1);

		const loading = createFakeApp({ layoutReady: false });
		const order: number[] = [];
		loading.workspace.onLayoutReady(() => order.push(1));
		loading.workspace.onLayoutReady(() => order.push(2));
		expect(loading.workspace.layoutReady).toBe(false);
		expect(order).toEqual([]);
		loading.workspace.finishLayout();
		expect(order).toEqual([1, 2]);
		loading.workspace.onLayoutReady(() => order.push(3));
		expect(order).toEqual([1, 2, 3]);
	});

	it("a deferred leaf holds a placeholder of its type until revealLeaf or loadIfDeferred loads it", async () => {
		const app = createFakeApp({ files: NOTES });
		const leaf = app.workspace.getLeaf("tab").defer("markdown");
		expect(leaf.isDeferred).toBe(true);
		expect(app.workspace.getLeavesOfType("markdown")).toEqual([leaf]);
		expect(leaf.view).not.toBeInstanceOf(MarkdownView);
		await app.workspace.revealLeaf(leaf);
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(MarkdownView);

		const other = app.workspace.getLeaf("tab").defer("markdown");
		await other.loadIfDeferred();
		expect(other.view).toBeInstanceOf(MarkdownView);
		await expect(app.workspace.getLeaf("tab").defer("unknown-type").loadIfDeferred()).rejects.toThrow(
			/not implemented/,
		);
	});
});

describe("Keymap.isModEvent and normalizePath", () => {
	afterEach(() => {
		Platform.isMacOS = false;
	});
	const ev = (init: MouseEventInit) => new MouseEvent("click", init);

	it("Mod is Ctrl off macOS: tab, split with Alt, window with Alt+Shift; Meta is not Mod there", () => {
		Platform.isMacOS = false;
		expect(Keymap.isModEvent(ev({ ctrlKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(ev({ ctrlKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(ev({ ctrlKey: true, altKey: true, shiftKey: true }))).toBe("window");
		expect(Keymap.isModEvent(ev({ metaKey: true }))).toBe(false);
		expect(Keymap.isModEvent(ev({ button: 1 }))).toBe("tab");
		expect(Keymap.isModEvent(ev({}))).toBe(false);
		expect(Keymap.isModEvent(null)).toBe(false);
		expect(Keymap.isModifier(ev({ ctrlKey: true }), "Mod")).toBe(true);
	});

	it("Mod is Cmd on macOS; Ctrl alone is not Mod there", () => {
		Platform.isMacOS = true;
		expect(Keymap.isModEvent(ev({ metaKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(ev({ metaKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(ev({ ctrlKey: true }))).toBe(false);
		expect(Keymap.isModifier(ev({ ctrlKey: true }), "Mod")).toBe(false);
		expect(Keymap.isModifier(ev({ metaKey: true }), "Mod")).toBe(true);
	});

	it("normalizePath: slashes, no-break spaces, leading and trailing slashes, NFC", () => {
		expect(normalizePath("\\Study Briefs\\\\reviews//")).toBe("Study Briefs/reviews");
		expect(normalizePath("/a/b/")).toBe("a/b");
		expect(normalizePath("a\u00a0b\u202fc")).toBe("a b c");
		expect(normalizePath("")).toBe("/");
		expect(normalizePath("//")).toBe("/");
		const decomposed = "Re\u0301volution/Pe\u0301tain.md"; // é as e + combining acute (macOS file names)
		expect(normalizePath(decomposed)).toBe("R\u00e9volution/P\u00e9tain.md");
		expect(normalizePath(decomposed)).toHaveLength(decomposed.length - 2);
	});
});
