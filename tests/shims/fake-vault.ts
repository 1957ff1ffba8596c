/**
 * An in-memory Vault for dom tests (see fake-app.ts). What it implements works like Obsidian's:
 * TFile objects keep their identity across renames, mutations fire the vault events, and the
 * metadata cache (attached by createFakeApp) re-parses a note on a later task after a write and
 * fires "changed" then (await `app.metadataCache.whenIdle()` in a test to wait for it).
 * Test hooks: `reads` (every read path), `failRead`, `beforeRead` (delay/interleave reads).
 */
import { Events, TFile, TFolder, setFilePath } from "./shim-core";
import type { TAbstractFile } from "./shim-core";

const encoder = new TextEncoder();

/** What the vault tells the metadata cache (createFakeApp wires it). */
export interface MetadataSink {
	/** Schedules a re-parse (it runs after the write's promise resolved). */
	update(file: TFile, text: string): void;
	forget(path: string): void;
	moved(file: TFile, oldPath: string): void;
}

export class FakeAdapter {
	/** Raw files outside the vault's markdown tree (plugin data, caches ...). */
	readonly raw = new Map<string, string>();
	readonly dirs = new Set<string>();
	/** Test hook: make every write fail. */
	failWrite = false;
	writes = 0;
	constructor(private readonly vault: FakeVault) {}
	async exists(path: string): Promise<boolean> {
		return this.raw.has(path) || this.dirs.has(path) || this.vault.getAbstractFileByPath(path) !== null;
	}
	async read(path: string): Promise<string> {
		const file = this.vault.getFileByPath(path);
		if (file) return this.vault.read(file);
		const text = this.raw.get(path);
		if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
		return text;
	}
	async write(path: string, data: string): Promise<void> {
		if (this.failWrite) throw new Error(`EACCES: permission denied, open '${path}'`);
		if (this.vault.getFileByPath(path)) throw new Error("fake adapter: use vault.modify for vault notes in tests");
		this.writes++;
		this.raw.set(path, data);
	}
	async mkdir(path: string): Promise<void> {
		this.dirs.add(path);
	}
	async remove(path: string): Promise<void> {
		this.raw.delete(path);
	}
	async list(path: string): Promise<{ files: string[]; folders: string[] }> {
		const prefix = path ? `${path}/` : "";
		const all = [...this.raw.keys(), ...this.vault.getFiles().map((f) => f.path)];
		const files = all.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/"));
		const folders = [...this.dirs].filter(
			(d) => d.startsWith(prefix) && d !== path && !d.slice(prefix.length).includes("/"),
		);
		return { files, folders };
	}
}

export class FakeVault extends Events {
	readonly configDir = ".obsidian";
	readonly adapter: FakeAdapter;
	private readonly files = new Map<string, TFile>();
	private readonly texts = new Map<TFile, string>();
	private readonly folders = new Set<string>();
	private clock = 1_700_000_000_000;
	sink: MetadataSink | null = null;
	/** Every path read (read or cachedRead), in order. */
	readonly reads: string[] = [];
	/** Test hook: a read of a path for which this returns true throws. */
	failRead: (path: string) => boolean = () => false;
	/** Test hook: awaited before a read returns (interleave renames, unloads ...). */
	beforeRead: ((file: TFile) => Promise<void> | void) | null = null;

	constructor(initial: Record<string, string> = {}) {
		super();
		this.adapter = new FakeAdapter(this);
		for (const [path, text] of Object.entries(initial)) this.put(path, text);
	}

	getName(): string {
		return "Fake vault";
	}

	/** Adds a file without events (initial contents). */
	put(path: string, text: string): TFile {
		const file = new TFile(path);
		this.files.set(path, file);
		this.setText(file, text);
		return file;
	}

	private setText(file: TFile, text: string): void {
		this.texts.set(file, text);
		const now = ++this.clock;
		file.stat = { ctime: file.stat.ctime || now, mtime: now, size: encoder.encode(text).length };
		(file as { vault: unknown }).vault = this;
	}

	textOf(path: string): string | undefined {
		const f = this.files.get(path);
		return f ? this.texts.get(f) : undefined;
	}

	getFiles(): TFile[] {
		return [...this.files.values()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		const file = this.files.get(path);
		if (file) return file;
		if (this.folders.has(path)) return new TFolder(path);
		const prefix = `${path}/`;
		if (path && [...this.files.keys()].some((p) => p.startsWith(prefix))) return new TFolder(path);
		return null;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}

	getRoot(): TFolder {
		return new TFolder("/");
	}

	async read(file: TFile): Promise<string> {
		this.reads.push(file.path);
		if (this.beforeRead) await this.beforeRead(file);
		if (this.failRead(file.path)) throw new Error(`EIO: i/o error, read '${file.path}'`);
		const text = this.texts.get(file);
		if (text === undefined || this.files.get(file.path) !== file)
			throw new Error(`ENOENT: no such file '${file.path}'`);
		return text;
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this.getAbstractFileByPath(path)) throw new Error("Folder already exists.");
		this.folders.add(path);
		const folder = new TFolder(path);
		this.trigger("create", folder);
		return folder;
	}

	async create(path: string, data: string): Promise<TFile> {
		if (this.files.has(path)) throw new Error("File already exists.");
		const file = this.put(path, data);
		this.trigger("create", file);
		this.sink?.update(file, data);
		return file;
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.mustExist(file);
		this.setText(file, data);
		this.trigger("modify", file);
		this.sink?.update(file, data);
	}

	async process(file: TFile, fn: (data: string) => string): Promise<string> {
		this.mustExist(file);
		const next = fn(this.texts.get(file) ?? "");
		await this.modify(file, next);
		return next;
	}

	async append(file: TFile, data: string): Promise<void> {
		await this.modify(file, (this.texts.get(file) ?? "") + data);
	}

	async delete(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile)) throw new Error("fake vault: deleting folders is not implemented");
		this.mustExist(file);
		this.files.delete(file.path);
		this.texts.delete(file);
		this.sink?.forget(file.path);
		this.trigger("delete", file);
	}

	async trash(file: TAbstractFile): Promise<void> {
		await this.delete(file);
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (!(file instanceof TFile)) throw new Error("fake vault: renaming folders is not implemented");
		this.mustExist(file);
		if (this.files.has(newPath)) throw new Error("Destination file already exists!");
		const oldPath = file.path;
		this.files.delete(oldPath);
		setFilePath(file, newPath);
		this.files.set(newPath, file);
		this.sink?.moved(file, oldPath);
		this.trigger("rename", file, oldPath);
	}

	private mustExist(file: TFile): void {
		if (this.files.get(file.path) !== file) throw new Error(`ENOENT: '${file.path}' is not in the vault`);
	}
}
