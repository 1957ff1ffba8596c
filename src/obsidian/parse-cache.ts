/**
 * Persistent parse cache: a note's Brief, keyed by path + mtime + size + parser key (PARSER_VERSION
 * and the parse settings), so reopening a large vault does not re-parse unchanged notes.
 * Stored in IndexedDB when the platform has it (desktop and mobile), else in a JSON file in the
 * plugin folder through the vault adapter. Writes are batched and debounced; a failed write is a
 * console warning and the entries stay queued (the cache is derived data: nothing is ever lost).
 */
import { shortHash } from "../core/brief";
import { PARSER_VERSION } from "../core/index/version";
import { isPackedBrief, packBrief, unpackBrief } from "../core/index/pack";
import type { Brief } from "../core/model";
import type { App } from "obsidian";

export interface CacheEntry {
	path: string;
	mtime: number;
	size: number;
	/** Parser version + parse settings fingerprint. */
	key: string;
	brief: Brief;
}

export interface FileStat {
	mtime: number;
	size: number;
}

/** Where entries live. Tests use MemoryCacheStore. */
export interface CacheStore {
	loadAll(): Promise<CacheEntry[]>;
	/** `all()` returns every current entry, for stores that rewrite everything (the JSON file). */
	write(puts: CacheEntry[], deletes: string[], all: () => CacheEntry[]): Promise<void>;
	clear(): Promise<void>;
	close?(): void;
}

/** The cache key: bump PARSER_VERSION, or change what the parse depends on, and old entries miss. */
export function parserKey(parseSettings: unknown): string {
	return `${PARSER_VERSION}:${shortHash(JSON.stringify(parseSettings ?? null))}`;
}

export class MemoryCacheStore implements CacheStore {
	readonly entries = new Map<string, CacheEntry>();
	writes = 0;
	failWrites = false;
	async loadAll(): Promise<CacheEntry[]> {
		return [...this.entries.values()];
	}
	async write(puts: CacheEntry[], deletes: string[]): Promise<void> {
		if (this.failWrites) throw new Error("memory store: write failed (test)");
		this.writes++;
		for (const d of deletes) this.entries.delete(d);
		for (const e of puts) this.entries.set(e.path, e);
	}
	async clear(): Promise<void> {
		this.entries.clear();
	}
}

/** The parts of `app.vault.adapter` (or a Node fs wrapper in the benchmark) the JSON store uses. */
export interface FileAdapter {
	exists(path: string): Promise<boolean>;
	read(path: string): Promise<string>;
	write(path: string, data: string): Promise<void>;
}

/** Entries are stored with their brief packed (about a third smaller; see core/index/pack.ts). */
function toStored(e: CacheEntry): unknown {
	try {
		return { ...e, brief: packBrief(e.brief) ?? e.brief };
	} catch {
		return e;
	}
}

function fromStored(v: unknown): CacheEntry | null {
	if (!isEntry(v)) return null;
	return isPackedBrief(v.brief) ? { ...v, brief: unpackBrief(v.brief) } : v;
}

function isEntry(v: unknown): v is CacheEntry {
	if (!v || typeof v !== "object") return false;
	const e = v as Record<string, unknown>;
	return typeof e.path === "string" && typeof e.mtime === "number" && typeof e.size === "number" &&
		typeof e.key === "string" && !!e.brief && typeof e.brief === "object";
}

/** One JSON file (`<plugin folder>/cache.json`), rewritten whole on each (debounced) write. */
export class JsonFileCacheStore implements CacheStore {
	constructor(private readonly adapter: FileAdapter, readonly path: string) {}
	async loadAll(): Promise<CacheEntry[]> {
		if (!(await this.adapter.exists(this.path))) return [];
		const data = JSON.parse(await this.adapter.read(this.path)) as { entries?: unknown };
		const out: CacheEntry[] = [];
		for (const raw of Array.isArray(data?.entries) ? (data.entries as unknown[]) : []) {
			const e = fromStored(raw);
			if (e) out.push(e);
		}
		return out;
	}
	async write(_puts: CacheEntry[], _deletes: string[], all: () => CacheEntry[]): Promise<void> {
		await this.adapter.write(this.path, JSON.stringify({ version: 1, entries: all().map(toStored) }));
	}
	async clear(): Promise<void> {
		await this.adapter.write(this.path, JSON.stringify({ version: 1, entries: [] }));
	}
}

const STORE = "briefs";

function done(req: IDBRequest): Promise<unknown> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
	});
}

function complete(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
		tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
	});
}

/** One IndexedDB database per vault, one record per note (keyPath "path"). */
export class IndexedDbCacheStore implements CacheStore {
	private db: Promise<IDBDatabase> | null = null;
	constructor(private readonly idb: IDBFactory, readonly name: string) {}
	private open(): Promise<IDBDatabase> {
		if (!this.db) {
			const req = this.idb.open(this.name, 1);
			req.onupgradeneeded = () => {
				if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: "path" });
			};
			this.db = done(req) as Promise<IDBDatabase>;
		}
		return this.db;
	}
	async loadAll(): Promise<CacheEntry[]> {
		const db = await this.open();
		const all = (await done(db.transaction(STORE, "readonly").objectStore(STORE).getAll())) as unknown[];
		return all.map(fromStored).filter((e): e is CacheEntry => e !== null);
	}
	async write(puts: CacheEntry[], deletes: string[]): Promise<void> {
		const db = await this.open();
		const tx = db.transaction(STORE, "readwrite");
		const store = tx.objectStore(STORE);
		for (const d of deletes) store.delete(d);
		for (const e of puts) store.put(toStored(e));
		await complete(tx);
	}
	async clear(): Promise<void> {
		const db = await this.open();
		const tx = db.transaction(STORE, "readwrite");
		tx.objectStore(STORE).clear();
		await complete(tx);
	}
	close(): void {
		void this.db?.then((db) => db.close()).catch(() => undefined);
		this.db = null;
	}
}

/** Uses `primary` until it fails once, then `fallback` for good (IndexedDB blocked -> JSON file). */
export class FallbackCacheStore implements CacheStore {
	private failed = false;
	constructor(private readonly primary: CacheStore, private readonly fallback: CacheStore) {}
	private async run<T>(fn: (s: CacheStore) => Promise<T>): Promise<T> {
		if (!this.failed) {
			try {
				return await fn(this.primary);
			} catch {
				this.failed = true;
				this.primary.close?.();
			}
		}
		return fn(this.fallback);
	}
	loadAll(): Promise<CacheEntry[]> {
		return this.run((s) => s.loadAll());
	}
	write(puts: CacheEntry[], deletes: string[], all: () => CacheEntry[]): Promise<void> {
		return this.run((s) => s.write(puts, deletes, all));
	}
	clear(): Promise<void> {
		return this.run((s) => s.clear());
	}
	close(): void {
		this.primary.close?.();
	}
}

/** IndexedDB (one database per vault) when the platform has it, else `<configDir>/plugins/study-briefs/cache.json`. */
export function defaultCacheStore(app: App, pluginDir?: string): CacheStore {
	const dir = pluginDir ?? `${app.vault.configDir}/plugins/study-briefs`;
	const file = new JsonFileCacheStore(app.vault.adapter, `${dir}/cache.json`);
	const idb = typeof window !== "undefined" ? window.indexedDB : undefined;
	if (!idb) return file;
	const id = (app as unknown as { appId?: string }).appId ?? app.vault.getName();
	return new FallbackCacheStore(new IndexedDbCacheStore(idb, `study-briefs-cache-${id}`), file);
}

export interface ParseCacheOptions {
	/** Parser key (parserKey(settings)); entries with another key miss. The indexer sets it from the settings. */
	key?: string;
	/** Quiet time before queued entries are written. Default 2000 ms. */
	debounceMs?: number;
	setTimer?: (fn: () => void, ms: number) => number;
	clearTimer?: (id: number) => void;
	warn?: (message: string, err: unknown) => void;
}

/** The in-memory view of the store plus a debounced write queue. */
export class ParseCache {
	private readonly entries = new Map<string, CacheEntry>();
	private readonly dirty = new Map<string, CacheEntry>();
	private readonly deleted = new Set<string>();
	private timer: number | null = null;
	private writing: Promise<void> = Promise.resolve();
	hits = 0;
	misses = 0;
	failedWrites = 0;
	key: string;

	constructor(private readonly store: CacheStore, private readonly opts: ParseCacheOptions) {
		this.key = opts.key ?? parserKey(null);
	}

	/** Reads the store; a failure is a warning and an empty cache. Returns the number of entries. */
	async load(): Promise<number> {
		try {
			for (const e of await this.store.loadAll()) this.entries.set(e.path, e);
		} catch (err) {
			this.warn("could not load the parse cache; re-parsing notes", err);
		}
		return this.entries.size;
	}

	get size(): number {
		return this.entries.size;
	}

	/** The cached brief when path, mtime, size and parser key all match. */
	lookup(path: string, stat: FileStat): Brief | undefined {
		const e = this.entries.get(path);
		if (e && e.mtime === stat.mtime && e.size === stat.size && e.key === this.key) {
			this.hits++;
			return e.brief;
		}
		this.misses++;
		return undefined;
	}

	set(path: string, stat: FileStat, brief: Brief): void {
		const e: CacheEntry = { path, mtime: stat.mtime, size: stat.size, key: this.key, brief };
		this.entries.set(path, e);
		this.dirty.set(path, e);
		this.deleted.delete(path);
		this.schedule();
	}

	delete(path: string): void {
		if (!this.entries.delete(path) && !this.dirty.has(path)) return;
		this.dirty.delete(path);
		this.deleted.add(path);
		this.schedule();
	}

	/** Drops entries for notes that no longer exist (or are no longer briefs). */
	prune(keep: Set<string>): void {
		for (const path of [...this.entries.keys()]) if (!keep.has(path)) this.delete(path);
	}

	/** Writes everything queued now. Never rejects: a failure is a warning and the queue is kept. */
	flush(): Promise<void> {
		this.cancelTimer();
		this.writing = this.writing.then(() => this.writeQueued());
		return this.writing;
	}

	/** Cancels the timer and writes what is queued (plugin unload). */
	dispose(): Promise<void> {
		const p = this.flush();
		void p.then(() => this.store.close?.());
		return p;
	}

	private async writeQueued(): Promise<void> {
		if (!this.dirty.size && !this.deleted.size) return;
		const puts = [...this.dirty.values()];
		const deletes = [...this.deleted];
		this.dirty.clear();
		this.deleted.clear();
		try {
			await this.store.write(puts, deletes, () => [...this.entries.values()]);
		} catch (err) {
			this.failedWrites++;
			this.warn("could not save the parse cache (will retry)", err);
			for (const e of puts) if (!this.dirty.has(e.path) && !this.deleted.has(e.path)) this.dirty.set(e.path, e);
			for (const d of deletes) if (!this.dirty.has(d)) this.deleted.add(d);
		}
	}

	private schedule(): void {
		if (this.timer !== null) return;
		const set = this.opts.setTimer ?? ((fn: () => void, ms: number) => window.setTimeout(fn, ms));
		this.timer = set(() => {
			this.timer = null;
			void this.flush();
		}, this.opts.debounceMs ?? 2000);
	}

	private cancelTimer(): void {
		if (this.timer === null) return;
		(this.opts.clearTimer ?? ((id: number) => window.clearTimeout(id)))(this.timer);
		this.timer = null;
	}

	private warn(message: string, err: unknown): void {
		(this.opts.warn ?? ((m: string, e: unknown) => console.warn(`Study Briefs: ${m}`, e)))(message, err);
	}
}
