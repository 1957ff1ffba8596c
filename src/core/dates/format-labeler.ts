/**
 * One labeler per shown list (timeline, axis, garden page, CLI output, quiz): the "Era labels" setting, each
 * note's own convention for "auto", and "AD 43" on small CE years when the list also shows BC dates.
 */
import type { Brief, HistDate, HistEvent } from "../model";
import { memoByObject } from "../text/memo";
import { noteEraConvention, shownLabel, type EraConvention, type LabelStyle } from "./format-shown";

type NoteConvention = LabelStyle["noteConvention"];

/** The convention a brief writes, once per brief object (briefs are replaced, never edited, on change). */
export const briefEraConvention: (brief: Pick<Brief, "events">) => NoteConvention = memoByObject(
	(brief: Pick<Brief, "events">) => noteEraConvention(brief.events.map((e) => e.date.text)),
);

/** True when one of these dates is BC (then small CE years carry their era). */
export function hasBCDate(dates: Iterable<Pick<HistDate, "start">>): boolean {
	for (const d of dates) if (d.start.year <= 0) return true;
	return false;
}

export interface LabelerOptions {
	/** The "Era labels" setting. */
	convention?: EraConvention;
	/** The brief an event comes from (for its own convention under "auto"). */
	briefOf?(path: string): Pick<Brief, "events"> | undefined;
	/** The list shows BC dates: small CE years get "AD" / "CE". */
	hasBC?: boolean;
}

/** The label style of one event's date in a list. */
export function labelStyleOf(o: LabelerOptions, briefPath: string): LabelStyle {
	const convention = o.convention ?? "auto";
	const style: LabelStyle = { convention, markCE: o.hasBC === true };
	if (convention === "auto") {
		const brief = o.briefOf?.(briefPath);
		if (brief) style.noteConvention = briefEraConvention(brief);
	}
	return style;
}

/** The shown label of an event ("44 BCE", "AD 43", "Mar 1914?") in a list with these options. */
export function eventDateLabel(o: LabelerOptions, ev: Pick<HistEvent, "briefPath" | "date">): string {
	return shownLabel(ev.date, labelStyleOf(o, ev.briefPath));
}
