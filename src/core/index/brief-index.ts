import type { Brief, HistEvent, Problem, Quote } from "../model";
import { briefMatches, filterKey, matchesWords, normaliseText, queryWords } from "./filter";
import { EventList } from "./event-list";
import { sortEvents, sortGrouped } from "./order";
import { repathBrief } from "./repath";
import { TimelineSnapshot } from "./snapshot";
import type { IndexFilter, IndexMutations, IndexQueries, IndexStats } from "./types";

type Listener = (revision: number, changedPaths: string[]) => void;

interface Merged {
	events: HistEvent[];
	published: boolean;
}

const QUERY_CACHE_SIZE = 16;

/** No filter beyond published / unpublished: the whole sorted list answers. */
function unfiltered(filter: IndexFilter): boolean {
	return filter.brief === undefined && filter.folder === undefined && filter.tag === undefined && !queryWords(filter.text).length;
}

function byPath(a: Brief, b: Brief): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The vault index: briefs by path plus one globally sorted event list kept current incrementally.
 * An upsert only marks the brief's old events stale and queues its new (sorted) events; the next
 * query removes the stale ones and merges the queued ones in (binary-search splices for small
 * changes, one linear merge for bulk loads). Nothing is ever re-sorted as a whole after the load.
 */
export class BriefIndex implements IndexQueries, IndexMutations {
	private _revision = 0;
	private readonly byPathMap = new Map<string, Brief>();
	/** Every brief's events in timeline order, merged. */
	private sorted = new EventList();
	/** The same for published briefs only (the views' default): answered without a pass over events. */
	private published = new EventList();
	/** Per brief: its sorted events as they are in `sorted` (and in `published` when it is published). */
	private readonly merged = new Map<string, Merged>();
	/** Sorted events waiting to be merged in. */
	private readonly pending = new Map<string, HistEvent[]>();
	/** Events in `sorted` (and `published`) to take out at the next flush. */
	private readonly stale = new Map<string, Merged>();
	private readonly indexProblems = new Map<string, Problem[]>();
	private readonly listeners = new Set<Listener>();
	private briefList: Brief[] | null = null;
	private readonly queryCache = new Map<string, unknown[]>();
	private queryCacheRevision = -1;
	private readonly searchText = new WeakMap<object, string>();
	private batchDepth = 0;
	private batchPaths = new Set<string>();

	get revision(): number {
		return this._revision;
	}

	get size(): number {
		return this.byPathMap.size;
	}

	has(path: string): boolean {
		return this.byPathMap.has(path);
	}

	get(path: string): Brief | undefined {
		return this.byPathMap.get(path);
	}

	/** The brief as read (CuratedIndex keeps it beside the curated one; here they are the same). */
	raw(path: string): Brief | undefined {
		return this.byPathMap.get(path);
	}

	upsert(brief: Brief): void {
		this.takeOut(brief.path);
		this.put(brief);
		this.changed([brief.path]);
	}

	remove(path: string): void {
		const had = this.byPathMap.has(path) || this.indexProblems.has(path);
		this.takeOut(path);
		this.indexProblems.delete(path);
		if (had) this.changed([path]);
	}

	rename(oldPath: string, newPath: string): void {
		if (oldPath === newPath) return;
		const brief = this.byPathMap.get(oldPath);
		const problems = this.indexProblems.get(oldPath);
		if (!brief && !problems) return;
		this.takeOut(oldPath);
		this.indexProblems.delete(oldPath);
		if (problems) this.indexProblems.set(newPath, problems.map((p) => ({ ...p, path: newPath })));
		if (brief) {
			this.takeOut(newPath);
			this.put(repathBrief(brief, newPath));
		}
		this.changed([oldPath, newPath]);
	}

	setProblem(path: string, problem: Problem): void {
		this.indexProblems.set(path, [{ ...problem, path }]);
		this.changed([path]);
	}

	clearProblem(path: string): void {
		if (this.indexProblems.delete(path)) this.changed([path]);
	}

	batch<T>(fn: () => T): T {
		this.batchDepth++;
		try {
			return fn();
		} finally {
			if (--this.batchDepth === 0 && this.batchPaths.size) {
				const paths = [...this.batchPaths];
				this.batchPaths = new Set();
				this.emit(paths);
			}
		}
	}

	/** Drops every brief and problem (a full re-index after a settings change). */
	clear(): void {
		const paths = [...new Set([...this.byPathMap.keys(), ...this.indexProblems.keys()])];
		this.byPathMap.clear();
		this.indexProblems.clear();
		this.sorted = new EventList();
		this.published = new EventList();
		this.merged.clear();
		this.pending.clear();
		this.stale.clear();
		this.briefList = null;
		this.changed(paths);
	}

	onChange(cb: Listener): () => void {
		this.listeners.add(cb);
		return () => {
			this.listeners.delete(cb);
		};
	}

	/** Every brief, published or not, by path. */
	allBriefs(): Brief[] {
		if (!this.briefList) this.briefList = [...this.byPathMap.values()].sort(byPath);
		return this.briefList.slice();
	}

	briefs(filter: IndexFilter = {}): Brief[] {
		return this.cached("b", filter, () => {
			const words = queryWords(filter.text);
			return this.allBriefs().filter((b) => briefMatches(b, filter) && this.textMatches(b, words, briefText));
		});
	}

	timeline(filter: IndexFilter = {}): HistEvent[] {
		this.flush();
		const all = filter.includeUnpublished ? this.sorted : this.published;
		if (unfiltered(filter)) return all.toArray();
		return this.cached("t", filter, () => {
			const words = queryWords(filter.text);
			if (filter.brief !== undefined) {
				const b = this.byPathMap.get(filter.brief);
				if (!b || !briefMatches(b, filter)) return [];
				return (this.merged.get(b.path)?.events ?? []).filter((e) => this.textMatches(e, words, eventText));
			}
			const out: HistEvent[] = [];
			let last: Brief | undefined;
			let lastOk = false;
			all.forEach((e) => {
				if (!last || last.path !== e.briefPath) {
					last = this.byPathMap.get(e.briefPath);
					lastOk = !!last && briefMatches(last, filter);
				}
				if (lastOk && (!words.length || this.textMatches(e, words, eventText))) out.push(e);
			});
			return out;
		});
	}

	/**
	 * The timeline as a read-only snapshot that shares the index's blocks (copy on write): unfiltered, it
	 * costs about n / 1,000 pointers instead of the flat copy of every event that timeline() makes, and it
	 * is the same object until the index changes. Filtered, it wraps the (smaller) filtered answer.
	 */
	timelineSnapshot(filter: IndexFilter = {}): TimelineSnapshot {
		this.flush();
		if (unfiltered(filter)) return (filter.includeUnpublished ? this.sorted : this.published).snapshot();
		return TimelineSnapshot.of(this.timeline(filter));
	}

	/** Alias of timeline(). */
	events(filter: IndexFilter = {}): HistEvent[] {
		return this.timeline(filter);
	}

	/** Quotes by brief path, then line. */
	quotes(filter: IndexFilter = {}): Quote[] {
		return this.cached("q", filter, () => {
			const words = queryWords(filter.text);
			const out: Quote[] = [];
			const list = filter.brief !== undefined ? [this.byPathMap.get(filter.brief)] : this.allBriefs();
			for (const b of list) {
				if (!b || !briefMatches(b, filter)) continue;
				for (const q of b.quotes) if (this.textMatches(q, words, quoteText)) out.push(q);
			}
			return out;
		});
	}

	/** Problems of every brief (published or not) and of notes that could not be indexed, by path and line. */
	problems(): Problem[] {
		const out: Problem[] = [];
		for (const b of this.byPathMap.values()) out.push(...b.problems);
		for (const list of this.indexProblems.values()) out.push(...list);
		return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
	}

	stats(): IndexStats {
		let published = 0;
		let events = 0;
		let quotes = 0;
		let facts = 0;
		let problems = 0;
		for (const b of this.byPathMap.values()) {
			if (b.publish) published++;
			events += b.events.length;
			quotes += b.quotes.length;
			facts += b.facts.length;
			problems += b.problems.length;
		}
		for (const list of this.indexProblems.values()) problems += list.length;
		return { briefs: this.byPathMap.size, published, events, quotes, facts, problems, revision: this._revision };
	}

	private put(brief: Brief): void {
		this.byPathMap.set(brief.path, brief);
		this.pending.set(brief.path, sortEvents(brief.events.slice()));
		this.briefList = null;
	}

	/** Forgets a brief: its merged events become stale, its queued ones are dropped. */
	private takeOut(path: string): void {
		if (!this.byPathMap.delete(path)) return;
		this.briefList = null;
		this.pending.delete(path);
		const old = this.merged.get(path);
		if (old) {
			this.merged.delete(path);
			if (old.events.length) this.stale.set(path, old);
		}
	}

	/** Brings `sorted` and `published` up to date: stale events out, queued events merged in. */
	private flush(): void {
		if (!this.stale.size && !this.pending.size) return;
		const removed: HistEvent[][] = [];
		const removedPub: HistEvent[][] = [];
		for (const m of this.stale.values()) {
			removed.push(m.events);
			if (m.published) removedPub.push(m.events);
		}
		const adds: HistEvent[] = [];
		const addsPub: HistEvent[] = [];
		// Briefs in path order, each one's events already sorted: what sortGrouped needs.
		const paths = [...this.pending.keys()];
		if (paths.length > 1) paths.sort();
		for (const path of paths) {
			const events = this.pending.get(path) ?? [];
			const published = this.byPathMap.get(path)?.publish === true;
			this.merged.set(path, { events, published });
			for (const e of events) adds.push(e);
			if (published) for (const e of events) addsPub.push(e);
		}
		if (paths.length > 1) {
			sortGrouped(adds);
			sortGrouped(addsPub);
		}
		this.sorted.apply(removed, adds);
		this.published.apply(removedPub, addsPub);
		this.pending.clear();
		this.stale.clear();
	}

	private textMatches<T extends object>(item: T, words: string[], text: (item: T, index: BriefIndex) => string): boolean {
		if (!words.length) return true;
		let hay = this.searchText.get(item);
		if (hay === undefined) {
			hay = normaliseText(text(item, this));
			this.searchText.set(item, hay);
		}
		return matchesWords(hay, words);
	}

	private cached<T>(kind: string, filter: IndexFilter, compute: () => T[]): T[] {
		if (this.queryCacheRevision !== this._revision) {
			this.queryCache.clear();
			this.queryCacheRevision = this._revision;
		}
		const key = kind + filterKey(filter);
		let hit = this.queryCache.get(key) as T[] | undefined;
		if (!hit) {
			hit = compute();
			if (this.queryCache.size >= QUERY_CACHE_SIZE) this.queryCache.clear();
			this.queryCache.set(key, hit);
		}
		return hit.slice();
	}

	private changed(paths: string[]): void {
		this._revision++;
		if (this.batchDepth > 0) {
			for (const p of paths) this.batchPaths.add(p);
			return;
		}
		this.emit(paths);
	}

	private emit(paths: string[]): void {
		for (const cb of [...this.listeners]) {
			try {
				cb(this._revision, paths);
			} catch {
				// A listener's failure must not stop the index or the other listeners.
			}
		}
	}
}

function briefText(b: Brief): string {
	return [b.title, b.path, b.themes.join(" "), b.tags.join(" ")].join(" ");
}

function eventText(e: HistEvent, index: BriefIndex): string {
	return [e.text, e.label ?? "", e.date.label, e.date.text, index.get(e.briefPath)?.title ?? ""].join(" ");
}

function quoteText(q: Quote, index: BriefIndex): string {
	return [q.text, q.speaker ?? "", index.get(q.briefPath)?.title ?? ""].join(" ");
}
