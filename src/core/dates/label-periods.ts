/**
 * Reads back the period-range labels formatHistDate writes ("15th–16th centuries", "5th–4th centuries BC",
 * "late 19th – early 20th century", "1st century BC – 1st century AD"), so parseDateLabel round-trips them.
 * Labels only: notes are read by the parsers (parsers/more-forms.ts).
 */
import type { HistDate } from "../model";
import { qualifierSpan } from "./patterns";

const Q = "(early |mid-|late )?";
const ERA = "(?: (BCE?|AD|CE))?";
const UNIT = "(centur(?:y|ies)|millenni(?:um|a))";
const PERIOD_RANGE = new RegExp(
	`^(c\\. )?${Q}(\\d+)(?:st|nd|rd|th)(?: ${UNIT}${ERA})?\\s?–\\s?${Q}(\\d+)(?:st|nd|rd|th) ${UNIT}${ERA}$`,
);

/** The span of the n-th period (1-based) in an era: [first, last] astronomical years, with a qualifier. */
function spanOf(n: number, size: number, bc: boolean, q: string | undefined): [number, number] {
	const base = bc ? 1 - n * size : (n - 1) * size + 1;
	return qualifierSpan(q?.replace(/[- ]$/, ""), base, size);
}

/** A period-range label back to its HistDate; null when `label` is not one. */
export function parsePeriodRangeLabel(label: string): HistDate | null {
	const m = PERIOD_RANGE.exec(label);
	if (!m) return null;
	const [, approx, q1, n1, unit1, era1, q2, n2, unit2, era2] = m;
	const size = unit2.startsWith("millenni") ? 1000 : 100;
	if (unit1 && unit1.startsWith("millenni") !== (size === 1000)) return null;
	const bc2 = !!era2 && era2.startsWith("B");
	const bc1 = era1 ? era1.startsWith("B") : bc2;
	const start = spanOf(Number(n1), size, bc1, q1)[0];
	const end = spanOf(Number(n2), size, bc2, q2)[1];
	if (!(start < end) || Number(n1) < 1 || Number(n2) < 1) return null;
	return {
		start: { year: start },
		end: { year: end },
		precision: size === 1000 ? "millennium" : "century",
		approximate: !!approx || !!q1,
		label,
		text: label,
	};
}
