/**
 * Persistent parse cache: a note's Brief, keyed by path + mtime + size + parser key (PARSER_VERSION
 * and the parse settings), so reopening a large vault does not re-parse unchanged notes.
 * Stored in IndexedDB when the platform has it (desktop and mobile), else in a JSON file in the
 * plugin folder through the vault adapter. Writes are batched and debounced; a failed write is a
 * console warning and the entries stay queued (the cache is derived data: nothing is ever lost).
 */
import { shortHash } from "../core/text";
import { PARSER_VERSION } from "../core/index/version";
import type { Brief } from "../core/model";

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

/**
 * The cache key: bump PARSER_VERSION, or change what the parse depends on (briefOptionsOf(settings), see
 * core/brief/options.ts), and old entries miss.
 */
export function parserKey(parseSettings: unknown): string {
	return `${PARSER_VERSION}:${shortHash(JSON.stringify(parseSettings ?? null))}`;
}

export {
	MemoryCacheStore,
	JsonFileCacheStore,
	IndexedDbCacheStore,
	FallbackCacheStore,
	defaultCacheStore,
} from "./cache-stores";
export type { FileAdapter } from "./cache-stores";

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

	constructor(
		private readonly store: CacheStore,
		private readonly opts: ParseCacheOptions,
	) {
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
