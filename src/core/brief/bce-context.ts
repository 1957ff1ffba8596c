import type { HistDate } from "../model";
import { formatHistDate, writtenEra } from "../dates";
import type { RawEvent } from "./events";
import { MAX_YEAR } from "../dates/parsers/years";

/**
 * The era of the context (issue 16, item 2): a note whose written eras are all BC ("492–404 BC", "16th
 * century BC", "750 bc") and that writes no AD/CE means its other small years, decades and centuries BC too
 * ("the 430s", "in 431", "the 8th century", "(~750)"). Those are read as BC and marked `inferred` (the era
 * is not written with them). Years of 1000 and more stay AD unless written descending ("1750-1350"): a
 * note on Egypt may say "discovered in 1799".
 */

const BC_MARK = /\b(?:BCE?|B\.\s?C\.?(?:\s?E\.?)?)(?![\p{L}])|\bBP\b/iu;
const AD_MARK = /\b(?:AD|A\.\s?D\.?|CE|C\.\s?E\.?)(?![\p{L}])/u;
/** Era words of the other languages too ("av. J.-C.", "v. Chr.", "a.C.", "-495"). */
const isBC = (t: string): boolean => BC_MARK.test(t) || writtenEra(t) === "BC";
const isAD = (t: string): boolean => AD_MARK.test(t) || writtenEra(t) === "AD";

export const CONTEXT_ERA_REASON = "BC: the note's other dates are all BC";

/** True when at least 3 dates are written BC, none AD/CE, and they are at least a third of the small dates. */
export function contextIsBCE(events: RawEvent[]): boolean {
	let bc = 0;
	let small = 0;
	for (const e of events) {
		if (isAD(e.date.text)) return false;
		if (isBC(e.date.text)) bc++;
		else if (e.date.start.year < 1000) small++;
	}
	return bc >= 3 && bc * 2 >= small;
}

function isCoarse(d: HistDate): boolean {
	return d.precision === "century" || d.precision === "decade" || d.precision === "millennium";
}

/** A CE span read as the same span BC: "8th century" -> 800–701 BC, "early 5th century" -> 500–468 BC. */
function flipToBC(d: HistDate): HistDate {
	const s = d.start.year;
	const e = d.end.year;
	let start: number;
	let end: number;
	if (d.precision === "century" || d.precision === "millennium") {
		const size = d.precision === "century" ? 100 : 1000;
		const cs = Math.floor((s - 1) / size) * size + 1;
		const bs = 1 - (cs + size - 1);
		start = bs + (s - cs);
		end = bs + (e - cs);
	} else {
		start = 1 - e;
		end = 1 - s;
	}
	const out: HistDate = {
		...d,
		start: { year: start },
		end: { year: end },
		inferred: true,
		inferredFrom: CONTEXT_ERA_REASON,
	};
	out.label = formatHistDate(out);
	return out;
}

/** A BC reading of a bare year back to AD ("1799" in a note on Egypt). */
function backToAD(d: HistDate): HistDate {
	const out: HistDate = {
		...d,
		start: { ...d.start, year: 1 - d.end.year },
		end: { ...d.end, year: 1 - d.start.year },
	};
	delete out.inferred;
	delete out.inferredFrom;
	out.label = formatHistDate(out);
	return out;
}

/** "1750-1350": a range written with the larger year first can only be BC. */
function writtenDescending(text: string): boolean {
	const nums = text.match(/\d[\d,]*/g);
	return !!nums && nums.length >= 2 && Number(nums[0].replace(/,/g, "")) > Number(nums[1].replace(/,/g, ""));
}

/**
 * Events read with the era BC by default (bare years BC), adjusted: coarse periods without an era (which the
 * reader keeps AD) become BC when they are small; bare years of 1000 and more go back to AD.
 */
export function applyContextBCE(events: RawEvent[]): RawEvent[] {
	return events.map((e) => {
		const d = e.date;
		if (isBC(d.text) || isAD(d.text)) return e;
		if (isCoarse(d)) return d.start.year > 0 && d.end.year <= 1000 ? { ...e, date: flipToBC(d) } : e;
		// A bare year of 1000 and more is AD ("discovered in 1799"), unless that AD year lies in the future.
		const future = 1 - d.start.year > MAX_YEAR;
		if (d.start.year <= 0 && -d.end.year >= 999 && !future && !writtenDescending(d.text))
			return { ...e, date: backToAD(d) };
		return e;
	});
}
