/**
 * The fake workspace (see fake-app.ts), faithful to Obsidian's documented behaviour where the plugin
 * depends on it:
 * - `getLeaf(false)` (or no argument) reuses the most recent main-area leaf that can navigate (not pinned,
 *   empty or showing a navigable view such as a note), else another such leaf, else makes a new one;
 *   `getLeaf(true | "tab" | "split" | "window")` always makes a new leaf.
 * - `getActiveFile()` is the file of the active view when it is a FileView, else the most recently active file.
 * - `setActiveLeaf` fires "active-leaf-change", and "file-open" when the active file changes.
 * - `onLayoutReady` runs the callback at once when the layout is ready, else queues it until
 *   `finishLayout()` (a test helper: createFakeApp({ layoutReady: false }) starts before layout-ready).
 * - `revealLeaf` loads a deferred leaf (await it), like Obsidian >= 1.7.2.
 */
import { Events, FileView, MarkdownView, WorkspaceLeaf } from "./obsidian";
import type { PaneType, TFile, View } from "./obsidian";

export interface OpenedLink {
	linktext: string;
	sourcePath: string;
	newLeaf?: unknown;
	state?: unknown;
}

function canNavigate(leaf: WorkspaceLeaf): boolean {
	return !leaf.pinned && (leaf.view === null || leaf.view.navigation);
}

export class FakeWorkspace extends Events {
	readonly leaves: WorkspaceLeaf[] = [];
	readonly opened: OpenedLink[] = [];
	readonly revealed: WorkspaceLeaf[] = [];
	/** How each new leaf was asked for (getLeaf's argument, or "left"/"right"), newest last. */
	readonly created: { leaf: WorkspaceLeaf; how: string }[] = [];
	layoutReady: boolean;
	activeLeaf: WorkspaceLeaf | null = null;
	private readonly readyQueue: (() => unknown)[] = [];
	/** View changes in progress (setViewState, openFile). */
	private readonly pending = new Set<Promise<unknown>>();
	private recentFile: TFile | null = null;
	/** Main-area leaves, most recently active last. */
	private readonly recent: WorkspaceLeaf[] = [];

	constructor(
		private readonly app: unknown,
		layoutReady = true,
	) {
		super();
		this.layoutReady = layoutReady;
	}

	onLayoutReady(cb: () => unknown): void {
		if (this.layoutReady) cb();
		else this.readyQueue.push(cb);
	}

	/** Test helper: the layout finished loading; queued onLayoutReady callbacks run in order. */
	finishLayout(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.readyQueue.splice(0)) cb();
	}

	/** Called by leaves: a view change in progress. */
	track<T>(work: Promise<T>): Promise<T> {
		this.pending.add(work);
		const done = () => void this.pending.delete(work);
		work.then(done, done);
		return work;
	}

	/** Test helper: resolves when no view change is in progress (a command's `void activate…()` has finished). */
	async whenIdle(): Promise<void> {
		while (this.pending.size) await Promise.allSettled([...this.pending]);
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view?.getViewType() === type);
	}

	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		return view instanceof FileView ? view.file : this.recentFile;
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return this.recent.at(-1) ?? null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean }): void {
		if (!this.leaves.includes(leaf))
			throw new Error("fake workspace: setActiveLeaf on a leaf that is not in the workspace");
		if (leaf.side === "root") {
			const i = this.recent.indexOf(leaf);
			if (i >= 0) this.recent.splice(i, 1);
			this.recent.push(leaf);
		}
		if (this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this.trigger("active-leaf-change", leaf);
		this.fileOpened(leaf);
	}

	/** Called by a leaf that shows a note: "file-open" when the active file changed. */
	fileOpened(leaf: WorkspaceLeaf): void {
		if (leaf !== this.activeLeaf || !(leaf.view instanceof FileView)) return;
		const file = leaf.view.file;
		if (file === this.recentFile) return;
		this.recentFile = file;
		this.trigger("file-open", file);
	}

	/** Test helper: the user opens this note in the current tab (null: closes every note). Synchronous. */
	setActiveFile(file: TFile | null): void {
		if (file === null) {
			for (const l of this.leaves.filter((x) => x.view instanceof FileView)) l.detach();
			this.activeLeaf = null;
			this.recentFile = null;
			this.trigger("file-open", null);
			this.trigger("active-leaf-change", null);
			return;
		}
		const leaf = this.getLeaf(false);
		if (!(leaf.view instanceof MarkdownView)) {
			void leaf.view?.close();
			leaf.view = new MarkdownView(leaf);
			leaf.view.load();
		}
		const view = leaf.view as MarkdownView;
		view.file = file;
		view.showText((this.app as { vault: { textOf(p: string): string | undefined } }).vault.textOf(file.path) ?? "");
		if (this.activeLeaf === leaf) this.fileOpened(leaf);
		else this.setActiveLeaf(leaf);
	}

	getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const recent = this.getMostRecentLeaf();
			if (recent && canNavigate(recent)) return recent;
			const other = this.leaves.find((l) => l.side === "root" && canNavigate(l));
			if (other) return other;
		}
		return this.createLeaf("root", String(newLeaf ?? false));
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("right", "right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("left", "left");
	}

	private createLeaf(side: WorkspaceLeaf["side"], how: string): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app as never);
		leaf.side = side;
		this.leaves.push(leaf);
		this.created.push({ leaf, how });
		return leaf;
	}

	/** Test helper: open a view in its own leaf. */
	async openView(view: View): Promise<WorkspaceLeaf> {
		const leaf = view.leaf;
		if (!this.leaves.includes(leaf)) this.leaves.push(leaf);
		await leaf.open(view);
		return leaf;
	}

	leafDetached(leaf: WorkspaceLeaf): void {
		const i = this.leaves.indexOf(leaf);
		if (i >= 0) this.leaves.splice(i, 1);
		const r = this.recent.indexOf(leaf);
		if (r >= 0) this.recent.splice(r, 1);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			this.trigger("active-leaf-change", null);
		}
	}

	detachLeavesOfType(type: string): void {
		for (const l of this.getLeavesOfType(type)) l.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
		await leaf.loadIfDeferred();
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown, state?: unknown): Promise<void> {
		this.opened.push({ linktext, sourcePath, newLeaf, state });
	}
}
