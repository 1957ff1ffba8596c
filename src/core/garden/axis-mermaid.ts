/**
 * The optional Mermaid timeline of a garden timeline page, readable in an 880 px column: at most 12 columns
 * (years, decades or centuries, whichever is finest with 12 or fewer; beyond that, runs of centuries), each
 * with a few of its events listed under it. Mermaid cannot hold links, so events are plain words.
 */
import type { HistEvent } from "../model";
import { groupLabel, type Grouping } from "./chrono";
import { mermaidWords } from "./escape";
import { plainText } from "./page-text";

export const MAX_COLUMNS = 12;
/** Events listed under one column; the rest are counted. */
const PER_COLUMN = 5;

/** Plain words Mermaid shows as written: the site writes this block unescaped, so no markup characters. */
function clean(s: string): string {
	return mermaidWords(plainText(s))
		.replace(/[:;#`{}]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

function runs(events: readonly HistEvent[], g: Grouping): { label: string; items: HistEvent[] }[] {
	const out: { label: string; items: HistEvent[] }[] = [];
	for (const e of events) {
		const l = groupLabel(e.date.start.year, g);
		if (out.length && out[out.length - 1].label === l) out[out.length - 1].items.push(e);
		else out.push({ label: l, items: [e] });
	}
	return out;
}

/** Columns for events in time order: never more than MAX_COLUMNS. */
export function mermaidColumns(events: readonly HistEvent[]): { label: string; items: HistEvent[] }[] {
	for (const g of ["year", "decade", "century"] as const) {
		const cols = runs(events, g);
		if (cols.length <= MAX_COLUMNS) return cols;
	}
	const cents = runs(events, "century");
	const per = Math.ceil(cents.length / MAX_COLUMNS);
	const out: { label: string; items: HistEvent[] }[] = [];
	for (let i = 0; i < cents.length; i += per) {
		const chunk = cents.slice(i, i + per);
		const label = chunk.length > 1 ? `${chunk[0].label} – ${chunk[chunk.length - 1].label}` : chunk[0].label;
		out.push({ label, items: chunk.flatMap((c) => c.items) });
	}
	return out;
}

/** The Mermaid block's lines (empty when nothing can be shown). */
export function mermaidBlock(title: string, events: readonly HistEvent[]): string[] {
	const rows: string[] = [];
	for (const col of mermaidColumns(events)) {
		const words: string[] = [];
		for (const e of col.items) {
			let w = clean(e.label ? `${e.label} ${e.text}` : e.text);
			if (w.length > 60) w = `${w.slice(0, 59)}…`;
			if (w) words.push(w);
		}
		if (!words.length) continue;
		const shown = words.slice(0, PER_COLUMN);
		if (words.length > PER_COLUMN) shown.push(`and ${words.length - PER_COLUMN} more`);
		rows.push(`    ${clean(col.label)} : ${shown.join(" : ")}`);
	}
	if (!rows.length) return [];
	return ["```mermaid", "timeline", `    title ${clean(title)}`, ...rows, "```", ""];
}
