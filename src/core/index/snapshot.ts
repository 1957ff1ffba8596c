import type { HistEvent } from "../model";

/**
 * A read-only sequence of events (a snapshot, or one read backwards): what the timeline view shows.
 * `parts` are its blocks in order; a block may be shared between sequences of different revisions
 * and never changes once seen (so a reader may cache what it computed per block, by identity).
 * `reversed` parts are read from the end (the sequence is that block backwards).
 */
export interface EventSeq extends Iterable<HistEvent> {
	readonly length: number;
	readonly parts: readonly (readonly HistEvent[])[];
	readonly reversedParts: boolean;
	at(i: number): HistEvent | undefined;
	findIndex(fn: (e: HistEvent) => boolean): number;
	forEach(fn: (e: HistEvent, index: number) => void): void;
	toArray(): HistEvent[];
}

/**
 * A read-only view of the timeline at one revision that shares its blocks with the index's event list
 * (copy on write: the list copies a block before it next changes it). Taking one costs a copy of the block
 * table (about n / 1,000 pointers), not of every event, so an update at 80,000 events stays small.
 */
export class TimelineSnapshot implements EventSeq {
	/** starts[i]: index of the first event of blocks[i]. */
	private readonly starts: number[];
	readonly length: number;

	constructor(private readonly blocks: readonly (readonly HistEvent[])[]) {
		this.starts = new Array<number>(blocks.length);
		let n = 0;
		for (let i = 0; i < blocks.length; i++) {
			this.starts[i] = n;
			n += blocks[i].length;
		}
		this.length = n;
	}

	get parts(): readonly (readonly HistEvent[])[] {
		return this.blocks;
	}

	get reversedParts(): boolean {
		return false;
	}

	/** The same events newest first, without a copy. */
	reversed(): EventSeq {
		return new ReversedSnapshot(this);
	}

	/** A snapshot of a flat array (a filtered query's answer); the array must not change afterwards. */
	static of(events: readonly HistEvent[]): TimelineSnapshot {
		return new TimelineSnapshot(events.length ? [events] : []);
	}

	/** The event at index i (negative counts from the end), undefined out of range. */
	at(i: number): HistEvent | undefined {
		const k = i < 0 ? this.length + i : i;
		if (!Number.isInteger(k) || k < 0 || k >= this.length) return undefined;
		let lo = 0;
		let hi = this.blocks.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= k) lo = mid;
			else hi = mid - 1;
		}
		return this.blocks[lo][k - this.starts[lo]];
	}

	forEach(fn: (e: HistEvent, index: number) => void): void {
		let i = 0;
		for (const b of this.blocks) for (const e of b) fn(e, i++);
	}

	*[Symbol.iterator](): Iterator<HistEvent> {
		for (const b of this.blocks) yield* b;
	}

	findIndex(fn: (e: HistEvent) => boolean): number {
		let i = 0;
		for (const b of this.blocks) {
			for (const e of b) {
				if (fn(e)) return i;
				i++;
			}
		}
		return -1;
	}

	some(fn: (e: HistEvent) => boolean): boolean {
		for (const b of this.blocks) for (const e of b) if (fn(e)) return true;
		return false;
	}

	/** Events [start, end) as a new array (only that range is copied). */
	slice(start = 0, end = this.length): HistEvent[] {
		const a = Math.max(0, Math.min(this.length, start < 0 ? this.length + start : start));
		const z = Math.max(a, Math.min(this.length, end < 0 ? this.length + end : end));
		const out: HistEvent[] = [];
		for (let bi = 0; bi < this.blocks.length && out.length < z - a; bi++) {
			const s = this.starts[bi];
			const b = this.blocks[bi];
			if (s + b.length <= a) continue;
			for (let j = Math.max(0, a - s); j < b.length && s + j < z; j++) out.push(b[j]);
		}
		return out;
	}

	/** Every event as one flat array (the copy the snapshot exists to avoid; for callers that need one). */
	toArray(): HistEvent[] {
		return this.slice();
	}
}

/** A snapshot read from its end (newest first); shares everything with it. */
class ReversedSnapshot implements EventSeq {
	readonly length: number;
	readonly parts: readonly (readonly HistEvent[])[];

	constructor(private readonly inner: TimelineSnapshot) {
		this.length = inner.length;
		this.parts = inner.parts.slice().reverse();
	}

	get reversedParts(): boolean {
		return true;
	}

	at(i: number): HistEvent | undefined {
		const k = i < 0 ? this.length + i : i;
		return k >= 0 && k < this.length ? this.inner.at(this.length - 1 - k) : undefined;
	}

	findIndex(fn: (e: HistEvent) => boolean): number {
		let i = 0;
		for (const b of this.parts) for (let j = b.length - 1; j >= 0; j--, i++) if (fn(b[j])) return i;
		return -1;
	}

	forEach(fn: (e: HistEvent, index: number) => void): void {
		let i = 0;
		for (const b of this.parts) for (let j = b.length - 1; j >= 0; j--) fn(b[j], i++);
	}

	*[Symbol.iterator](): Iterator<HistEvent> {
		for (const b of this.parts) for (let j = b.length - 1; j >= 0; j--) yield b[j];
	}

	toArray(): HistEvent[] {
		return this.inner.toArray().reverse();
	}
}
