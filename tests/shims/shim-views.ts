/** obsidian shim, part 3: workspace leaves, views and modals. */
import { Component, Events, notImplemented } from "./shim-core";
import { setIcon, type Menu } from "./shim-ui";

export class WorkspaceLeaf extends Events {
	view: View | null = null;
	app: App;
	constructor(app: App) {
		super();
		this.app = app;
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
	/** Opens a view registered with Plugin.registerView, then hands it the state (like Obsidian). */
	async setViewState(viewState: { type: string; state?: unknown; active?: boolean }): Promise<void> {
		const factory = viewRegistry.get(viewState.type);
		if (!factory) notImplemented(`WorkspaceLeaf.setViewState for unregistered view type ${viewState.type}`);
		if (this.view?.getViewType() !== viewState.type) await this.open(factory(this));
		if (viewState.state !== undefined) await this.view!.setState(viewState.state, { history: false });
	}
	detach(): void {
		void this.view?.close();
		this.view = null;
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
		const el = this.containerEl.createEl("button", { cls: "view-action clickable-icon", attr: { "aria-label": title } });
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


/** View factories registered by plugins (Plugin.registerView), used by WorkspaceLeaf.setViewState. */
export const viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
