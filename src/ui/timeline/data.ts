import type { HistEvent } from "../../core/model";
import { eraGranularity, eraKey, eraLabel, yearValue, type EraGranularity } from "./eras";

export interface Span {
	lo: number;
	hi: number;
}

/** Per-event numbers the view needs, computed once per refresh. */
export interface Measured {
	/** Fractional start year of each event, in display order (monotonic). */
	starts: Float64Array;
	/** Earliest start to latest end, padded a little. */
	full: Span;
	/** Events per course. */
	counts: Map<string, number>;
}

export function measure(events: readonly HistEvent[], courseOf: (path: string) => string): Measured {
	const n = events.length;
	const starts = new Float64Array(n);
	let lo = Infinity;
	let hi = -Infinity;
	// counted per brief (few), then per course: no course lookup per event
	const perBrief = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		const ev = events[i];
		const d = ev.date;
		const a = yearValue(d.start);
		starts[i] = a;
		if (a < lo) lo = a;
		const b = yearValue(d.end, true);
		if (b > hi) hi = b;
		perBrief.set(ev.briefPath, (perBrief.get(ev.briefPath) ?? 0) + 1);
	}
	const counts = new Map<string, number>();
	for (const [path, k] of perBrief) {
		const c = courseOf(path);
		counts.set(c, (counts.get(c) ?? 0) + k);
	}
	if (!n) {
		lo = 0;
		hi = 1;
	}
	const pad = Math.max((hi - lo) * 0.02, 0.5);
	return { starts, full: { lo: lo - pad, hi: hi + pad }, counts };
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
	label: string;
}

/**
 * The list the view shows, as typed arrays (no object per event): each list item is an event
 * position (>= 0) or a header (-1 - its index in `eras`), with an era header before each new era.
 */
export interface Layout {
	granularity: EraGranularity;
	/** Item index -> event position, or -1 - era index for a header. */
	items: Int32Array;
	eras: Era[];
	/** Event position -> item index. */
	itemOf: Int32Array;
	/** Item index -> index of its era header. */
	eraOf: Int32Array;
}

/** Era headers at the granularity that suits the events inside the window, and the lookup tables. */
export function layout(events: readonly HistEvent[], window: Span): Layout {
	const n = events.length;
	const years = new Float64Array(n);
	for (let i = 0; i < n; i++) years[i] = events[i].date.start.year;
	const granularity = eraGranularity(years, window.lo, window.hi);
	const items = new Int32Array(2 * n);
	const eraOf = new Int32Array(2 * n);
	const itemOf = new Int32Array(n);
	const eras: Era[] = [];
	let last = Number.NaN;
	let era = 0;
	let j = 0;
	for (let i = 0; i < n; i++) {
		const key = eraKey(years[i], granularity);
		if (key !== last) {
			eras.push({ key, label: eraLabel(key, granularity) });
			last = key;
			era = j;
			items[j] = -eras.length;
			eraOf[j++] = era;
		}
		items[j] = i;
		itemOf[i] = j;
		eraOf[j++] = era;
	}
	return { granularity, items: items.slice(0, j), eras, itemOf, eraOf: eraOf.slice(0, j) };
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
