/**
 * Where the parse cache lives: IndexedDB (one database per vault) when the platform has it, else a JSON
 * file in the plugin folder through the vault adapter; an in-memory store for tests.
 */
import type { App } from "obsidian";
import { isPackedBrief, looksPacked, packBrief, unpackBrief } from "../core/index/pack";
import type { CacheEntry, CacheStore } from "./parse-cache";

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

/** Entries are stored with their brief packed (about half the size; see core/index/pack.ts). */
function packed(e: CacheEntry): unknown {
	try {
		return packBrief(e.brief) ?? e.brief;
	} catch {
		return e.brief;
	}
}

function toStored(e: CacheEntry): unknown {
	return { path: e.path, mtime: e.mtime, size: e.size, key: e.key, brief: packed(e) };
}

/** The brief of a stored entry, unpacked in place; null for a packed brief of another format (never misread). */
function storedBrief(v: unknown): CacheEntry["brief"] | null {
	if (!v || typeof v !== "object") return null;
	if (isPackedBrief(v)) return unpackBrief(v);
	return looksPacked(v) ? null : (v as CacheEntry["brief"]);
}

function fromStored(v: unknown): CacheEntry | null {
	if (!isEntry(v)) return null;
	const brief = storedBrief(v.brief);
	if (!brief) return null;
	v.brief = brief;
	return v;
}

function isEntry(v: unknown): v is CacheEntry {
	if (!v || typeof v !== "object") return false;
	const e = v as Record<string, unknown>;
	return (
		typeof e.path === "string" &&
		typeof e.mtime === "number" &&
		typeof e.size === "number" &&
		typeof e.key === "string" &&
		!!e.brief &&
		typeof e.brief === "object"
	);
}

/** JSON file format: bump it when the file's shape changes; a file of another version is ignored. */
const FILE_VERSION = 2;

const NON_ASCII_G = /[\u0080-\uffff]/g;

/** JSON with every non-ASCII character escaped: a one-byte string, faster to read and JSON.parse. */
function asciiJson(json: string): string {
	return json.replace(NON_ASCII_G, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A JSON-file row: [path, mtime, size, key, packed brief]. */
function fromRow(row: unknown): CacheEntry | null {
	if (!Array.isArray(row) || row.length !== 5) return null;
	const [path, mtime, size, key, raw] = row as unknown[];
	if (typeof path !== "string" || typeof mtime !== "number" || typeof size !== "number" || typeof key !== "string")
		return null;
	const brief = storedBrief(raw);
	return brief ? { path, mtime, size, key, brief } : null;
}

/** One JSON file (`<plugin folder>/cache.json`), rewritten whole on each (debounced) write. */
export class JsonFileCacheStore implements CacheStore {
	constructor(
		private readonly adapter: FileAdapter,
		readonly path: string,
	) {}
	async loadAll(): Promise<CacheEntry[]> {
		if (!(await this.adapter.exists(this.path))) return [];
		// One JSON.parse of the whole file; briefs are unpacked in place (no copies).
		const data = JSON.parse(await this.adapter.read(this.path)) as { version?: unknown; entries?: unknown };
		if (data?.version !== FILE_VERSION || !Array.isArray(data.entries)) return [];
		const out: CacheEntry[] = [];
		for (const row of data.entries as unknown[]) {
			const e = fromRow(row);
			if (e) out.push(e);
		}
		return out;
	}
	async write(_puts: CacheEntry[], _deletes: string[], all: () => CacheEntry[]): Promise<void> {
		const entries = all().map((e) => [e.path, e.mtime, e.size, e.key, packed(e)]);
		await this.adapter.write(this.path, asciiJson(JSON.stringify({ version: FILE_VERSION, entries })));
	}
	async clear(): Promise<void> {
		await this.adapter.write(this.path, JSON.stringify({ version: FILE_VERSION, entries: [] }));
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
	constructor(
		private readonly idb: IDBFactory,
		readonly name: string,
	) {}
	private open(): Promise<IDBDatabase> {
		if (!this.db) {
			const req = this.idb.open(this.name, 1);
			req.onupgradeneeded = () => {
				if (!req.result.objectStoreNames.contains(STORE))
					req.result.createObjectStore(STORE, { keyPath: "path" });
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
	constructor(
		private readonly primary: CacheStore,
		private readonly fallback: CacheStore,
	) {}
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
