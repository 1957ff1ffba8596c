/**
 * Mobile-load test: Obsidian mobile has no Node. The built main.js is evaluated in a bare `node:vm`
 * context that looks like a mobile webview's window (timers, console, crypto; no requestIdleCallback,
 * as on iOS) and has no Node globals (no Buffer, process, global, setImmediate, require, module). Like
 * Obsidian, the code runs inside a function that receives `require`, `module` and `exports`, and `require`
 * only knows `obsidian`. It must load, export the plugin class, and then the plugin must get through
 * onload, layout-ready (the first index pass over a small vault) and onunload in that context, so a
 * Node global used inside a function is caught too. (This is what keeps gray-matter, fs and friends out.)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import vm from "node:vm";
import { load as loadYaml } from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { FakeVault } from "../shims/fake-vault";
import { FakeMetadataCache } from "../shims/fake-metadata";
import * as core from "../shims/shim-core";

const MAIN = new URL("../../main.js", import.meta.url).pathname;
const NODE_GLOBALS = [
	"process",
	"Buffer",
	"global",
	"setImmediate",
	"clearImmediate",
	"require",
	"module",
	"exports",
	"__dirname",
	"__filename",
];

/** An `obsidian` module where every export is a harmless class, like the real one's shape. */
function obsidianStub(extra: Record<string, unknown> = {}): Record<string, unknown> {
	const cache: Record<string, unknown> = { ...extra };
	return new Proxy(cache, {
		get(target, name: string) {
			if (!(name in target)) {
				target[name] = class {
					static stubName = name;
				};
			}
			return target[name];
		},
	});
}

/** A context like a mobile webview's window: browser globals only. */
function mobileContext(): vm.Context {
	const context = vm.createContext({
		console,
		setTimeout,
		clearTimeout,
		setInterval,
		clearInterval,
		queueMicrotask,
		crypto: globalThis.crypto,
		performance,
		TextEncoder,
		TextDecoder,
		URL,
	});
	vm.runInContext("globalThis.window = globalThis; globalThis.self = globalThis;", context);
	return context;
}

/** Evaluates main.js as Obsidian does: a function of (require, module, exports), run in the window. */
function loadMain(context: vm.Context, obsidian: Record<string, unknown>): { exported: unknown; required: string[] } {
	const required: string[] = [];
	const module = { exports: {} as Record<string, unknown> };
	const wrapped = vm.runInContext(
		`(function (require, module, exports) {${readFileSync(MAIN, "utf8")}\n})`,
		context,
		{ filename: "main.js" },
	) as (...args: unknown[]) => void;
	const require = (id: string) => {
		required.push(id);
		if (id === "obsidian") return obsidian;
		throw new Error(`main.js requires "${id}", which mobile does not have`);
	};
	wrapped(require, module, module.exports);
	return { exported: (module.exports as { default?: unknown }).default ?? module.exports, required };
}

/** Just enough of Obsidian for the plugin's lifecycle, built on the shim's pure parts (no DOM, no Node). */
function miniObsidian(notices: string[]) {
	class Plugin extends core.Component {
		data: unknown = null;
		readonly registered: string[] = [];
		constructor(
			public app: unknown,
			public manifest: unknown,
		) {
			super();
		}
		async loadData(): Promise<unknown> {
			return this.data;
		}
		async saveData(data: unknown): Promise<void> {
			this.data = JSON.parse(JSON.stringify(data));
		}
		addCommand(c: { id: string }): unknown {
			this.registered.push(`command ${c.id}`);
			return c;
		}
		registerView(type: string): void {
			this.registered.push(`view ${type}`);
		}
		registerHoverLinkSource(id: string): void {
			this.registered.push(`hover ${id}`);
		}
		addRibbonIcon(icon: string): unknown {
			this.registered.push(`ribbon ${icon}`);
			return {};
		}
		addSettingTab(): void {
			this.registered.push("setting tab");
		}
		registerMarkdownCodeBlockProcessor(language: string): unknown {
			this.registered.push(`code block ${language}`);
			return {};
		}
		addStatusBarItem(): never {
			// Obsidian mobile has no status bar: a plugin must not rely on one there.
			throw new Error("addStatusBarItem on mobile: there is no status bar");
		}
	}
	const Platform = {
		...core.Platform,
		isDesktop: false,
		isDesktopApp: false,
		isMobile: true,
		isMobileApp: true,
		isPhone: true,
		isAndroidApp: true,
		isLinux: false,
	};
	class PluginSettingTab {
		constructor(
			public app: unknown,
			public plugin: unknown,
		) {}
	}
	class Notice {
		constructor(message: string) {
			notices.push(message);
		}
		setMessage(): this {
			return this;
		}
		hide(): void {}
	}
	const parseYaml = (text: string) => loadYaml(text);
	return { ...core, Platform, Plugin, PluginSettingTab, Notice, parseYaml };
}

const BRIEF =
	'---\ndg-publish: true\n---\n## The Punic Wars, 264–146 BC\n\n- **Background:** Rome fought Carthage from 264 BC.\n\n**Key Quotes:**\n\n- "Carthage must be destroyed."\n';

function miniApp() {
	const vault = new FakeVault({ "Rome/Punic Wars.md": BRIEF, "Welcome.md": "# Welcome\n" });
	const metadataCache = new FakeMetadataCache(vault, (raw) => loadYaml(raw) as Record<string, unknown>);
	vault.sink = metadataCache;
	metadataCache.prime();
	const readyQueue: (() => unknown)[] = [];
	class Workspace extends core.Events {
		layoutReady = false;
		onLayoutReady(cb: () => unknown): void {
			if (this.layoutReady) cb();
			else readyQueue.push(cb);
		}
		finishLayout(): void {
			this.layoutReady = true;
			for (const cb of readyQueue.splice(0)) cb();
		}
		getActiveFile(): null {
			return null;
		}
		getLeavesOfType(): unknown[] {
			return [];
		}
	}
	const storage = new Map<string, unknown>();
	return {
		appId: "mobile-smoke",
		vault,
		metadataCache,
		workspace: new Workspace(),
		fileManager: {},
		loadLocalStorage: (k: string) => storage.get(k) ?? null,
		saveLocalStorage: (k: string, v: unknown) => void storage.set(k, v),
	};
}

describe("main.js loads without Node (mobile)", () => {
	beforeAll(() => {
		if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < Date.now() - 60 * 60 * 1000) {
			execFileSync("node", ["esbuild.config.mjs", "production"], {
				cwd: new URL("../..", import.meta.url).pathname,
			});
		}
	});

	it("evaluates in a context with no Buffer, process or Node require", () => {
		const context = mobileContext();
		expect(vm.runInContext(NODE_GLOBALS.map((g) => `typeof ${g}`).join(" + ','+ "), context)).toBe(
			NODE_GLOBALS.map(() => "undefined").join(","),
		);
		const { exported, required } = loadMain(context, obsidianStub());
		expect(typeof exported).toBe("function");
		expect(required.filter((r) => r !== "obsidian")).toEqual([]);
	});

	it("the plugin loads, indexes a vault at layout-ready and unloads in that context, leaking no Node global", async () => {
		const context = mobileContext();
		const before = new Set(vm.runInContext("Object.getOwnPropertyNames(globalThis)", context) as string[]);
		const notices: string[] = [];
		const { exported } = loadMain(context, obsidianStub(miniObsidian(notices)));
		const app = miniApp();
		type Loaded = Omit<core.Component, "onload"> & {
			onload(): Promise<void>;
			registered: string[];
			api: { ready: Promise<void> };
			index: { timeline(): unknown[] };
		};
		const PluginClass = exported as new (app: unknown, manifest: unknown) => Loaded;
		const plugin = new PluginClass(app, {
			id: "study-briefs",
			name: "Study Briefs",
			version: "0.1.0",
			dir: ".obsidian/plugins/study-briefs",
		});
		await plugin.onload();
		plugin._loaded = true;
		expect(plugin.registered).toEqual(
			expect.arrayContaining(["view study-briefs-timeline", "command open-timeline", "setting tab"]),
		);
		app.workspace.finishLayout();
		await plugin.api.ready;
		const events = plugin.index.timeline().length;
		expect(events).toBeGreaterThan(0);
		const write = await app.vault.create(
			"Russia/Recognition.md",
			BRIEF.replace("The Punic Wars, 264–146 BC", "Recognition, 1933"),
		);
		expect(write.path).toBe("Russia/Recognition.md");
		await app.metadataCache.whenIdle();
		expect(plugin.index.timeline().length).toBeGreaterThan(events);
		plugin.unload();
		expect(app.vault.listenerCount() + app.metadataCache.listenerCount() + app.workspace.listenerCount()).toBe(0);
		expect(notices).toEqual([]);
		const added = (vm.runInContext("Object.getOwnPropertyNames(globalThis)", context) as string[]).filter(
			(k) => !before.has(k),
		);
		expect(added).toEqual([]);
		expect(vm.runInContext(NODE_GLOBALS.map((g) => `typeof ${g}`).join(" + ','+ "), context)).toBe(
			NODE_GLOBALS.map(() => "undefined").join(","),
		);
	});

	it("bundles no Node-only library", () => {
		const code = readFileSync(MAIN, "utf8");
		for (const marker of ["gray-matter", 'require("fs")', 'require("path")', "Buffer.from"]) {
			expect(code.includes(marker), marker).toBe(false);
		}
		const manifest = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"));
		expect(manifest.isDesktopOnly).toBe(false);
		expect(manifest.id).toBe("study-briefs");
	});
});
