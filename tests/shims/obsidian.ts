/**
 * A small, honest stand-in for the `obsidian` module in tests (jsdom and real Chromium).
 * It implements what our code really uses (DOM helpers, Component lifecycle, Events, views, settings
 * widgets, Notice, Menu ...) and THROWS for app-owned things it does not implement, so a test can never
 * pass by accident against a fake that silently does nothing.
 */
import "./dom-helpers";

function notImplemented(name: string): never {
	throw new Error(`obsidian shim: ${name} is app-owned and not implemented in tests`);
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

export function normalizePath(path: string): string {
	return path
		.replace(/\\/g, "/")
		.replace(/\/+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/\u00a0|\u202f/g, " ") || "/";
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false) {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const run = () => {
		timer = null;
		if (lastArgs) cb(...lastArgs);
		lastArgs = null;
	};
	const fn = (...args: T) => {
		lastArgs = args;
		if (timer && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (!timer) timer = setTimeout(run, timeout);
		return fn;
	};
	fn.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return fn;
	};
	fn.run = () => {
		if (timer) {
			clearTimeout(timer);
			run();
		}
	};
	return fn;
}

/** Events: on/off/trigger with EventRefs, like Obsidian's. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private _handlers = new Map<string, EventRef[]>();
	on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		const list = this._handlers.get(name) ?? [];
		list.push(ref);
		this._handlers.set(name, list);
		return ref;
	}
	off(name: string, callback: (...data: any[]) => unknown): void {
		const list = this._handlers.get(name);
		if (list) this._handlers.set(name, list.filter((r) => r.fn !== callback));
	}
	offref(ref: EventRef): void {
		const list = this._handlers.get(ref.name);
		if (list) this._handlers.set(ref.name, list.filter((r) => r !== ref));
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this._handlers.get(name) ?? [])]) ref.fn.apply(ref.ctx, data);
	}
	tryTrigger(ref: EventRef, data: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, data);
		} catch (e) {
			console.error(e);
		}
	}
	/** Test helper: how many handlers are registered (all names, or one). */
	listenerCount(name?: string): number {
		if (name) return this._handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._handlers.values()) n += list.length;
		return n;
	}
}

/** Component: load/unload lifecycle with registered cleanups, events, DOM events and intervals. */
export class Component {
	_loaded = false;
	private _children: Component[] = [];
	private _cleanups: (() => unknown)[] = [];
	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const c of this._children) c.load();
	}
	onload(): void {}
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const c of this._children.splice(0)) c.unload();
		for (const fn of this._cleanups.splice(0).reverse()) fn();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}
	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}
	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (ev: any) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback as EventListener, options);
		this.register(() => el.removeEventListener(type, callback as EventListener, options));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
	/** Test helper: registered cleanups still pending (listeners, intervals ...). */
	pendingCleanups(): number {
		return this._cleanups.length + this._children.reduce((n, c) => n + c.pendingCleanups(), 0);
	}
}

export abstract class TAbstractFile {
	vault: unknown = null;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "md";
	constructor(path = "", stat?: { ctime: number; mtime: number; size: number }) {
		super();
		if (path) setFilePath(this, path);
		if (stat) this.stat = stat;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	constructor(path = "") {
		super();
		this.path = path;
		this.name = path.split("/").pop() ?? "";
	}
	isRoot(): boolean {
		return this.path === "" || this.path === "/";
	}
}

/** Test helper: set path, name, basename and extension of a TFile together (rename). */
export function setFilePath(file: TFile, path: string): void {
	file.path = path;
	file.name = path.split("/").pop() ?? path;
	const dot = file.name.lastIndexOf(".");
	file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
	file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
}

/** Every Notice shown during a test, newest last. */
export const noticeLog: string[] = [];

export class Notice {
	noticeEl: HTMLElement;
	message: string;
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.noticeEl = document.createElement("div");
		this.noticeEl.textContent = this.message;
		noticeLog.push(this.message);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		this.noticeEl.textContent = this.message;
		return this;
	}
	hide(): void {}
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("width", "16");
	svg.setAttribute("height", "16");
	svg.setAttribute("data-icon", iconId);
	parent.appendChild(svg);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

export class Keymap {
	static isModEvent(evt?: UIEvent | null): boolean | "tab" | "split" | "window" {
		if (!evt) return false;
		const e = evt as MouseEvent;
		if (e.ctrlKey || e.metaKey) return "tab";
		if ((e).button === 1) return "tab";
		return false;
	}
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: string): boolean {
		const e = evt as KeyboardEvent;
		if (modifier === "Mod") return e.ctrlKey || e.metaKey;
		if (modifier === "Shift") return e.shiftKey;
		if (modifier === "Alt") return e.altKey;
		if (modifier === "Ctrl") return e.ctrlKey;
		if (modifier === "Meta") return e.metaKey;
		return false;
	}
}

/** Fuzzy search like Obsidian's: every query character in order; score favours tight, early matches. */
export function prepareFuzzySearch(query: string): (text: string) => { score: number; matches: [number, number][] } | null {
	const q = query.toLowerCase().replace(/\s+/g, "");
	return (text: string) => {
		const t = text.toLowerCase();
		let ti = 0;
		let score = 0;
		let last = -1;
		const matches: [number, number][] = [];
		for (const ch of q) {
			const found = t.indexOf(ch, ti);
			if (found < 0) return null;
			score -= last < 0 ? found * 0.01 : found - last - 1;
			if (matches.length && matches[matches.length - 1][1] === found) matches[matches.length - 1][1] = found + 1;
			else matches.push([found, found + 1]);
			last = found;
			ti = found + 1;
		}
		return { score, matches };
	};
}

export function prepareSimpleSearch(query: string): (text: string) => { score: number; matches: [number, number][] } | null {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	return (text: string) => {
		const t = text.toLowerCase();
		const matches: [number, number][] = [];
		for (const w of words) {
			const i = t.indexOf(w);
			if (i < 0) return null;
			matches.push([i, i + w.length]);
		}
		return { score: 0, matches };
	};
}

export class MenuItem {
	title = "";
	icon = "";
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon ?? "";
		return this;
	}
	setSection(_section: string): this {
		return this;
	}
	setChecked(_checked: boolean | null): this {
		return this;
	}
	setDisabled(_disabled: boolean): this {
		return this;
	}
	onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = cb;
		return this;
	}
}

/** The last menu shown in a test (`Menu.last`), so tests can click its items. */
export class Menu extends Component {
	static last: Menu | null = null;
	items: MenuItem[] = [];
	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		Menu.last = this;
		return this;
	}
	showAtPosition(_pos: { x: number; y: number }): this {
		Menu.last = this;
		return this;
	}
	hide(): this {
		return this;
	}
	/** Test helper: run the item with this title. */
	click(title: string): void {
		const item = this.items.find((i) => i.title === title);
		if (!item) throw new Error(`menu has no item "${title}" (has: ${this.items.map((i) => i.title).join(", ")})`);
		item.callback?.(new MouseEvent("click"));
	}
}

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

export interface ShimCommand {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	hotkeys?: unknown[];
}

/**
 * Plugin: what a plugin registers is recorded (commands, views, ribbon icons, setting tabs) and its
 * data lives in memory (`storedData`, preset it to test migrations). Views open through
 * WorkspaceLeaf.setViewState with the registered factories.
 */
export abstract class Plugin extends Component {
	app: App;
	manifest: { id: string; name: string; version: string; dir?: string };
	commands: ShimCommand[] = [];
	ribbonIcons: { icon: string; title: string; el: HTMLElement }[] = [];
	settingTabs: PluginSettingTab[] = [];
	storedData: unknown = null;
	constructor(app: App, manifest: { id: string; name: string; version: string; dir?: string }) {
		super();
		this.app = app;
		this.manifest = manifest;
	}
	addCommand(command: ShimCommand): ShimCommand {
		if (this.commands.some((c) => c.id === command.id)) throw new Error(`duplicate command id ${command.id}`);
		this.commands.push(command);
		return command;
	}
	/** Test helper: run a command by id (as the command palette would). */
	runCommand(id: string): void {
		const c = this.commands.find((x) => x.id === id);
		if (!c) throw new Error(`no command ${id}`);
		if (c.checkCallback) c.checkCallback(false);
		else c.callback?.();
	}
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = document.createElement("div");
		el.setAttribute("aria-label", title);
		el.addEventListener("click", callback);
		this.ribbonIcons.push({ icon, title, el });
		return el;
	}
	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}
	registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
		viewRegistry.set(type, factory);
		// Like Obsidian: unloading the plugin closes its views.
		this.register(() => {
			viewRegistry.delete(type);
			(this.app.workspace as { detachLeavesOfType?: (t: string) => void } | undefined)?.detachLeavesOfType?.(type);
		});
	}
	hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.hoverLinkSources.set(id, info);
	}
	async loadData(): Promise<unknown> {
		return this.storedData === null ? null : JSON.parse(JSON.stringify(this.storedData));
	}
	async saveData(data: unknown): Promise<void> {
		this.storedData = JSON.parse(JSON.stringify(data));
	}
}

export abstract class PluginSettingTab {
	app: App;
	plugin: Plugin;
	containerEl: HTMLElement;
	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
		this.containerEl = document.createElement("div");
	}
	abstract display(): void;
	hide(): void {}
}

abstract class ValueComponent<T> {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	private cb: ((v: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("input", { attr: { type: "text" } });
		this.inputEl.addEventListener("input", () => this.cb?.(this.inputEl.value));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.placeholder = p;
		return this;
	}
	onChange(cb: (v: string) => unknown): this {
		this.cb = cb;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLInputElement;
	private cb: ((v: boolean) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createEl("input", { attr: { type: "checkbox" } });
		this.toggleEl.addEventListener("change", () => this.cb?.(this.toggleEl.checked));
	}
	getValue(): boolean {
		return this.toggleEl.checked;
	}
	setValue(value: boolean): this {
		this.toggleEl.checked = value;
		return this;
	}
	onChange(cb: (v: boolean) => unknown): this {
		this.cb = cb;
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private cb: ((v: string) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select");
		this.selectEl.addEventListener("change", () => this.cb?.(this.selectEl.value));
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, attr: { value } });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(cb: (v: string) => unknown): this {
		this.cb = cb;
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(t: string): this {
		this.buttonEl.setText(t);
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setTooltip(t: string): this {
		this.buttonEl.setAttribute("aria-label", t);
		return this;
	}
	setDisabled(d: boolean): this {
		this.buttonEl.disabled = d;
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", cb);
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.setText(typeof name === "string" ? name : (name.textContent ?? ""));
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.setText(typeof desc === "string" ? desc : (desc.textContent ?? ""));
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass("setting-item-heading");
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		const c = new TextComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		const c = new ToggleComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		const c = new DropdownComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		const c = new ButtonComponent(this.controlEl);
		this.components.push(c);
		cb(c);
		return this;
	}
	addExtraButton(cb: (c: ButtonComponent) => unknown): this {
		return this.addButton(cb);
	}
}

export function parseYaml(_text: string): unknown {
	return notImplemented("parseYaml (pass a YAML parser in tests)");
}

export function stringifyYaml(_obj: unknown): string {
	return notImplemented("stringifyYaml");
}

export const MarkdownRenderer = {
	render(): Promise<void> {
		return notImplemented("MarkdownRenderer.render");
	},
};

export function requestUrl(): never {
	return notImplemented("requestUrl (the plugin never goes online)");
}

export class FuzzySuggestModal<T> extends Modal {
	getItems(): T[] {
		return [];
	}
}

/** A Markdown editor view: only what openAtLine uses, backed by a line array. */
export class MarkdownView extends ItemView {
	file: TFile | null = null;
	lines: string[] = [""];
	cursor = { line: 0, ch: 0 };
	editor = {
		lineCount: () => this.lines.length,
		getLine: (n: number) => this.lines[n] ?? "",
		setCursor: (pos: { line: number; ch: number }) => {
			this.cursor = pos;
		},
		setSelection: (from: { line: number; ch: number }) => {
			this.cursor = from;
		},
		scrollIntoView: () => {},
		getValue: () => this.lines.join("\n"),
	};
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
}
