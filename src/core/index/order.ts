import type { HistDate, HistEvent, Precision, YMD } from "../model";

/** Coarse first: at the same start, "1933" sorts before "Nov 1933" before "5 Nov 1933". */
const PRECISION_RANK: Record<Precision, number> = {
	millennium: 0,
	century: 1,
	decade: 2,
	year: 3,
	season: 4,
	month: 5,
	day: 6,
};

function compareYmd(a: YMD, b: YMD): number {
	if (a.year !== b.year) return a.year - b.year;
	const am = a.month ?? 0;
	const bm = b.month ?? 0;
	if (am !== bm) return am - bm;
	return (a.day ?? 0) - (b.day ?? 0);
}

/**
 * Local stand-in for `compareHistDates` from core/dates (same semantics: start, then precision
 * coarse-first). TODO: switch to the import once core/dates exports it.
 */
export function compareDates(a: HistDate, b: HistDate): number {
	return compareYmd(a.start, b.start) || (PRECISION_RANK[a.precision] ?? 9) - (PRECISION_RANK[b.precision] ?? 9);
}

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
