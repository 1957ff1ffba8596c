/** Sorting HistDates: by start (missing month/day first), then coarse precision first. */
import type { HistDate } from "../model";
import { PRECISION_RANK } from "./calendar";

/** Negative when a sorts before b; 0 when equal for sorting (callers then keep source order). */
export function compareHistDates(a: HistDate, b: HistDate): number {
	const s = a.start;
	const t = b.start;
	return (
		s.year - t.year ||
		(s.month ?? 0) - (t.month ?? 0) ||
		(s.day ?? 0) - (t.day ?? 0) ||
		PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision]
	);
}
