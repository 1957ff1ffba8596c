/** findDates: every date in one text, in text order, never overlapping, never throwing. */
import { addChronoResults, needsChrono } from "./chrono-fallback";
import { hasMonthName, mayHoldDate } from "./fastpath";
import { hasOwnEra, mayHoldDateIn, specOf } from "./lang";
import { isApproximateCount, type ScanContext } from "./patterns";
import { scanCandidates, toMatch } from "./run-parsers";
import type { DateMatch, FindDatesOptions } from "./types";
import { addParenMonth } from "./paren-month";
import { anchorInSentence } from "./sentence-anchor";
import { CJK_HINT, findCjkDates, withCjkDates } from "./cjk";
import { mapDoubtMarks, withoutDoubtMarks } from "./doubt-marks";

/** Texts longer than this are read in slices (a brief paragraph is far shorter). */
const MAX_CHUNK = 20000;

function findIn(text: string, opts: FindDatesOptions, labelMode: boolean): DateMatch[] {
	const doubt = labelMode ? null : withoutDoubtMarks(text);
	const read = doubt ? doubt.text : text;
	const hasMonth = hasMonthName(text);
	const spec = specOf(opts.lang);
	const dayFirst = opts.dayFirst ?? (spec ? true : undefined);
	const ctx: ScanContext = {
		text: read,
		anchorYear: opts.anchorYear,
		defaultEra: opts.defaultEra,
		labelMode,
		hasMonth,
		dayFirst,
	};
	if (spec) {
		ctx.lang = spec.lang;
		ctx.contextYear = opts.contextYear;
	}
	let found = scanCandidates(ctx);
	if (!labelMode && needsChrono(read, found, hasMonth)) found = addChronoResults(ctx, found);
	if (doubt) found = mapDoubtMarks(found, doubt.marks);
	const out = found.map((c) => markInferred(toMatch(text, c), opts)).filter((m) => !countNotYear(text, m));
	return spec || labelMode ? out : addParenMonth(text, anchorInSentence(out));
}

/** A bare number read as a year, with an approximation word before it that may be part of the match. */
const BARE_NUMBER = /^(?:[^\d]{0,14}?)(\d[\d,]*)$/;

/** "about 1200 executions": a bare number between a quantity word and a plural noun is a count (patterns.ts). */
function countNotYear(text: string, m: DateMatch): boolean {
	const b = BARE_NUMBER.exec(text.slice(m.index, m.end));
	if (!b) return false;
	return isApproximateCount(text, m.end - b[1].length, m.end);
}

/** An era written with the date ("490 BC", "AD 43"). */
const OWN_ERA = /\b(?:BCE?|B\.\s?C|CE|C\.\s?E|AD|A\.\s?D|BP)\b/i;

const HEADING_SOURCE = /^year from the heading/;

/** Says where an inferred year or era came from. */
function markInferred(m: DateMatch, opts: FindDatesOptions): DateMatch {
	const d = m.date;
	if (d.inferred && opts.anchorFrom) {
		// A year written in the date's own heading or an enclosing one is written, not guessed.
		if (HEADING_SOURCE.test(opts.anchorFrom)) {
			delete d.inferred;
			delete d.inferredFrom;
		} else d.inferredFrom = opts.anchorFrom;
	}
	const spec = specOf(opts.lang);
	if (opts.eraInferredFrom && d.start.year <= 0 && !OWN_ERA.test(d.text) && !(spec && hasOwnEra(spec, d.text))) {
		d.inferred = true;
		d.inferredFrom = d.inferredFrom ? `${d.inferredFrom}; ${opts.eraInferredFrom}` : opts.eraInferredFrom;
	}
	return m;
}

export function findDatesInternal(text: string, opts: FindDatesOptions = {}, labelMode = false): DateMatch[] {
	if (typeof text !== "string") return [];
	// Chinese and Japanese years ("公元前221年至公元前206年") beside what the English engine reads (cjk.ts).
	if (!labelMode && CJK_HINT.test(text)) {
		const cjk = findCjkDates(text, opts.defaultEra).map((m) => markInferred(m, opts));
		return withCjkDates(findLatin(text, opts, labelMode), cjk);
	}
	return findLatin(text, opts, labelMode);
}

function findLatin(text: string, opts: FindDatesOptions, labelMode: boolean): DateMatch[] {
	const spec = specOf(opts.lang);
	const anchored = opts.anchorYear !== undefined;
	if (!labelMode && !(spec ? mayHoldDateIn(spec, text, anchored) : mayHoldDate(text, anchored))) return [];
	try {
		if (text.length <= MAX_CHUNK) return findIn(text, opts, labelMode);
		const out: DateMatch[] = [];
		for (let pos = 0; pos < text.length; pos += MAX_CHUNK) {
			const part = text.slice(pos, pos + MAX_CHUNK);
			for (const m of findIn(part, opts, labelMode)) out.push({ ...m, index: m.index + pos, end: m.end + pos });
		}
		return out;
	} catch {
		return [];
	}
}

/** Every date in one sentence or paragraph. */
export function findDates(text: string, opts?: FindDatesOptions): DateMatch[] {
	return findDatesInternal(text, opts ?? {}, false);
}
