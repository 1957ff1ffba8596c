/** Reads a note's sentences in order, carrying the anchor year ("In December" after "November 1933"). */
import type { HistDate } from "../model";
import { findDates } from "./find";
import type { DateMatch, DateReader, FindDatesOptions } from "./types";

/** A date precise enough to anchor the next month-only mention: a year or finer. */
function anchorOf(d: HistDate): number | undefined {
	if (d.precision === "decade" || d.precision === "century" || d.precision === "millennium") return undefined;
	return d.end.year;
}

export function createDateReader(opts: FindDatesOptions = {}): DateReader {
	let anchor: number | undefined = opts.anchorYear;
	let anchorFrom = opts.anchorFrom ?? (anchor !== undefined ? "year from the title" : undefined);
	return {
		read(sentence: string): DateMatch[] {
			const found = findDates(sentence, { ...opts, anchorYear: anchor, anchorFrom });
			for (const m of found) {
				const a = anchorOf(m.date);
				if (a === undefined) continue;
				// An anchored date keeps the anchor (and where it came from); any other date moves it.
				if (!(m.date.inferred && a === anchor)) anchorFrom = "year from an earlier sentence or heading";
				anchor = a;
			}
			return found;
		},
		get anchorYear() {
			return anchor;
		},
	};
}
