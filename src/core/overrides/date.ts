/** A date typed by the student ("1917", "25 Oct 1917", "c. 1150", "44 BC"), read by the date engine. */
import { findDates, parseDateLabel } from "../dates";
import type { HistDate } from "../model";

/** The date the text holds (the first one), or null when the date engine reads none. Never throws. */
export function readTypedDate(text: string): HistDate | null {
	if (typeof text !== "string" || !text.trim()) return null;
	const typed = text.trim().slice(0, 200);
	try {
		const found = findDates(typed)[0]?.date ?? parseDateLabel(typed);
		if (!found) return null;
		// Typed by the student: written out, never a guess.
		const date: HistDate = { ...found, text: typed };
		delete date.inferred;
		delete date.inferredFrom;
		return date;
	} catch {
		return null;
	}
}
