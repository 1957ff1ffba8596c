/** The shown date labels of a view's events: the "Era labels" setting, each note's convention, "AD 43" beside BC. */
import { eventDateLabel, hasBCDate } from "../../core/dates/format-labeler";
import type { IndexQueries } from "../../core/index";
import type { HistEvent } from "../../core/model";
import type { Settings } from "../../settings";

/** A labeler for one shown list: `firstAndLast` are its ends (events are in date order, so BC ones sit there). */
export function dateLabeler(
	settings: Pick<Settings, "eraLabels">,
	index: Pick<IndexQueries, "get">,
	ends: Iterable<HistEvent | undefined>,
): (ev: HistEvent) => string {
	const dates = [...ends].filter((e): e is HistEvent => e !== undefined).map((e) => e.date);
	const o = { convention: settings.eraLabels, briefOf: (p: string) => index.get(p), hasBC: hasBCDate(dates) };
	return (ev) => eventDateLabel(o, ev);
}
