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
