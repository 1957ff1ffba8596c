/**
 * Every brief's events in one timeline order, kept current incrementally: taking a brief out only marks its
 * merged events stale and putting one in only queues its sorted events; flush() then removes the stale ones
 * and merges the queued ones in (binary-search splices for small changes, one linear merge for bulk loads).
 * Nothing is re-sorted as a whole after the load. Two lists: all briefs, and published briefs only (the
 * views' default, answered without a pass over events).
 */
import type { HistEvent } from "../model";
import { EventList } from "./event-list";
import { sortEvents, sortGrouped } from "./order";

interface Merged {
	events: HistEvent[];
	published: boolean;
}

export class MergedTimeline {
	/** Every brief's events in timeline order. */
	all = new EventList();
	/** The same for published briefs only. */
	published = new EventList();
	/** Per brief: its sorted events as they are in `all` (and in `published` when it is published). */
	private readonly merged = new Map<string, Merged>();
	/** Sorted events waiting to be merged in, and whether their brief is published. */
	private readonly pending = new Map<string, Merged>();
	/** Events in `all` (and `published`) to take out at the next flush. */
	private readonly stale = new Map<string, Merged>();

	/** Queues a brief's events (any order) for the next flush. */
	put(path: string, events: readonly HistEvent[], published: boolean): void {
		this.pending.set(path, { events: sortEvents(events.slice()), published });
	}

	/** Forgets a brief: its merged events become stale, its queued ones are dropped. */
	takeOut(path: string): void {
		this.pending.delete(path);
		const old = this.merged.get(path);
		if (!old) return;
		this.merged.delete(path);
		if (old.events.length) this.stale.set(path, old);
	}

	/** A brief's events in timeline order, as merged (call flush() first). */
	eventsOf(path: string): HistEvent[] {
		return this.merged.get(path)?.events ?? [];
	}

	clear(): void {
		this.all = new EventList();
		this.published = new EventList();
		this.merged.clear();
		this.pending.clear();
		this.stale.clear();
	}

	/** Brings both lists up to date: stale events out, queued events merged in. */
	flush(): void {
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
			const m = this.pending.get(path) as Merged;
			this.merged.set(path, m);
			for (const e of m.events) adds.push(e);
			if (m.published) for (const e of m.events) addsPub.push(e);
		}
		if (paths.length > 1) {
			sortGrouped(adds);
			sortGrouped(addsPub);
		}
		this.all.apply(removed, adds);
		this.published.apply(removedPub, addsPub);
		this.pending.clear();
		this.stale.clear();
	}
}
