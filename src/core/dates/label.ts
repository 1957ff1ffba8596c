/** parseDateLabel: a label ("44 BC", "c. 1150", "1930s", "Nov 1933", "1933–1939") back to its HistDate. */
import type { HistDate } from "../model";
import { findDatesInternal } from "./find";
import { parsePeriodRangeLabel } from "./label-periods";

export function parseDateLabel(label: string): HistDate | null {
	if (typeof label !== "string") return null;
	const trimmed = label.trim();
	if (!trimmed) return null;
	const period = parsePeriodRangeLabel(trimmed);
	if (period) return period;
	const found = findDatesInternal(trimmed, {}, true);
	if (found.length !== 1) return null;
	const m = found[0];
	if (m.index !== 0 || m.end !== trimmed.length) return null;
	return m.date;
}
