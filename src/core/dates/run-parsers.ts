/** Runs the regex-first history parsers, resolves overlaps, applies O.S. markers and merges ranges. */
import type { HistDate, YMD } from "../model";
import { coarser } from "./calendar";
import { hasMonthName } from "./fastpath";
import { formatHistDate } from "./format";
import { eraYears } from "./parsers/era-years";
import { anchoredMonths, fullDates, leadingMonths, monthYears, yearMonths } from "./parsers/months";
import { applyStyleMarker, dualDates } from "./parsers/oldstyle";
import { centuries, decades, seasons } from "./parsers/periods";
import { contextYears, cuedYears, isoDates, labelYears } from "./parsers/years";
import { dashRanges, wordRanges } from "./parsers/year-ranges";
import { abbreviatedYearPairs, listYears } from "./parsers/list-years";
import { compactDates } from "./parsers/compact-dates";
import { bcWordRanges } from "./parsers/bc-ranges";
import { moreForms } from "./parsers/more-forms";
import { yearFirstDates } from "./parsers/year-first";
import { yearLists } from "./parsers/year-lists";
import { centAbbreviations } from "./parsers/short-periods";
import { ORDINAL_CENTURY_HINT, ordinalCenturies } from "./parsers/ordinal-centuries";
import { ownerYears } from "./parsers/owner-years";
import { langCandidates, langMerge, specOf } from "./lang";
import type { Candidate, ScanContext } from "./patterns";
import type { DateMatch } from "./types";

type ParserFn = (ctx: ScanContext, out: Candidate[]) => void;

/** Cheap features of a text; each parser runs only when its feature is present. */
interface Features {
	month: boolean;
	digits3: boolean;
	ctx: ScanContext;
}

const ERA_WORD = /\b(?:BC|AD|CE|BCE|B\.\s?C|A\.\s?D|C\.\s?E)/;
const SEASON_WORD = /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s/;
const DECADE_WORD = /\d0(?:'s|’s|s)\b/;
const CENTURY_WORD = /[Cc]entur|[Mm]illenni/;
const DASH_NEAR_DIGIT = /\d\s?[–—-]/;
/** What the main month parsers leave: 6-Jun-1944, May-1945, lower-case 11 nov 1918 / nov 11, 8/9th Nov. */
const COMPACT_HINT =
	/\d-[A-Za-z]|[A-Z][a-z]{2,8}-\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d|\d\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d\s?\/\s?\d{1,2}(?:st|nd|rd|th)\s/;
/** Cheaper first test for the gate below (case-sensitive, few alternatives). */
const MORE_CHEAP = /\d(?:st|nd|rd|th)\b|\d\s?[bB][.cCpP]|\((?:died|born|[dbr]\.|reigned|ruled) |[>→⟶]/;
/** Cheap gate for parsers/more-forms: `7th c.`, `4th-15th century`, `525bc`, `10,000 BP`, `(died 1924)`, `1066 ->`. */
const MORE_HINT =
	/\d(?:st|nd|rd|th)\s?c\b|(?:st|nd|rd|th)(?:\s+centur\w*)?\s?(?:[-–—\u2011]|to|until)\s?(?:the\s)?\d|\d\s?(?:b\.?c|bp\b)|\((?:died|born|d\.|b\.|r\.|reigned|ruled)\s\d|\d\s?(?:-+>|=>|→|⟶)/i;
const WORD_RANGE_HINT = /\d\s(?:to|until|till|through|and)\s/;
/** Gates for parsers/year-lists and parsers/short-periods ("3 cent AD"). */
const YEAR_LIST_HINT = /\d\s?&\s?\d|\d\/\d|[Cc]a?\.\s?\d|\((?:r|reigned|ruled)\.?\s?\d/;
const CENT_HINT = /\dcent|\d(?:st|nd|rd|th)?\scent/;

/** In priority order (on equal length the earlier parser wins), each with its gate. */
const PARSERS: Array<[ParserFn, (f: Features, t: string) => boolean]> = [
	[isoDates, (f, t) => f.digits3 && t.includes("-")],
	[dualDates, (f, t) => f.month && t.includes("(")],
	[fullDates, (f) => f.month],
	[yearFirstDates, (f, t) => f.month && (f.digits3 || ERA_WORD.test(t))],
	[compactDates, (f, t) => f.digits3 && COMPACT_HINT.test(t)],
	[monthYears, (f) => f.month],
	[yearMonths, (f) => f.month && f.digits3],
	[seasons, (f, t) => f.digits3 && SEASON_WORD.test(t)],
	[bcWordRanges, (_f, t) => ERA_WORD.test(t) && WORD_RANGE_HINT.test(t)],
	[eraYears, (_f, t) => ERA_WORD.test(t)],
	[decades, (_f, t) => DECADE_WORD.test(t)],
	[centuries, (_f, t) => CENTURY_WORD.test(t)],
	[moreForms, (_f, t) => MORE_CHEAP.test(t) && MORE_HINT.test(t)],
	[yearLists, (f, t) => f.digits3 && YEAR_LIST_HINT.test(t)],
	[centAbbreviations, (_f, t) => CENT_HINT.test(t)],
	[ordinalCenturies, (_f, t) => ORDINAL_CENTURY_HINT.test(t)],
	[dashRanges, (f, t) => f.digits3 && DASH_NEAR_DIGIT.test(t)],
	[wordRanges, (f, t) => f.digits3 && WORD_RANGE_HINT.test(t)],
	[cuedYears, (f, t) => f.digits3 || t.includes("year") || !!f.ctx.labelMode],
	[contextYears, (f) => f.digits3],
	[ownerYears, (f) => f.digits3],
	[listYears, (f) => f.digits3],
	[abbreviatedYearPairs, (f, t) => f.digits3 && t.includes(",")],
	[anchoredMonths, (f) => f.month && f.ctx.anchorYear !== undefined],
	[leadingMonths, (f) => f.month && f.ctx.anchorYear !== undefined],
	[labelYears, (f) => !!f.ctx.labelMode],
];

/** Longest first, then leftmost; keep only non-overlapping candidates; return them in text order. */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
	if (cands.length < 2) return cands.slice();
	if (cands.length === 2) {
		const [a, b] = cands;
		if (a.end <= b.index || b.end <= a.index) return a.index <= b.index ? [a, b] : [b, a];
	}
	const order = cands.map((c, i) => ({ c, i }));
	order.sort((x, y) => y.c.end - y.c.index - (x.c.end - x.c.index) || x.c.index - y.c.index || x.i - y.i);
	let max = 0;
	for (const c of cands) max = Math.max(max, c.end);
	const used = new Uint8Array(max + 1);
	const kept: Candidate[] = [];
	for (const { c } of order) {
		let free = true;
		for (let k = c.index; k < c.end && free; k++) free = used[k] === 0;
		if (!free) continue;
		used.fill(1, c.index, c.end);
		kept.push(c);
	}
	return kept.sort((a, b) => a.index - b.index);
}

function cmpPoint(a: YMD, b: YMD): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const JOIN = /^\s?(?:–|—|-|to|until|till|through|and)\s?(?:the\s)?$/;
const MERGEABLE = new Set(["day", "month", "year"]);

/** "June 1948 to May 1949", "44 BC – AD 14", "from 1917 to March 1918": two dates joined into one range. */
export function mergeRanges(text: string, cands: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (const c of cands) {
		const prev = out[out.length - 1];
		if (prev && MERGEABLE.has(prev.precision) && MERGEABLE.has(c.precision)) {
			const between = text.slice(prev.end, c.index);
			const ok = JOIN.test(between) && (!/and/.test(between) || /\bbetween\s$/i.test(text.slice(0, prev.index)));
			if (ok && cmpPoint(prev.start, c.start) < 0 && cmpPoint(prev.stop, c.stop) <= 0) {
				out[out.length - 1] = {
					...prev,
					end: c.end,
					stop: c.stop,
					tag: "hist/range",
					precision: coarser(prev.precision, c.precision),
					approximate: prev.approximate || c.approximate,
				};
				continue;
			}
		}
		out.push(c);
	}
	return out;
}

const APPROX_BEFORE = /(?:\b[Cc]\.|\b[Cc]a\.|\b[Cc]irca|\b[Aa]round|\b[Aa]bout|\bapproximately)\s?$/;

/** "ca. 1150–1160": an approximation cue right before a date the parser read as exact. */
function applyApproxCue(text: string, c: Candidate): Candidate {
	if (c.approximate) return c;
	const m = APPROX_BEFORE.exec(text.slice(Math.max(0, c.index - 16), c.index));
	return m ? { ...c, approximate: true, index: c.index - m[0].length } : c;
}

/** All history-form candidates of one text, resolved and merged. */
export function scanCandidates(ctx: ScanContext): Candidate[] {
	const all: Candidate[] = [];
	const t = ctx.text;
	const f: Features = { month: ctx.hasMonth ?? hasMonthName(t), digits3: /\d{3}/.test(t), ctx };
	for (const [parse, gate] of PARSERS) if (gate(f, t)) parse(ctx, all);
	const spec = specOf(ctx.lang);
	if (spec) langCandidates(spec, ctx, all);
	if (all.length === 0) return all;
	const kept = resolveOverlaps(all).map((c) => applyApproxCue(ctx.text, applyStyleMarker(ctx.text, c)));
	const merged = mergeRanges(ctx.text, kept);
	return spec ? langMerge(spec, ctx.text, merged) : merged;
}

/** Where an anchored date's year comes from (the reader's anchor: an earlier sentence, a heading or the title). */
export const ANCHOR_SOURCE = "year from an earlier sentence, heading or the title";

export function toHistDate(text: string, c: Candidate): HistDate {
	const d: HistDate = {
		start: c.start,
		end: c.stop,
		precision: c.precision,
		approximate: c.approximate,
		text: text.slice(c.index, c.end),
		label: "",
	};
	if (c.calendar) d.calendar = c.calendar;
	if (c.originalLabel) d.originalLabel = c.originalLabel;
	if (c.inferredFrom || c.tag === "hist/anchored") {
		d.inferred = true;
		d.inferredFrom = c.inferredFrom ?? ANCHOR_SOURCE;
	}
	d.label = formatHistDate(d);
	return d;
}

export function toMatch(text: string, c: Candidate): DateMatch {
	return { date: toHistDate(text, c), index: c.index, end: c.end };
}
