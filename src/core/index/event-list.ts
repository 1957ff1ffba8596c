import type { HistEvent } from "../model";
import { compareEvents, indexOfEvent, mergeSorted, upperBound } from "./order";
import { TimelineSnapshot } from "./snapshot";

/**
 * Counted work (tests check that an edit of one brief costs O(its events x block), not O(all events)):
 * pointers copied into new arrays or moved inside a block, and block-table entries copied.
 */
export const listWork = { copied: 0 };

/**
 * Target block size (a block holds up to twice as many): an edit copies each block it changes once (copy on
 * write), so per edit about (blocks changed) x BLOCK pointers, plus n / BLOCK for the block table of a
 * snapshot. 128 keeps both small at 100,000 events (measured with bench/index-bench.ts: 64 and 256 allocate more per edit).
 */
const BLOCK = 128;
/** Above this many changes at once, rebuild (filter + linear merge) instead of per-event edits. */
const BULK = 512;

/**
 * A sorted list of events stored in blocks of about 1,000, so that replacing one brief's events
 * touches a couple of small arrays instead of moving or copying 100,000 pointers (which also spared
 * the garbage collector several large arrays per update). `toArray()` is the one flat copy a query makes.
 */
export class EventList {
	private blocks: HistEvent[][] = [];
	private count = 0;
	/** Blocks this list may change in place: those made since the last snapshot (the others are shared). */
	private owned = new Set<HistEvent[]>();
	/** The snapshot of the current state, until the next change. */
	private snap: TimelineSnapshot | null = null;

	/** `block`: target block size (tests use tiny ones). */
	constructor(private readonly block = BLOCK) {}

	static from(sorted: HistEvent[], block = BLOCK): EventList {
		const list = new EventList(block);
		listWork.copied += sorted.length;
		for (let i = 0; i < sorted.length; i += block) list.blocks.push(sorted.slice(i, i + block));
		list.count = sorted.length;
		list.owned = new Set(list.blocks);
		return list;
	}

	get length(): number {
		return this.count;
	}

	/** A read-only view sharing the blocks (copy on write); the same object until the list changes. */
	snapshot(): TimelineSnapshot {
		if (!this.snap) {
			listWork.copied += this.blocks.length;
			this.snap = new TimelineSnapshot(this.blocks.slice());
			this.owned.clear();
		}
		return this.snap;
	}

	/** Block bi, copied first when a snapshot shares it. */
	private writable(bi: number): HistEvent[] {
		this.snap = null;
		let b = this.blocks[bi];
		if (!this.owned.has(b)) {
			listWork.copied += b.length;
			b = b.slice();
			this.blocks[bi] = b;
			this.owned.add(b);
		}
		return b;
	}

	toArray(): HistEvent[] {
		listWork.copied += this.count;
		if (this.blocks.length === 1) return this.blocks[0].slice();
		return ([] as HistEvent[]).concat(...this.blocks);
	}

	/** Calls fn for every event in order. */
	forEach(fn: (e: HistEvent) => void): void {
		for (const b of this.blocks) for (const e of b) fn(e);
	}

	/** Removes `removed` (by identity) and inserts `adds` (sorted). */
	apply(removed: HistEvent[][], adds: HistEvent[]): void {
		let n = adds.length;
		for (const r of removed) n += r.length;
		if (!n) return;
		if (n > Math.min(BULK, 2 * this.block)) return this.rebuild(removed, adds);
		for (const r of removed) for (const e of r) this.remove(e);
		for (const e of adds) this.insert(e);
	}

	private rebuild(removed: HistEvent[][], adds: HistEvent[]): void {
		let kept = this.toArray();
		if (removed.length) {
			const drop = new Set<HistEvent>();
			for (const r of removed) for (const e of r) drop.add(e);
			kept = kept.filter((e) => !drop.has(e));
		}
		const next = EventList.from(mergeSorted(kept, adds), this.block);
		this.blocks = next.blocks;
		this.count = next.count;
		this.owned = new Set(next.blocks);
		this.snap = null;
	}

	/** First block whose last event is >= e (the only blocks that can hold e start there). */
	private blockFor(e: HistEvent, strict: boolean): number {
		let lo = 0;
		let hi = this.blocks.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			const b = this.blocks[mid];
			const c = compareEvents(b[b.length - 1], e);
			if (c < 0 || (strict && c === 0)) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private remove(e: HistEvent): boolean {
		for (let bi = this.blockFor(e, false); bi < this.blocks.length; bi++) {
			const i = indexOfEvent(this.blocks[bi], e);
			if (i >= 0) {
				const b = this.writable(bi);
				listWork.copied += b.length - i;
				b.splice(i, 1);
				this.count--;
				if (!b.length) {
					listWork.copied += this.blocks.length - bi;
					this.blocks.splice(bi, 1);
					this.owned.delete(b);
				}
				return true;
			}
			if (compareEvents(this.blocks[bi][0], e) > 0) break;
		}
		return false;
	}

	private insert(e: HistEvent): void {
		this.snap = null;
		if (!this.blocks.length) {
			const first = [e];
			this.blocks.push(first);
			this.owned.add(first);
			this.count = 1;
			return;
		}
		const bi = Math.min(this.blockFor(e, true), this.blocks.length - 1);
		const b = this.writable(bi);
		const at = upperBound(b, e);
		listWork.copied += b.length - at;
		b.splice(at, 0, e);
		this.count++;
		if (b.length > 2 * this.block) {
			listWork.copied += b.length + this.blocks.length - bi;
			const halves = [b.slice(0, this.block), b.slice(this.block)];
			this.blocks.splice(bi, 1, ...halves);
			this.owned.delete(b);
			for (const h of halves) this.owned.add(h);
		}
	}
}
