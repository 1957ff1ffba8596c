import { eraKey, eraLabel, type EraGranularity } from "./eras";
import { ERA_LEVELS, type Measured } from "./measure";

export interface Span {
	lo: number;
	hi: number;
}

/** The ruler window for a zoom level (each level halves it), centred on a year, kept inside `full`. */
export function windowAround(full: Span, zoom: number, center: number): Span {
	const span = Math.max((full.hi - full.lo) / 2 ** zoom, 2);
	if (span >= full.hi - full.lo) return { ...full };
	const lo = Math.min(Math.max(center - span / 2, full.lo), full.hi - span);
	return { lo, hi: lo + span };
}

/** An era header of the list. */
export interface Era {
	key: number;
	granularity: EraGranularity;
	label: string;
}

/**
 * The list the view shows, as typed arrays (no object per event): each list item is an event
 * position (>= 0) or a header (-1 - its index in `eras`), with an era header before each new era.
 */
export interface Layout {
	/** The finest granularity of any header (what zooming in refines). */
	granularity: EraGranularity;
	/** Item index -> event position, or -1 - era index for a header. */
	items: Int32Array;
	eras: Era[];
	/** Event position -> item index. */
	itemOf: Int32Array;
	/** Item index -> index of its era header. */
	eraOf: Int32Array;
}

const LEVELS = ERA_LEVELS;

/**
 * Most events an era header may hold before it is split into finer ones, at zoom 0; each zoom level
 * halves it. A sparse millennium keeps one header, a crowded century splits into decades, a crowded
 * decade into years: the headers adapt to the density where they are, not to the whole timeline.
 */
const SPLIT_ABOVE: Record<EraGranularity, number> = { millennium: 4, century: 30, decade: 30, year: Infinity };

export function splitLimit(g: EraGranularity, zoom: number): number {
	return Math.max(1, Math.floor(SPLIT_ABOVE[g] / 2 ** zoom));
}

/** Era objects by granularity and key, shared between layouts (a header's label is built once). */
const ERA_CACHE = new Map<EraGranularity, Map<number, Era>>(LEVELS.map((g) => [g, new Map()]));

function eraOfKey(key: number, g: EraGranularity): Era {
	const m = ERA_CACHE.get(g)!;
	let e = m.get(key);
	if (!e) {
		if (m.size > 20_000) m.clear();
		e = { key, granularity: g, label: eraLabel(key, g) };
		m.set(key, e);
	}
	return e;
}

/** Counted work: slots of new arrays the layout allocated (its buffers are reused from edit to edit). */
export const layoutWork = { allocated: 0 };

/** Item buffers one list reuses from layout to layout (it replaces what it held each time). */
export class LayoutBuffers {
	items = new Int32Array(0);
	eraOf = new Int32Array(0);
	itemOf = new Int32Array(0);
	/** The headers of the last layout, rewritten in place by the next one. */
	eras: Era[] = [];

	ensure(n: number): this {
		const cap = 2 * n;
		if (this.items.length < cap || this.items.length > 4 * cap + 4096) {
			const size = Math.max(64, Math.ceil(cap * 1.25));
			this.items = new Int32Array(size);
			this.eraOf = new Int32Array(size);
			this.itemOf = new Int32Array(Math.ceil(size / 2));
			layoutWork.allocated += 2 * size + this.itemOf.length;
		}
		return this;
	}
}

/**
 * Density-aware era headers over measured events in display order (monotonic, either way), and the lookup
 * tables. Reads only the era breaks between neighbours (no event, no date), linear: each event is looked
 * at once per level at most; an era key is computed per header only.
 */
export function layout(m: Pick<Measured, "starts" | "breaks">, zoom: number, buffers = new LayoutBuffers()): Layout {
	const { starts, breaks } = m;
	const n = starts.length;
	const { items, eraOf, itemOf } = buffers.ensure(n);
	// The headers are written over the last layout's, in place (mostly the same ones again after an edit).
	const eras = buffers.eras;
	let count = 0;
	let j = 0;
	let finest = 0;
	const emit = (i0: number, i1: number, level: number, key: number) => {
		const g = LEVELS[level];
		const same = eras[count] as Era | undefined;
		if (count === eras.length) layoutWork.allocated++;
		if (!same || same.key !== key || same.granularity !== g) eras[count] = eraOfKey(key, g);
		count++;
		if (level > finest) finest = level;
		const head = j;
		items[j] = -count;
		eraOf[j++] = head;
		for (let i = i0; i < i1; i++) {
			items[j] = i;
			itemOf[i] = j;
			eraOf[j++] = head;
		}
	};
	const limits = [0, 0, 0, 0];
	for (let l = 0; l < LEVELS.length; l++) limits[l] = splitLimit(LEVELS[l], zoom);
	const split = (i0: number, i1: number, level: number) => {
		const g = LEVELS[level];
		const limit = limits[level];
		let i = i0;
		while (i < i1) {
			let k = i + 1;
			while (k < i1 && breaks[k] > level) k++;
			if (k - i > limit && level < LEVELS.length - 1) split(i, k, level + 1);
			else emit(i, k, level, eraKey(starts[i], g));
			i = k;
		}
	};
	split(0, n, 0);
	eras.length = count;
	return {
		granularity: n ? LEVELS[finest] : "century",
		items: items.subarray(0, j),
		eras,
		itemOf: itemOf.subarray(0, n),
		eraOf: eraOf.subarray(0, j),
	};
}

/** First position whose start is at or after `year` (at or before it when the order is descending). */
export function searchYear(starts: Float64Array, year: number, descending: boolean): number {
	let lo = 0;
	let hi = starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (descending ? starts[mid] > year : starts[mid] < year) lo = mid + 1;
		else hi = mid;
	}
	return Math.min(lo, starts.length - 1);
}
