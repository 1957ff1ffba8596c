/** Chrono only for what the history parsers did not cover (numeric slash dates, odd month-name forms). */
import { histChrono, CHRONO_REF } from "./chrono-setup";
import { glued, gluedAfter, point, type Candidate, type ScanContext } from "./patterns";
import { resolveOverlaps } from "./run-parsers";

const HINT_SRC =
	/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?,?\s?(?:the\s)?\d|\d(?:st|nd|rd|th)?\s(?:of\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/
		.source;
const RESIDUAL_HINT = new RegExp(HINT_SRC);
const HINT_G = new RegExp(HINT_SRC, "g");

/** The text with the already-found dates blanked out. */
function residual(text: string, found: Candidate[]): string {
	let out = "";
	let pos = 0;
	for (const c of found) {
		out += text.slice(pos, c.index) + " ".repeat(c.end - c.index);
		pos = c.end;
	}
	return out + text.slice(pos);
}

/** `month`: whether the text has a month name (computed once by the caller). */
export function needsChrono(text: string, found: Candidate[], month: boolean): boolean {
	if (!month && !/\d\/\d/.test(text)) return false;
	return RESIDUAL_HINT.test(found.length ? residual(text, found) : text);
}

/** Chrono never sees more than a few short windows around the hints (keeps 10 kB paragraphs fast). */
const WINDOW_PAD = 40;
const WINDOW_MAX = 240;
const MAX_WINDOWS = 8;

function windows(text: string, found: Candidate[]): Array<[number, number]> {
	const res = found.length ? residual(text, found) : text;
	const out: Array<[number, number]> = [];
	HINT_G.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = HINT_G.exec(res)) !== null && out.length <= MAX_WINDOWS) {
		let a = Math.max(0, m.index - WINDOW_PAD);
		const b = Math.min(text.length, m.index + m[0].length + WINDOW_PAD);
		const last = out[out.length - 1];
		if (last && a <= last[1] && b - last[0] <= WINDOW_MAX) {
			last[1] = b;
			continue;
		}
		if (last && a < last[1]) a = last[1];
		out.push([a, b]);
	}
	return out.slice(0, MAX_WINDOWS);
}

function histYear(y: number): number {
	return y < 0 ? y + 1 : y;
}

function chronoCandidates(ctx: ScanContext, slice: string, offset: number, ref: Date): Candidate[] {
	const extra: Candidate[] = [];
	for (const r of histChrono(ctx.dayFirst).parse(slice, ref)) {
		const s = r.start;
		if (!s.isCertain("month") || (!s.isCertain("year") && ctx.anchorYear === undefined)) continue;
		const y = s.isCertain("year") ? histYear(s.get("year") ?? 0) : (ctx.anchorYear ?? 0);
		const day = s.isCertain("day");
		const start = day ? point(y, s.get("month") ?? 1, s.get("day") ?? 1) : point(y, s.get("month") ?? 1);
		let stop = { ...start };
		if (r.end && r.end.isCertain("month")) {
			const e = r.end;
			const ey = e.isCertain("year") ? histYear(e.get("year") ?? 0) : y;
			stop = day ? point(ey, e.get("month") ?? 1, e.get("day") ?? 1) : point(ey, e.get("month") ?? 1);
		}
		const index = offset + r.index;
		const c: Candidate = {
			index,
			end: index + r.text.length,
			start,
			stop,
			precision: day ? "day" : "month",
			approximate: false,
			tag: "chrono",
		};
		if (!s.isCertain("year")) c.tag = "hist/anchored";
		extra.push(c);
	}
	return extra;
}

function cmpPoint(a: Candidate["start"], b: Candidate["start"]): number {
	return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/**
 * The checks our own parsers apply, for a chrono result: the range runs forwards (to the day: "November 7 to 3"
 * is no range), and the match neither starts nor ends inside a number ("November 7 to 1,000" must not end at
 * the "1" of "1,000").
 */
export function acceptableChrono(text: string, c: Candidate): boolean {
	if (cmpPoint(c.start, c.stop) > 0) return false;
	if (/\d/.test(text[c.index] ?? "") && glued(text, c.index)) return false;
	return !gluedAfter(text, c.end);
}

/** Adds chrono's results that do not overlap ours. Years must be certain (or the anchor is used). */
export function addChronoResults(ctx: ScanContext, found: Candidate[]): Candidate[] {
	const ref = new Date(CHRONO_REF.getTime());
	if (ctx.anchorYear !== undefined) ref.setUTCFullYear(ctx.anchorYear, 6, 1);
	const extra: Candidate[] = [];
	for (const [a, b] of windows(ctx.text, found)) extra.push(...chronoCandidates(ctx, ctx.text.slice(a, b), a, ref));
	if (!extra.length) return found;
	const kept = found.slice();
	for (const c of extra) {
		if (acceptableChrono(ctx.text, c) && kept.every((k) => c.end <= k.index || c.index >= k.end)) kept.push(c);
	}
	return resolveOverlaps(kept);
}
