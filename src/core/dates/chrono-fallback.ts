/** Chrono only for what the history parsers did not cover (numeric slash dates, odd month-name forms). */
import { histChrono, CHRONO_REF } from "./chrono-setup";
import { point, type Candidate, type ScanContext } from "./patterns";
import { resolveOverlaps } from "./scan";

const RESIDUAL_HINT = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?,?\s?(?:the\s)?\d|\d(?:st|nd|rd|th)?\s(?:of\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

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

export function needsChrono(text: string, found: Candidate[]): boolean {
	return RESIDUAL_HINT.test(found.length ? residual(text, found) : text);
}

function histYear(y: number): number {
	return y < 0 ? y + 1 : y;
}

/** Adds chrono's results that do not overlap ours. Years must be certain (or the anchor is used). */
export function addChronoResults(ctx: ScanContext, found: Candidate[]): Candidate[] {
	const ref = ctx.anchorYear !== undefined ? new Date(Date.UTC(2000, 0, 1)) : CHRONO_REF;
	if (ctx.anchorYear !== undefined) ref.setUTCFullYear(ctx.anchorYear, 6, 1);
	const extra: Candidate[] = [];
	for (const r of histChrono().parse(ctx.text, ref)) {
		const s = r.start;
		if (!s.isCertain("year") && ctx.anchorYear === undefined) continue;
		if (!s.isCertain("month")) continue;
		const y = s.isCertain("year") ? histYear(s.get("year") ?? 0) : (ctx.anchorYear ?? 0);
		const day = s.isCertain("day");
		const start = day ? point(y, s.get("month") ?? 1, s.get("day") ?? 1) : point(y, s.get("month") ?? 1);
		let stop = { ...start };
		if (r.end && r.end.isCertain("month")) {
			const e = r.end;
			const ey = e.isCertain("year") ? histYear(e.get("year") ?? 0) : y;
			stop = day ? point(ey, e.get("month") ?? 1, e.get("day") ?? 1) : point(ey, e.get("month") ?? 1);
		}
		extra.push({
			index: r.index, end: r.index + r.text.length, start, stop, precision: day ? "day" : "month",
			approximate: false, tag: "chrono",
		});
	}
	if (!extra.length) return found;
	const kept = found.slice();
	for (const c of extra) if (kept.every((k) => c.end <= k.index || c.index >= k.end)) kept.push(c);
	return resolveOverlaps(kept);
}
