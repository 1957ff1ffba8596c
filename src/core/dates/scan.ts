/** Runs the regex-first history parsers, resolves overlaps, applies O.S. markers and merges ranges. */
import type { HistDate, YMD } from "../model";
import { coarser } from "./calendar";
import { formatHistDate } from "./format";
import { eraYears } from "./parsers/eras";
import { anchoredMonths, fullDates, monthYears } from "./parsers/months";
import { applyStyleMarker, dualDates } from "./parsers/oldstyle";
import { centuries, decades, seasons } from "./parsers/periods";
import { contextYears, cuedYears, dashRanges, isoDates, labelYears, wordRanges } from "./parsers/years";
import type { Candidate, ScanContext } from "./patterns";
import type { DateMatch } from "./types";

type ParserFn = (ctx: ScanContext, out: Candidate[]) => void;

/** In priority order: on equal length the earlier parser wins. */
const PARSERS: ParserFn[] = [
	isoDates, dualDates, fullDates, monthYears, seasons, eraYears, decades, centuries,
	dashRanges, wordRanges, cuedYears, contextYears, anchoredMonths, labelYears,
];

/** Longest first, then leftmost; keep only non-overlapping candidates; return them in text order. */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
	if (cands.length < 2) return cands.slice();
	const order = cands.map((c, i) => ({ c, i }));
	order.sort((x, y) => (y.c.end - y.c.index) - (x.c.end - x.c.index) || x.c.index - y.c.index || x.i - y.i);
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
					...prev, end: c.end, stop: c.stop, tag: "hist/range",
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
	for (const p of PARSERS) p(ctx, all);
	const kept = resolveOverlaps(all).map((c) => applyApproxCue(ctx.text, applyStyleMarker(ctx.text, c)));
	return mergeRanges(ctx.text, kept);
}

export function toHistDate(text: string, c: Candidate): HistDate {
	const d: HistDate = {
		start: c.start, end: c.stop, precision: c.precision, approximate: c.approximate,
		text: text.slice(c.index, c.end), label: "",
	};
	if (c.calendar) d.calendar = c.calendar;
	if (c.originalLabel) d.originalLabel = c.originalLabel;
	d.label = formatHistDate(d);
	return d;
}

export function toMatch(text: string, c: Candidate): DateMatch {
	return { date: toHistDate(text, c), index: c.index, end: c.end };
}
