import { compareHistDates } from "../dates/compare";
import type { HistDate, HistEvent } from "../model";

/** Dates: by start, then precision coarse-first ("1933" before "Nov 1933"). The date engine's order. */
export const compareDates: (a: HistDate, b: HistDate) => number = compareHistDates;

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Total order of the timeline: date, brief path, line, then id (so equal keys stay deterministic). */
export function compareEvents(a: HistEvent, b: HistEvent): number {
	return (
		compareDates(a.date, b.date) ||
		compareStrings(a.briefPath, b.briefPath) ||
		a.source.line - b.source.line ||
		compareStrings(a.id, b.id)
	);
}

const RANK: Record<string, number> = { day: 0, month: 1, season: 2, year: 3, decade: 4, century: 5, millennium: 6 };

/**
 * One number that orders like compareDates (start year, month, day, then coarse precision first),
 * NaN when the date is out of the packable range (the caller then falls back to compareEvents).
 */
export function dateKey(e: HistEvent): number {
	const s = e.date.start;
	const y = s.year;
	const m = s.month ?? 0;
	const d = s.day ?? 0;
	const rank = RANK[e.date.precision];
	if (
		!Number.isInteger(y) ||
		y < -999_999 ||
		y > 999_999 ||
		!(m >= 0 && m <= 12) ||
		!(d >= 0 && d <= 31) ||
		rank === undefined
	)
		return NaN;
	return (((y + 1_000_000) * 13 + m) * 32 + d) * 8 + (6 - rank);
}

/**
 * Sorts events like `list.sort(compareEvents)` but compares precomputed numeric date keys first:
 * far fewer visits to scattered event objects, which dominate a bulk load of 100,000 events.
 */
export function sortEvents(list: HistEvent[]): HistEvent[] {
	const n = list.length;
	if (n < 64) return list.sort(compareEvents);
	// Secondary key: the brief path's rank among the paths here, then the line.
	const rank = new Map<string, number>();
	for (const e of list) rank.set(e.briefPath, 0);
	[...rank.keys()].sort().forEach((p, i) => rank.set(p, i));
	const keys = new Float64Array(n);
	const keys2 = new Float64Array(n);
	const order: number[] = new Array<number>(n);
	for (let i = 0; i < n; i++) {
		const e = list[i];
		keys[i] = dateKey(e);
		keys2[i] = (rank.get(e.briefPath) ?? 0) * 2 ** 21 + Math.min(Math.max(e.source.line, 0), 2 ** 21 - 1);
		order[i] = i;
	}
	order.sort((a, b) => {
		const d = keys[a] - keys[b];
		if (Number.isNaN(d)) return compareEvents(list[a], list[b]); // NaN: a date the key cannot hold
		return d || keys2[a] - keys2[b] || compareEvents(list[a], list[b]);
	});
	const out: HistEvent[] = new Array<HistEvent>(n);
	for (let i = 0; i < n; i++) out[i] = list[order[i]];
	for (let i = 0; i < n; i++) list[i] = out[i];
	return list;
}

const INDEX_BITS = 2 ** 20;

/**
 * Sorts briefs' events for a bulk load. PRECONDITION: `list` is the concatenation, in path order,
 * of each brief's events already sorted by compareEvents. Then among equal date keys the position
 * in `list` is the (path, line, id) order, so one native Float64Array sort of (date key, position)
 * gives exactly the compareEvents order. Falls back to sortEvents for dates the key cannot hold.
 */
export function sortGrouped(list: HistEvent[]): HistEvent[] {
	const n = list.length;
	if (n < 64 || n >= INDEX_BITS) return sortEvents(list);
	const keys = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const k = dateKey(list[i]);
		if (Number.isNaN(k)) return sortEvents(list);
		keys[i] = k * INDEX_BITS + i;
	}
	keys.sort();
	const out: HistEvent[] = new Array<HistEvent>(n);
	for (let i = 0; i < n; i++) out[i] = list[keys[i] % INDEX_BITS];
	for (let i = 0; i < n; i++) list[i] = out[i];
	return list;
}

/** First index whose element is not less than `e`. */
export function lowerBound(list: HistEvent[], e: HistEvent): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compareEvents(list[mid], e) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index whose element is greater than `e` (inserting there keeps earlier equals first). */
export function upperBound(list: HistEvent[], e: HistEvent): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compareEvents(list[mid], e) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of this exact object in a sorted list, -1 when absent. */
export function indexOfEvent(list: HistEvent[], e: HistEvent): number {
	for (let i = lowerBound(list, e); i < list.length; i++) {
		if (list[i] === e) return i;
		if (compareEvents(list[i], e) !== 0) break;
	}
	return -1;
}

/** Linear merge of two sorted lists (stable: `a` first on ties). */
export function mergeSorted(a: HistEvent[], b: HistEvent[]): HistEvent[] {
	if (!b.length) return a;
	if (!a.length) return b.slice();
	const out: HistEvent[] = new Array<HistEvent>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = compareEvents(b[j], a[i]) < 0 ? b[j++] : a[i++];
	while (i < a.length) out[k++] = a[i++];
	while (j < b.length) out[k++] = b[j++];
	return out;
}
