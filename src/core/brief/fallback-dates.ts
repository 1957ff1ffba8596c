import type { HistDate, Precision } from "../model";
import type { DateMatch, DateReader } from "../dates/types";

/**
 * A minimal date reader used only when no reader is passed and core/dates is not wired in:
 * full dates, month + year, and years after a cue word ("in 1917") or at the end of a heading (", 1933").
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const FULL = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{3,4})\\b`, "g");
const MONTH_YEAR = new RegExp(`\\b${MONTH_RE}\\s+(?:of\\s+)?(\\d{3,4})\\b`, "g");
const CUE_YEAR = /\b(in|by|since|from|until|till|during|after|before|of|around|circa|c\.|ca\.)\s+(\d{3,4})\b(?!\s*(?:%|years|people|men|km|miles))/gi;
const TAIL_YEAR = /,\s*(\d{4})\s*$/g;

const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function date(year: number, precision: Precision, text: string, month?: number, day?: number): HistDate {
	const ymd = { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
	const label = day ? `${day} ${MONTH_SHORT[month! - 1]} ${year}` : month ? `${MONTH_SHORT[month - 1]} ${year}` : String(year);
	return { start: ymd, end: { ...ymd }, precision, approximate: false, text, label };
}

function monthOf(word: string): number {
	return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export function createFallbackDateReader(): DateReader {
	let anchor: number | undefined;
	return {
		get anchorYear() {
			return anchor;
		},
		read(sentence: string): DateMatch[] {
			const found: DateMatch[] = [];
			const taken = (i: number, e: number): boolean => found.some((f) => i < f.end && e > f.index);
			for (const m of sentence.matchAll(FULL)) {
				found.push({ date: date(Number(m[3]), "day", m[0], monthOf(m[1]), Number(m[2])), index: m.index, end: m.index + m[0].length });
			}
			for (const m of sentence.matchAll(MONTH_YEAR)) {
				if (!taken(m.index, m.index + m[0].length)) found.push({ date: date(Number(m[2]), "month", m[0], monthOf(m[1])), index: m.index, end: m.index + m[0].length });
			}
			for (const m of sentence.matchAll(CUE_YEAR)) {
				const at = m.index + m[0].length - m[2].length;
				if (!taken(at, at + m[2].length)) found.push({ date: date(Number(m[2]), "year", m[2]), index: at, end: at + m[2].length });
			}
			for (const m of sentence.matchAll(TAIL_YEAR)) {
				const at = m.index + m[0].indexOf(m[1]);
				if (!taken(at, at + 4)) found.push({ date: date(Number(m[1]), "year", m[1]), index: at, end: at + 4 });
			}
			found.sort((a, b) => a.index - b.index);
			if (found.length) anchor = found[found.length - 1].date.start.year;
			return found;
		},
	};
}
