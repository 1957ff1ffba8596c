/**
 * A month or day without a year takes the year its own sentence wrote before it ("The Great Exhibition opened in
 * May 1851 (May 1)", "Elected in March 1933, he passed the Enabling Act on 23 March"), not the anchor carried from
 * an earlier sentence. The year is then written, not inferred.
 */
import type { DateMatch } from "./types";
import { formatHistDate } from "./format";

const FINE = new Set(["day", "month", "season"]);

export function anchorInSentence(found: DateMatch[]): DateMatch[] {
	if (found.length < 2) return found;
	let written: number | undefined;
	for (const m of found) {
		const d = m.date;
		if (!d.inferred) {
			written =
				d.start.year === d.end.year && d.precision !== "decade" && d.precision !== "century"
					? d.end.year
					: undefined;
			continue;
		}
		if (written === undefined || !FINE.has(d.precision) || d.start.year !== d.end.year || d.start.year === written)
			continue;
		if (d.inferredFrom && /rolled forward|BC:/.test(d.inferredFrom)) continue;
		d.start = { ...d.start, year: written };
		d.end = { ...d.end, year: written };
		delete d.inferred;
		delete d.inferredFrom;
		d.label = formatHistDate(d);
	}
	return found;
}
