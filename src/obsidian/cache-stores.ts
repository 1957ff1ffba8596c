/**
 * Where the parse cache lives: IndexedDB (one database per vault) when the platform has it, else a JSON
 * file in the plugin folder through the vault adapter; an in-memory store for tests.
 */
import type { App } from "obsidian";
import { isPackedBrief, packBrief, unpackBrief } from "../core/index/pack";
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
