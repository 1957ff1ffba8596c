/**
 * The history date engine: public API.
 *
 * - findDates(text, opts): every date in one sentence or paragraph, in text order, never overlapping.
 * - createDateReader(opts): reads a note's sentences in order, carrying the anchor year ("In December").
 * - compareHistDates(a, b): start (missing month/day first), then coarse precision first; 0 = keep source order.
 * - formatYear / formatHistDate: historians' labels ("44 BC", "c. 1150", "1930s", "Nov 1933", "1933–1939").
 * - parseDateLabel(label): a label back to its HistDate (round-trips with formatHistDate).
 * - { lang: "fr" | "de" | "es" | "pt" | "it" } in the options of findDates, createDateReader and
 *   formatHistDate: that language's history forms and labels (src/core/dates/lang, issue 21).
 * - writtenEra(text): the era written in a date's words in any of the six languages ("BC", "AD").
 *
 * Regex-first parsers cover the history forms; a cloned, pruned chrono-node (English) reads what they leave.
 */
export type { DateMatch, DateReader, FindDatesOptions } from "./types";
export { findDates } from "./find";
export { createDateReader } from "./reader";
export { compareHistDates } from "./compare";
export {
	conventionLabel,
	formatHistDate,
	formatYear,
	inferredNote,
	noteEraConvention,
	shownLabel,
	type EraConvention,
	type LabelStyle,
} from "./format";
export { parseDateLabel } from "./label";
export { writtenEra } from "./lang";
