import type { EventSeq } from "../../core/index/snapshot";
import type { HistEvent } from "../../core/model";
import type { Span } from "./data";
import { eraKey, yearValue, type EraGranularity } from "./eras";

/** Era levels, coarsest first (the index is the level `breaks` holds). */
export const ERA_LEVELS: readonly EraGranularity[] = ["millennium", "century", "decade", "year"];

/** The coarsest era level at which two years fall into different eras (4: the same year). */
export function breakLevel(a: number, b: number): number {
	if (Math.floor(a) === Math.floor(b)) return ERA_LEVELS.length;
	for (let l = 0; l < ERA_LEVELS.length; l++) if (eraKey(a, ERA_LEVELS[l]) !== eraKey(b, ERA_LEVELS[l])) return l;
	return ERA_LEVELS.length;
}

/** What the view reads of one block of events, computed once per block (blocks never change once seen). */
interface BlockData {
	/** Fractional start and end year of each event, in block order (ascending). */
	starts: Float64Array;
	ends: Float64Array;
	/** Course of each event, as an index into the measurer's course table. */
	course: Uint32Array;
	/** breaks[j]: era level at which event j differs from event j - 1 (see `breakLevel`; breaks[0] unused). */
	breaks: Uint8Array;
	lo: number;
	hi: number;
	/** Events per course index (shorter than the course table when later courses came after it). */
	counts: Int32Array;
	/** The last measure() that saw this block in its sequence (see `replacedBlocks`). */
	seen: number;
}

/** Per-event numbers the view needs. */
export interface Measured {
	/** Fractional start year of each event, in display order (monotonic). */
	starts: Float64Array;
	/**
	 * breaks[i]: the coarsest era level at which event i is in another era than event i - 1 (0 millennium,
	 * 1 century, 2 decade, 3 year, 4 same year); breaks[0] = 0. What the era layout reads instead of dates.
	 */
	breaks: Uint8Array;
	/** Earliest start to latest end, padded a little. */
	full: Span;
	/** Events per course. */
	counts: Map<string, number>;
}

/**
 * Counted work (tests check an update costs O(changed), not O(all)): events whose dates and course were read,
 * and numbers allocated in new arrays (the per-event buffers the view keeps are reused, not counted).
 */
export const measureWork = { events: 0, allocated: 0 };

/**
 * Measures a sequence of events block by block and keeps what it found per block (by identity): an index
 * snapshot shares every unchanged block with the previous one, and a block the index copied to change it
 * still holds the same event objects around the change, so after an edit only the changed events are read
 * (found by comparing pointers against the block it replaced); the rest is copying numbers.
 * `courseOf` must give the same course for a path (a brief's course is its folder): `reset()` if it does not.
 */
export class SeqMeasurer {
	private cache = new WeakMap<readonly HistEvent[], BlockData>();
	/** The parts of the last measured sequence (where a changed block's previous version is found). */
	private lastParts: readonly (readonly HistEvent[])[] = [];
	private courseNames: string[] = [];
	private courseIds = new Map<string, number>();
	private buffer = new Float64Array(0);
	private breakBuffer = new Uint8Array(0);
	/** Counts measure() calls: a block's `seen` stamp. */
	private epoch = 0;
	/** What the buffers hold: the parts of the last sequence, in the order read, and their direction. */
	private written: readonly (readonly HistEvent[])[] = [];
	private writtenReversed = false;

	reset(): void {
		this.cache = new WeakMap();
		this.lastParts = [];
		this.written = [];
		this.courseNames = [];
		this.courseIds = new Map();
	}

	measure(seq: EventSeq, courseOf: (path: string) => string): Measured {
		const n = seq.length;
		const parts = seq.parts;
		// buffers reused across updates (the caller replaces what it held): no 640 kB array per edit
		if (this.buffer.length < n || this.buffer.length > 4 * n + 1024) {
			this.buffer = new Float64Array(Math.ceil(Math.max(n, 16) * 1.25));
			this.breakBuffer = new Uint8Array(this.buffer.length);
			measureWork.allocated += 2 * this.buffer.length;
			this.written = [];
		}
		const starts = this.buffer.subarray(0, n);
		const breaks = this.breakBuffer.subarray(0, n);
		const { head, tail } = this.unmoved(parts, n, seq.reversedParts);
		const epoch = ++this.epoch;
		let lo = Infinity;
		let hi = -Infinity;
		let byId = new Float64Array(Math.max(16, this.courseNames.length));
		let replaced: (readonly HistEvent[])[] | null = null;
		let at = 0;
		for (let p = 0; p < parts.length; p++) {
			const block = parts[p];
			const len = block.length;
			if (!len) continue;
			let d = this.cache.get(block);
			if (!d) {
				replaced ??= this.replacedBlocks(parts, epoch);
				d = this.measureBlock(block, courseOf, replaced);
				this.cache.set(block, d);
			}
			d.seen = epoch;
			// a block at the same place as in the last measure is in the buffers already
			if (p >= head && p < parts.length - tail) this.place(d, at, len, seq.reversedParts);
			breaks[at] = at ? breakLevel(starts[at - 1], starts[at]) : 0;
			at += len;
			if (d.lo < lo) lo = d.lo;
			if (d.hi > hi) hi = d.hi;
			if (byId.length < d.counts.length) {
				const grown = new Float64Array(d.counts.length * 2);
				grown.set(byId);
				byId = grown;
			}
			for (let c = 0; c < d.counts.length; c++) byId[c] += d.counts[c];
		}
		this.lastParts = parts;
		this.written = parts;
		this.writtenReversed = seq.reversedParts;
		if (!n) {
			lo = 0;
			hi = 1;
		}
		const counts = new Map<string, number>();
		for (let c = 0; c < byId.length; c++) if (byId[c]) counts.set(this.courseNames[c], byId[c]);
		const pad = Math.max((hi - lo) * 0.02, 0.5);
		return { starts, breaks, full: { lo: lo - pad, hi: hi + pad }, counts };
	}

	/**
	 * How many leading parts (head) and trailing parts (tail) sit where the buffers already hold them: the
	 * same blocks in the same order as the last measure, read the same way (the tail only when the length
	 * is the same, so that it did not move).
	 */
	private unmoved(
		parts: readonly (readonly HistEvent[])[],
		n: number,
		reversed: boolean,
	): { head: number; tail: number } {
		const was = this.written;
		if (!was.length || this.writtenReversed !== reversed) return { head: 0, tail: 0 };
		let head = 0;
		while (head < parts.length && head < was.length && parts[head] === was[head]) head++;
		let tail = 0;
		if (n === this.buffered(was))
			while (
				tail < parts.length - head &&
				tail < was.length - head &&
				parts[parts.length - 1 - tail] === was[was.length - 1 - tail]
			)
				tail++;
		return { head, tail };
	}

	private buffered(parts: readonly (readonly HistEvent[])[]): number {
		let n = 0;
		for (const b of parts) n += b.length;
		return n;
	}

	/** Copies a block's numbers into the buffers at `at` (backwards when the sequence is read from the end). */
	private place(d: BlockData, at: number, len: number, reversed: boolean): void {
		const starts = this.buffer;
		const breaks = this.breakBuffer;
		if (reversed) {
			// read backwards, the pair (q - 1, q) is the block's pair (len - q, len - q - 1)
			for (let q = 0; q < len; q++) {
				starts[at + q] = d.starts[len - 1 - q];
				if (q) breaks[at + q] = d.breaks[len - q];
			}
		} else {
			starts.set(d.starts, at);
			breaks.set(d.breaks, at);
		}
	}

	/**
	 * Blocks of the last sequence that this one no longer has: the previous versions of its new blocks.
	 * Stamps every cached block of `parts` first, so no set of all parts is built.
	 */
	private replacedBlocks(parts: readonly (readonly HistEvent[])[], epoch: number): (readonly HistEvent[])[] {
		for (const b of parts) {
			const d = this.cache.get(b);
			if (d) d.seen = epoch;
		}
		const out: (readonly HistEvent[])[] = [];
		for (const b of this.lastParts) {
			const d = this.cache.get(b);
			if (d && d.seen !== epoch) out.push(b);
		}
		return out;
	}

	private courseId(path: string, courseOf: (path: string) => string): number {
		const name = courseOf(path);
		let id = this.courseIds.get(name);
		if (id === undefined) {
			id = this.courseNames.length;
			this.courseNames.push(name);
			this.courseIds.set(name, id);
		}
		return id;
	}

	private measureBlock(
		block: readonly HistEvent[],
		courseOf: (path: string) => string,
		replaced: readonly (readonly HistEvent[])[],
	): BlockData {
		const n = block.length;
		// one backing store for the four arrays (8 + 8 + 4 + 1 bytes per event)
		const store = new ArrayBuffer(21 * n);
		const starts = new Float64Array(store, 0, n);
		const ends = new Float64Array(store, 8 * n, n);
		const course = new Uint32Array(store, 16 * n, n);
		measureWork.allocated += 4 * n;
		// The block this one was copied from (it holds the first or last event): its numbers are reused for
		// every event still at the same place in it (a pointer comparison, no read of the event).
		const old = replaced.find((b) => b.includes(block[0]) || b.includes(block[n - 1]));
		const od = old ? this.cache.get(old) : undefined;
		let i = old && od ? Math.max(0, old.indexOf(block[0])) : 0;
		// course of a brief path, looked up once per path per block
		let lastPath = "";
		let lastCourse = 0;
		for (let j = 0; j < n; j++) {
			const ev = block[j];
			if (old && od) {
				if (old[i] !== ev && old[i + 1] === ev) i++;
				if (old[i] === ev) {
					starts[j] = od.starts[i];
					ends[j] = od.ends[i];
					course[j] = od.course[i++];
					continue;
				}
			}
			measureWork.events++;
			starts[j] = yearValue(ev.date.start);
			ends[j] = yearValue(ev.date.end, true);
			if (ev.briefPath !== lastPath) {
				lastPath = ev.briefPath;
				lastCourse = this.courseId(lastPath, courseOf);
			}
			course[j] = lastCourse;
		}
		const breaks = new Uint8Array(store, 20 * n, n);
		let lo = Infinity;
		let hi = -Infinity;
		const counts = new Int32Array(this.courseNames.length);
		measureWork.allocated += counts.length;
		for (let j = 0; j < n; j++) {
			if (j) breaks[j] = breakLevel(starts[j - 1], starts[j]);
			if (starts[j] < lo) lo = starts[j];
			if (ends[j] > hi) hi = ends[j];
			counts[course[j]]++;
		}
		return { starts, ends, course, breaks, lo, hi, counts, seen: 0 };
	}
}
