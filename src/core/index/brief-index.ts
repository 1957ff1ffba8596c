import type { Brief, HistEvent, Problem, Quote } from "../model";
import { briefMatches, queryWords } from "./filter";
import { MergedTimeline } from "./merged-timeline";
import { briefText, eventText, QueryMemo, quoteText } from "./query-memo";
import { repathBrief } from "./repath";
import { TimelineSnapshot } from "./snapshot";
import type { IndexFilter, IndexMutations, IndexQueries, IndexStats } from "./types";

type Listener = (revision: number, changedPaths: string[]) => void;

/** No filter beyond published / unpublished: the whole sorted list answers. */
function unfiltered(filter: IndexFilter): boolean {
	return (
		filter.brief === undefined &&
		filter.folder === undefined &&
		filter.tag === undefined &&
		!queryWords(filter.text).length
	);
}

function byPath(a: Brief, b: Brief): number {
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** First index in a list sorted by path whose path is not less than `path`. */
function lowerBoundPath(list: Brief[], path: string): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (list[mid].path < path) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The vault index: briefs by path plus one globally sorted event list kept current incrementally
 * (merged-timeline.ts: an upsert only queues work, the next query does it). Query answers are memoised
 * per revision (query-memo.ts).
 */
export class BriefIndex implements IndexQueries, IndexMutations {
	private _revision = 0;
	private readonly byPathMap = new Map<string, Brief>();
	private readonly merged = new MergedTimeline();
	private readonly indexProblems = new Map<string, Problem[]>();
	private readonly listeners = new Set<Listener>();
	private briefList: Brief[] | null = null;
	private readonly memo = new QueryMemo();
	private readonly titleOf = (path: string): string | undefined => this.byPathMap.get(path)?.title;
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
		const replacing = this.byPathMap.has(brief.path);
		this.takeOut(brief.path, replacing);
		this.put(brief, replacing);
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
		if (problems)
			this.indexProblems.set(
				newPath,
				problems.map((p) => ({ ...p, path: newPath })),
			);
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
		this.merged.clear();
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
			return this.allBriefs().filter((b) => briefMatches(b, filter) && this.memo.matches(b, words, briefText));
		});
	}

	timeline(filter: IndexFilter = {}): HistEvent[] {
		this.merged.flush();
		const all = filter.includeUnpublished ? this.merged.all : this.merged.published;
		if (unfiltered(filter)) return all.toArray();
		const eventOf = (e: HistEvent) => eventText(e, this.titleOf);
		return this.cached("t", filter, () => {
			const words = queryWords(filter.text);
			if (filter.brief !== undefined) {
				const b = this.byPathMap.get(filter.brief);
				if (!b || !briefMatches(b, filter)) return [];
				return this.merged.eventsOf(b.path).filter((e) => this.memo.matches(e, words, eventOf));
			}
			const out: HistEvent[] = [];
			let last: Brief | undefined;
			let lastOk = false;
			all.forEach((e) => {
				if (!last || last.path !== e.briefPath) {
					last = this.byPathMap.get(e.briefPath);
					lastOk = !!last && briefMatches(last, filter);
				}
				if (lastOk && (!words.length || this.memo.matches(e, words, eventOf))) out.push(e);
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
		this.merged.flush();
		if (unfiltered(filter)) return (filter.includeUnpublished ? this.merged.all : this.merged.published).snapshot();
		return TimelineSnapshot.of(this.timeline(filter));
	}

	/** Alias of timeline(). */
	events(filter: IndexFilter = {}): HistEvent[] {
		return this.timeline(filter);
	}

	/** Quotes by brief path, then line. */
	quotes(filter: IndexFilter = {}): Quote[] {
		const quoteOf = (q: Quote) => quoteText(q, this.titleOf);
		return this.cached("q", filter, () => {
			const words = queryWords(filter.text);
			const out: Quote[] = [];
			const list = filter.brief !== undefined ? [this.byPathMap.get(filter.brief)] : this.allBriefs();
			for (const b of list) {
				if (!b || !briefMatches(b, filter)) continue;
				for (const q of b.quotes) if (this.memo.matches(q, words, quoteOf)) out.push(q);
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

	/** `replacing`: the path was in the index a moment ago, so the sorted brief list only swaps one entry. */
	private put(brief: Brief, replacing = false): void {
		this.byPathMap.set(brief.path, brief);
		this.merged.put(brief.path, brief.events, brief.publish === true);
		const list = this.briefList;
		const at = replacing && list ? lowerBoundPath(list, brief.path) : -1;
		if (list && at >= 0 && list[at]?.path === brief.path) list[at] = brief;
		else this.briefList = null;
	}

	/** Forgets a brief: its merged events become stale, its queued ones are dropped. */
	private takeOut(path: string, keepList = false): void {
		if (!this.byPathMap.delete(path)) return;
		if (!keepList) this.briefList = null;
		this.merged.takeOut(path);
	}

	private cached<T>(kind: string, filter: IndexFilter, compute: () => T[]): T[] {
		return this.memo.answer(this._revision, kind, filter, compute);
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
