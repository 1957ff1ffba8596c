/**
 * A compact, lossless form of a Brief for persistent caches: items drop their briefPath and
 * source.path (they are the brief's path; `source` becomes the line number) and an event's date
 * drops `end` when it equals `start`. Unknown fields pass through untouched, so additions to the
 * model survive without a change here. unpackBrief(packBrief(b)) deep-equals b (tested).
 */
import type { Brief, YMD } from "../model";

type Rec = Record<string, unknown>;

/** Plain JSON data; only unpackBrief reads it. */
export interface PackedBrief {
	packed: 1;
	brief: Rec;
}

function sameYmd(a: YMD, b: YMD): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

function packItems(items: { briefPath: string; source: { path: string; line: number } }[], path: string): Rec[] | null {
	const out: Rec[] = [];
	for (const item of items) {
		if (item.briefPath !== path || item.source.path !== path) return null;
		const rec: Rec = { ...item, source: item.source.line };
		delete rec.briefPath;
		const date = rec.date as { start: YMD; end: YMD } | undefined;
		if (date && sameYmd(date.start, date.end)) {
			const d: Rec = { ...date };
			delete d.end;
			rec.date = d;
		}
		out.push(rec);
	}
	return out;
}

/** In place: the packed data is fresh (just parsed or cloned) and owned by the caller. */
function unpackItems(items: Rec[], path: string): Rec[] {
	for (const rec of items) {
		rec.briefPath = path;
		rec.source = { path, line: rec.source };
		const date = rec.date as { start: YMD; end?: YMD } | undefined;
		if (date && !date.end) date.end = { ...date.start };
	}
	return items;
}

/** Null when an item points at another path (parseBrief never does that): store it unpacked then. */
export function packBrief(brief: Brief): PackedBrief | null {
	const events = packItems(brief.events, brief.path);
	const quotes = packItems(brief.quotes, brief.path);
	const facts = packItems(brief.facts, brief.path);
	if (!events || !quotes || !facts) return null;
	return { packed: 1, brief: { ...brief, events, quotes, facts } };
}

/** The Brief back, built IN PLACE from `p` (which must not be used afterwards). */
export function unpackBrief(p: PackedBrief): Brief {
	const b = p.brief;
	const path = b.path as string;
	unpackItems(b.events as Rec[], path);
	unpackItems(b.quotes as Rec[], path);
	unpackItems(b.facts as Rec[], path);
	return b as unknown as Brief;
}

export function isPackedBrief(v: unknown): v is PackedBrief {
	return !!v && typeof v === "object" && (v as Rec).packed === 1 && typeof (v as Rec).brief === "object";
}
