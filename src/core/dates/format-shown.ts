/**
 * The label a reader sees (issue 16, items 4 and 9): the era convention (the note's own, BC/AD or BCE/CE), the
 * era on small CE years beside BC dates ("AD 43"), and "?" on a year the note did not write ("Mar 1914?").
 * `formatHistDate` stays the round-trip label stored in `HistDate.label`.
 */
import type { HistDate } from "../model";
import { formatHistDate } from "./format";

/** How eras are written: as the note wrote them ("auto"), or always BC/AD, or always BCE/CE (issue 16). */
export type EraConvention = "auto" | "bc-ad" | "bce-ce";

/** How a list shows its labels. */
export interface LabelStyle {
	/** The "Era labels" setting; default "auto". */
	convention?: EraConvention;
	/** With "auto": the convention of the date's note (noteEraConvention); absent: the date's own words decide. */
	noteConvention?: "bc-ad" | "bce-ce";
	/** The list or axis also shows BC dates: small CE years carry their era ("AD 43", "3rd century AD"). */
	markCE?: boolean;
}

/** A period word before a CE era: "3rd century AD", "1st millennium CE", "40s AD". */
const PERIOD_ERA = /\b(centur(?:y|ies)|millenni(?:um|a)|\d+s) (?:AD|CE)\b/g;
const WRITES_BCE = /\b(?:BCE|B\.C\.E\.?|CE|C\.E\.)(?![\p{L}])/u;
const WRITES_BC = /\b(?:BC|B\.C\.?|AD|A\.D\.?)(?![\p{L}])/u;
const WRITES_CE = /\b(?:AD|A\.D\.?|CE|C\.E\.?)(?![\p{L}])/u;
const BCE_WORDS = /\b(?:BCE|B\.C\.E\.?|CE|C\.E\.)(?![\p{L}])/gu;
const BC_WORDS = /\b(?:BC|B\.C\.?|AD|A\.D\.?)(?![\p{L}.])/gu;

/**
 * The era convention a note writes, from the words of its dates: "bce-ce" when it writes BCE/CE more often
 * than BC/AD, "bc-ad" when it writes BC/AD at least as often, undefined when it writes no era at all.
 */
export function noteEraConvention(dateTexts: Iterable<string>): "bc-ad" | "bce-ce" | undefined {
	let bce = 0;
	let bc = 0;
	for (const t of dateTexts) {
		bce += t.match(BCE_WORDS)?.length ?? 0;
		bc += t.match(BC_WORDS)?.length ?? 0;
	}
	if (bce > bc) return "bce-ce";
	return bc > 0 ? "bc-ad" : undefined;
}

function styleOf(style: EraConvention | LabelStyle | undefined): LabelStyle {
	return typeof style === "string" ? { convention: style } : (style ?? {});
}

function writesBCE(d: Pick<HistDate, "text">, s: LabelStyle): boolean {
	const c = s.convention ?? "auto";
	if (c !== "auto") return c === "bce-ce";
	if (s.noteConvention) return s.noteConvention === "bce-ce";
	return WRITES_BCE.test(d.text) && !WRITES_BC.test(d.text.replace(BCE_WORDS, ""));
}

/** A full HistDate (not just the fields of a label), so it can be formatted again in a style. */
function isFull(d: Partial<HistDate>): d is HistDate {
	return d.start !== undefined && d.end !== undefined && d.precision !== undefined;
}

/**
 * The label a reader sees: the date in the list's era style, "?" after a year (or era) the note did not write
 * with the event ("Mar 1914?"). A label in another language (a French brief's "28 juin 1914") keeps its words.
 */
export function shownLabel(
	d: Pick<HistDate, "label" | "inferred" | "text"> & Partial<HistDate>,
	style?: EraConvention | LabelStyle,
): string {
	const s = styleOf(style);
	const bce = writesBCE(d, s);
	let label: string;
	if (isFull(d) && d.label === formatHistDate(d)) {
		const markCE = s.markCE === true || (d.start.year > 0 && WRITES_CE.test(d.text));
		label = formatHistDate(d, { era: { bce, markCE } });
	} else label = conventionLabel(d.label, d.text, bce ? "bce-ce" : "bc-ad");
	return d.inferred ? `${label}?` : label;
}

/**
 * A label in an era convention: "44 BC" ↔ "44 BCE", "AD 79" ↔ "79 CE", "5th century BC" ↔ "5th century BCE".
 * "auto" keeps the note's own: BCE/CE when the date was written that way ("46 BCE"), BC/AD otherwise.
 */
export function conventionLabel(label: string, written: string, convention: EraConvention = "auto"): string {
	const bce = convention === "bce-ce" || (convention === "auto" && WRITES_BCE.test(written));
	// "AD 43" / "43 CE" before a number; "3rd century AD" / "3rd century CE" after a period word.
	if (bce)
		return label
			.replace(/\bAD (\d[\d,]*)/g, "$1 CE")
			.replace(PERIOD_ERA, "$1 CE")
			.replace(/\bBC\b/g, "BCE");
	return label
		.replace(/\b(\d[\d,]*) CE\b/g, "AD $1")
		.replace(PERIOD_ERA, "$1 AD")
		.replace(/\bBCE\b/g, "BC");
}

/** Why a shown label has its "?": "Year inferred: year from an earlier sentence". Undefined when nothing was inferred. */
export function inferredNote(d: Pick<HistDate, "inferred" | "inferredFrom">): string | undefined {
	if (!d.inferred) return undefined;
	return `Year inferred: ${d.inferredFrom ?? "not written with the event"}`;
}
