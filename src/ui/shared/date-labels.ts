/** The shown date labels of a view's events: the "Era labels" setting, each note's convention, "AD 43" beside BC. */
import { briefEraConvention, eventDateLabel, hasBCDate } from "../../core/dates/format-labeler";
import { conventionLabel } from "../../core/dates/format";
import type { IndexQueries } from "../../core/index";
import type { HistEvent } from "../../core/model";
import type { Settings } from "../../settings";

/**
 * Era headers and ticks ("4th century BC", "AD 200") in the setting's words when it names one; "auto" keeps
 * BC/AD (a list mixes notes of both conventions).
 */
export function eraWords(settings: Pick<Settings, "eraLabels">): ((label: string) => string) | undefined {
	const c = settings.eraLabels;
	return c === "auto" ? undefined : (label) => conventionLabel(label, "", c);
}

/**
 * A date label of one brief in the "Era labels" setting, or (auto) in the brief's own convention: the quote
 * index's dates ("44 BC" of a note that writes BCE shows "44 BCE").
 */
export function briefEraText(
	settings: Pick<Settings, "eraLabels">,
	index: Pick<IndexQueries, "get">,
	label: string,
	briefPath?: string,
): string {
	let c = settings.eraLabels;
	if (c === "auto") {
		const brief = briefPath === undefined ? undefined : index.get(briefPath);
		c = (brief && briefEraConvention(brief)) ?? "bc-ad";
		if (c === "bc-ad") return label;
	}
	return conventionLabel(label, "", c);
}

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
