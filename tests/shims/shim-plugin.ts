/** obsidian shim, part 4: Plugin (records what it registers) and the setting tab. */
import { Component } from "./shim-core";
import { codeBlockProcessors, type CodeBlockHandler } from "./shim-markdown";
import { viewRegistry, type App, type View, type WorkspaceLeaf } from "./shim-views";

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
	statusBarItems: HTMLElement[] = [];
	/** Like Obsidian: a status bar element, removed when the plugin unloads. */
	addStatusBarItem(): HTMLElement {
		const el = document.createElement("div");
		el.className = "status-bar-item";
		this.statusBarItems.push(el);
		this.register(() => el.remove());
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
			(this.app.workspace as { detachLeavesOfType?: (t: string) => void } | undefined)?.detachLeavesOfType?.(
				type,
			);
		});
	}
	/** Like Obsidian: the processor runs for every fenced block of this language; unloading the plugin removes it. */
	registerMarkdownCodeBlockProcessor(
		language: string,
		handler: CodeBlockHandler,
		_sortOrder?: number,
	): CodeBlockHandler {
		if (codeBlockProcessors.has(language))
			throw new Error(`a code block processor for ${language} is already registered`);
		codeBlockProcessors.set(language, handler);
		this.register(() => codeBlockProcessors.delete(language));
		return handler;
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
