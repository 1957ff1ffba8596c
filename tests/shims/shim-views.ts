/** obsidian shim, part 3: workspace leaves, views and modals. */
import { Component, Events, notImplemented, type TFile } from "./shim-core";
import { setIcon, type Menu } from "./shim-ui";

/** The workspace side of a leaf (tests/shims/fake-workspace.ts); absent in tests that build leaves by hand. */
interface LeafWorkspace {
	setActiveLeaf?(leaf: WorkspaceLeaf, params?: { focus?: boolean }): void;
	activeLeaf?: WorkspaceLeaf | null;
	fileOpened?(leaf: WorkspaceLeaf): void;
	leafDetached?(leaf: WorkspaceLeaf): void;
	/** Records a view change in progress, so tests can wait for the workspace to settle (whenIdle). */
	track?<T>(work: Promise<T>): Promise<T>;
}

export type PaneType = "tab" | "split" | "window";

export interface OpenViewState {
	state?: Record<string, unknown>;
	eState?: Record<string, unknown>;
	active?: boolean;
}

/**
 * A leaf. Like Obsidian's: `openFile` shows a note in a MarkdownView (reused when the leaf already has
 * one) and makes the leaf active when asked; a leaf restored in the background holds a DeferredView
 * (`isDeferred`) until `loadIfDeferred`, `setViewState` or `workspace.revealLeaf` loads it.
 */
export class WorkspaceLeaf extends Events {
	view: View | null = null;
	app: App;
	/** A pinned leaf is never reused by `workspace.getLeaf(false)`. */
	pinned = false;
	/** Where the leaf lives: the main area, or a sidebar (getLeftLeaf / getRightLeaf). */
	side: "root" | "left" | "right" = "root";
	private deferredState: { type: string; state?: unknown } | null = null;
	constructor(app: App) {
		super();
		this.app = app;
	}
	private get ws(): LeafWorkspace | undefined {
		return this.app?.workspace as LeafWorkspace | undefined;
	}
	async open(view: View): Promise<View> {
		if (this.view) await this.view.close();
		this.view = view;
		await view.open(view.containerEl);
		return view;
	}
	getViewState(): { type: string } {
		return { type: this.view?.getViewType() ?? "empty" };
	}
	/** Opens a view registered with Plugin.registerView (or a built-in one), then hands it the state. */
	setViewState(viewState: { type: string; state?: unknown; active?: boolean }, eState?: unknown): Promise<void> {
		const work = this.applyViewState(viewState, eState);
		return this.ws?.track ? this.ws.track(work) : work;
	}
	private async applyViewState(
		viewState: { type: string; state?: unknown; active?: boolean },
		eState?: unknown,
	): Promise<void> {
		const factory = viewRegistry.get(viewState.type) ?? builtinViews.get(viewState.type);
		if (!factory) notImplemented(`WorkspaceLeaf.setViewState for unregistered view type ${viewState.type}`);
		this.deferredState = null;
		if (this.view?.getViewType() !== viewState.type || this.view instanceof DeferredView)
			await this.open(factory(this));
		if (viewState.state !== undefined) await this.view!.setState(viewState.state, { history: false });
		if (eState !== undefined) this.view!.setEphemeralState(eState);
		if (viewState.active) this.ws?.setActiveLeaf?.(this, { focus: true });
	}
	/** Open a note in this leaf (a MarkdownView), with its ephemeral state (`eState`, e.g. a line). */
	openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
		const work = this.applyOpenFile(file, openState);
		return this.ws?.track ? this.ws.track(work) : work;
	}
	private async applyOpenFile(file: TFile, openState: OpenViewState): Promise<void> {
		const factory = builtinViews.get("markdown");
		if (!factory) notImplemented("WorkspaceLeaf.openFile without the markdown view");
		if (file.extension !== "md")
			notImplemented(`WorkspaceLeaf.openFile for .${file.extension} files (only notes open in tests)`);
		this.deferredState = null;
		if (this.view?.getViewType() !== "markdown" || this.view instanceof DeferredView)
			await this.open(factory(this));
		const view = this.view as View & { loadFile(file: TFile): Promise<void> };
		await view.loadFile(file);
		if (openState.state) await view.setState(openState.state, { history: false });
		if (openState.eState) view.setEphemeralState(openState.eState);
		if (openState.active && this.ws?.setActiveLeaf) this.ws.setActiveLeaf(this, { focus: true });
		if (this.ws?.activeLeaf === this) this.ws.fileOpened?.(this);
	}
	get isDeferred(): boolean {
		return this.deferredState !== null;
	}
	async loadIfDeferred(): Promise<void> {
		const d = this.deferredState;
		if (!d) return;
		await this.setViewState({ type: d.type, state: d.state });
	}
	/** Test helper: what Obsidian does to a background tab restored after a restart (a DeferredView). */
	defer(type: string, state?: unknown): this {
		void this.view?.close();
		this.view = new DeferredView(this, type);
		this.deferredState = { type, state };
		return this;
	}
	detach(): void {
		void this.view?.close();
		this.view = null;
		this.deferredState = null;
		this.ws?.leafDetached?.(this);
	}
}

/** App is owned by Obsidian; tests build their own fakes (tests/shims/fake-app.ts) and pass them in. */
export interface App {
	[key: string]: any;
}

export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;
	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = document.createElement("div");
		this.containerEl.addClass("workspace-leaf-content");
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getIcon(): string {
		return this.icon;
	}
	async open(_containerEl: HTMLElement): Promise<void> {
		this.load();
		await this.onOpen();
	}
	async close(): Promise<void> {
		this.unload();
		await this.onClose();
	}
	async onOpen(): Promise<void> {}
	async onClose(): Promise<void> {}
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: unknown): Promise<void> {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	onPaneMenu(_menu: Menu, _source: string): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.containerEl.createDiv({ cls: "view-header" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.containerEl.createEl("button", {
			cls: "view-action clickable-icon",
			attr: { "aria-label": title },
		});
		setIcon(el, icon);
		el.addEventListener("click", callback);
		return el;
	}
}

export class Modal extends Component {
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	scope = { register: () => ({}) };
	isOpen = false;
	constructor(app: App) {
		super();
		this.app = app;
		this.containerEl = document.createElement("div");
		this.containerEl.addClass("modal-container");
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
	}
	open(): void {
		document.body.appendChild(this.containerEl);
		this.isOpen = true;
		this.onOpen();
	}
	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.onClose();
		this.containerEl.remove();
	}
	onOpen(): void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
}

/** What a background leaf holds until it is shown (Obsidian >= 1.7.2): not the view of its type. */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly type: string,
	) {
		super(leaf);
	}
	getViewType(): string {
		return this.type;
	}
	getDisplayText(): string {
		return this.type;
	}
}

/** View factories registered by plugins (Plugin.registerView), used by WorkspaceLeaf.setViewState. */
export const viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
/** The app's own views ("markdown"), registered by shim-markdown.ts. */
export const builtinViews = new Map<string, (leaf: WorkspaceLeaf) => View>();
