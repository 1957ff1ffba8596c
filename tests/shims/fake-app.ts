/**
 * An in-memory fake App for dom tests, shared by every engineer:
 *   const app = createFakeApp({ files: { "A.md": "---\ndg-publish: true\n---\n# A" } });
 * vault (fake-vault.ts), metadataCache (front-matter via js-yaml `load`, JSON front-matter too; wiki links),
 * workspace (leaves, active file, openLinkText recorder), fileManager, local storage.
 * Like Obsidian: a write fires the vault event, then the metadata cache re-parses and fires
 * "changed" (file, data, cache) and "resolved"; a new note has no cache until then. Awaiting a
 * vault mutation resolves after "changed" has fired. App-owned things it cannot do throw.
 */
import { dump, load } from "js-yaml";
import { Events, TFile, WorkspaceLeaf } from "./obsidian";
import type { View } from "./obsidian";
import { FakeVault } from "./fake-vault";
import type { MetadataSink } from "./fake-vault";

export { FakeVault, FakeAdapter } from "./fake-vault";

interface Pos {
	start: { line: number; col: number; offset: number };
	end: { line: number; col: number; offset: number };
}

export interface FakeCache {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	/** Only the front-matter block ("yaml"), present also when its YAML is invalid (as in Obsidian). */
	sections?: { type: string; position: Pos }[];
	links?: { link: string; original: string }[];
}

export type FrontmatterParser = (raw: string) => Record<string, unknown> | undefined;

const FM = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Obsidian's front-matter rule: YAML (JSON is YAML too); invalid or non-map front-matter is no front-matter. */
export function defaultFrontmatter(raw: string): Record<string, unknown> | undefined {
	try {
		const v: unknown = raw.trimStart().startsWith("{") ? JSON.parse(raw) : load(raw);
		return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

function splitFm(text: string): { raw: string | null; body: string; pos?: Pos } {
	const m = FM.exec(text);
	if (!m) return { raw: null, body: text };
	const block = m[0].replace(/\r?\n$/, "");
	const endLine = block.split("\n").length - 1;
	const pos = { start: { line: 0, col: 0, offset: 0 }, end: { line: endLine, col: 3, offset: block.length } };
	return { raw: m[1], body: text.slice(m[0].length), pos };
}

export class FakeMetadataCache extends Events implements MetadataSink {
	private readonly caches = new Map<string, FakeCache>();
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	/** Test hook: getFileCache returns null for these paths. */
	readonly nullFor = new Set<string>();

	constructor(private readonly vault: FakeVault, private readonly parseFm: FrontmatterParser) {
		super();
	}

	compute(file: TFile, text: string): FakeCache {
		const { raw, pos } = splitFm(text);
		const cache: FakeCache = {};
		const fm = raw === null ? undefined : this.parseFm(raw);
		if (fm) cache.frontmatter = fm;
		if (fm && pos) cache.frontmatterPosition = pos;
		if (pos) cache.sections = [{ type: "yaml", position: pos }];
		const links = [...text.matchAll(/!?\[\[([^\]|#]+)(#[^\]|]*)?(\|[^\]]*)?\]\]/g)].map((m) => ({ link: m[1].trim(), original: m[0] }));
		if (links.length) cache.links = links;
		this.caches.set(file.path, cache);
		return cache;
	}

	/** Initial parse without events (the cache is ready at layout-ready, as in Obsidian). */
	prime(): void {
		for (const f of this.vault.getMarkdownFiles()) this.compute(f, this.vault.textOf(f.path) ?? "");
		this.relink();
	}

	async update(file: TFile, text: string): Promise<void> {
		await Promise.resolve();
		if (this.vault.getFileByPath(file.path) !== file || file.extension !== "md") return;
		const cache = this.compute(file, text);
		this.relink();
		this.trigger("changed", file, text, cache);
		this.trigger("resolved");
	}

	forget(path: string): void {
		this.caches.delete(path);
		this.relink();
	}

	moved(file: TFile, oldPath: string): void {
		const c = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (c && file.extension === "md") this.caches.set(file.path, c);
		this.relink();
	}

	getFileCache(file: TFile): FakeCache | null {
		if (this.nullFor.has(file.path)) return null;
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): FakeCache | null {
		const f = this.vault.getFileByPath(path);
		return f ? this.getFileCache(f) : null;
	}

	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const p = linkpath.split("#")[0].trim();
		const exact = this.vault.getFileByPath(p) ?? this.vault.getFileByPath(`${p}.md`);
		if (exact) return exact;
		const name = p.split("/").pop()!.replace(/\.md$/, "").toLowerCase();
		const tail = p.toLowerCase().replace(/\.md$/, "");
		return this.vault.getFiles().find((f) => f.basename.toLowerCase() === name && f.path.toLowerCase().replace(/\.md$/, "").endsWith(tail)) ?? null;
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const same = this.vault.getFiles().filter((f) => f.basename === file.basename);
		const base = same.length === 1 ? file.name : file.path;
		return omitMdExtension && file.extension === "md" ? base.replace(/\.md$/, "") : base;
	}

	private relink(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const [path, cache] of this.caches) {
			const res: Record<string, number> = {};
			const unres: Record<string, number> = {};
			for (const l of cache.links ?? []) {
				const dest = this.getFirstLinkpathDest(l.link, path);
				if (dest) res[dest.path] = (res[dest.path] ?? 0) + 1;
				else unres[l.link] = (unres[l.link] ?? 0) + 1;
			}
			this.resolvedLinks[path] = res;
			this.unresolvedLinks[path] = unres;
		}
	}
}

export interface OpenedLink {
	linktext: string;
	sourcePath: string;
	newLeaf?: unknown;
	state?: unknown;
}

export class FakeWorkspace extends Events {
	readonly leaves: WorkspaceLeaf[] = [];
	readonly opened: OpenedLink[] = [];
	readonly revealed: WorkspaceLeaf[] = [];
	layoutReady = true;
	private activeFile: TFile | null = null;
	activeLeaf: WorkspaceLeaf | null = null;
	constructor(private readonly app: FakeApp) {
		super();
	}
	onLayoutReady(cb: () => unknown): void {
		cb();
	}
	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view?.getViewType() === type);
	}
	getActiveFile(): TFile | null {
		return this.activeFile;
	}
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}
	/** Test helper: make a note active (fires "file-open" and "active-leaf-change"). */
	setActiveFile(file: TFile | null): void {
		this.activeFile = file;
		this.trigger("file-open", file);
		this.trigger("active-leaf-change", this.activeLeaf);
	}
	getLeaf(_newLeaf?: unknown): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app);
		this.leaves.push(leaf);
		return leaf;
	}
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.getLeaf();
	}
	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.getLeaf();
	}
	/** Test helper: open a view in a new leaf. */
	async openView(view: View): Promise<WorkspaceLeaf> {
		const leaf = view.leaf;
		if (!this.leaves.includes(leaf)) this.leaves.push(leaf);
		await leaf.open(view);
		return leaf;
	}
	detachLeavesOfType(type: string): void {
		for (const l of this.getLeavesOfType(type)) {
			l.detach();
			this.leaves.splice(this.leaves.indexOf(l), 1);
		}
	}
	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealed.push(leaf);
	}
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: unknown, state?: unknown): Promise<void> {
		this.opened.push({ linktext, sourcePath, newLeaf, state });
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
	app.workspace = new FakeWorkspace(app);
	app.fileManager = new FakeFileManager(app);
	return app;
}
