/**
 * An in-memory fake App for dom tests, shared by every engineer:
 *   const app = createFakeApp({ files: { "A.md": "---\ndg-publish: true\n---\n# A" } });
 * vault (fake-vault.ts), metadataCache (fake-metadata.ts: front-matter via js-yaml `load`, JSON
 * front-matter too; links and embeds), workspace (fake-workspace.ts: leaves, active file, layout-ready,
 * openLinkText recorder), fileManager, local storage.
 * Like Obsidian: a write fires the vault event and resolves; the metadata cache re-parses the note on a
 * later task and fires "changed" (file, data, cache) and "resolved", only when the content changed; a
 * new note has no cache until then (`await app.metadataCache.whenIdle()` waits for it).
 * App-owned things it cannot do throw.
 */
import { dump, load } from "js-yaml";
import type { TFile } from "./obsidian";
import { FakeVault } from "./fake-vault";
import { FakeMetadataCache, splitFm, type FrontmatterParser } from "./fake-metadata";
import { FakeWorkspace } from "./fake-workspace";

export { FakeVault, FakeAdapter } from "./fake-vault";
export {
	FakeMetadataCache,
	linksOf,
	type FakeCache,
	type FakeLinkCache,
	type FrontmatterParser,
} from "./fake-metadata";
export { FakeWorkspace, type OpenedLink } from "./fake-workspace";

/** Obsidian's front-matter rule: YAML (JSON is YAML too); invalid or non-map front-matter is no front-matter. */
export function defaultFrontmatter(raw: string): Record<string, unknown> | undefined {
	try {
		const v: unknown = raw.trimStart().startsWith("{") ? JSON.parse(raw) : load(raw);
		return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

export class FakeFileManager {
	constructor(private readonly app: FakeApp) {}
	async processFrontMatter(file: TFile, fn: (fm: Record<string, unknown>) => void): Promise<void> {
		await this.app.vault.process(file, (text) => {
			const { raw, body } = splitFm(text);
			const fm = (raw === null ? {} : defaultFrontmatter(raw)) ?? null;
			if (fm === null) throw new Error("YAML front-matter could not be parsed");
			fn(fm);
			return `---\n${dump(fm)}---\n${body}`;
		});
	}
	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
		const target = this.app.metadataCache.fileToLinktext(file, sourcePath);
		return `[[${target}${subpath}${alias ? `|${alias}` : ""}]]`;
	}
	async trashFile(file: TFile): Promise<void> {
		await this.app.vault.delete(file);
	}
	async renameFile(file: TFile, newPath: string): Promise<void> {
		await this.app.vault.rename(file, newPath);
	}
}

export interface FakeAppOptions {
	files?: Record<string, string>;
	frontmatter?: FrontmatterParser;
	/** false: the app is still loading its layout (plugins enabled at start-up); call workspace.finishLayout(). */
	layoutReady?: boolean;
}

export interface FakeApp {
	appId: string;
	vault: FakeVault;
	metadataCache: FakeMetadataCache;
	workspace: FakeWorkspace;
	fileManager: FakeFileManager;
	plugins: { plugins: Record<string, unknown> };
	localStorage: Map<string, unknown>;
	loadLocalStorage(key: string): unknown;
	saveLocalStorage(key: string, value: unknown): void;
}

export function createFakeApp(opts: FakeAppOptions = {}): FakeApp {
	const vault = new FakeVault(opts.files ?? {});
	const metadataCache = new FakeMetadataCache(vault, opts.frontmatter ?? defaultFrontmatter);
	vault.sink = metadataCache;
	metadataCache.prime();
	const localStorage = new Map<string, unknown>();
	const app = {
		appId: "fake-app",
		vault,
		metadataCache,
		plugins: { plugins: {} },
		localStorage,
		loadLocalStorage: (key: string) => (localStorage.has(key) ? localStorage.get(key) : null),
		saveLocalStorage: (key: string, value: unknown) => {
			if (value === null || value === undefined) localStorage.delete(key);
			else localStorage.set(key, value);
		},
	} as unknown as FakeApp;
	app.workspace = new FakeWorkspace(app, opts.layoutReady ?? true);
	app.fileManager = new FakeFileManager(app);
	return app;
}
