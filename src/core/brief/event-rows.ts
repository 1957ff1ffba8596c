/**
 * Events of table rows: one event per date in a cell; a short row is each event's text, a long row gives each event
 * its cell and a bounded context.
 */
import type { DateReader } from "../dates/types";
import type { Block } from "./types";
import type { RawEvent } from "./events";
import { chunks, safeRead, stripForEvents } from "./event-text";
import { addParenMonth } from "../dates/paren-month";
import { isScheduleRow } from "./not-events-school";

/** A row whose cells together are at most this long is every one of its events' text (a timeline table row). */
const ROW_TEXT_MAX = 300;
/** In a longer row, an event's text is its cell plus a bounded context: the row's first cell, then the next cells. */
const ROW_HEADER_MAX = 80;
const ROW_NEXT_CELLS = 4;

function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}\u2026`;
}

/** The text of an event found in cell `i` of a long row (`piece`: the cell or one piece of a long cell): bounded, not the whole row. */
function cellContext(cells: string[], header: number, i: number, piece: string): string {
	const parts: string[] = [];
	if (header >= 0 && header < i) parts.push(clip(cells[header], ROW_HEADER_MAX));
	parts.push(piece);
	let room = ROW_TEXT_MAX - parts.join(" \u2014 ").length;
	for (let k = i + 1; k < cells.length && k <= i + ROW_NEXT_CELLS && room > 3; k++) {
		if (!cells[k]) continue;
		const next = clip(cells[k], room - 3);
		parts.push(next);
		room -= next.length + 3;
	}
	return parts.join(" \u2014 ");
}

/** Every cell is empty or only its dates (no word left once the dates read in it are taken out). */
function onlyDates(events: RawEvent[], cells: string[]): boolean {
	const rest = cells.map((c) => c);
	// Events come in cell order: search on from the cell of the last one (linear in a row of thousands of cells).
	let from = 0;
	for (const e of events) {
		let k = from;
		while (k < rest.length && !rest[k].includes(e.date.text)) k++;
		if (k === rest.length) continue;
		rest[k] = rest[k].replace(e.date.text, " ");
		from = k;
	}
	return rest.every((c) => !/\p{L}{2,}/u.test(c));
}

/**
 * Table rows: one event per date in a cell. A short row is the text of each of its events (`1917 — Revolution`);
 * in a long row each event carries its own cell and a bounded context, so output stays linear in the row
 * (a row of 8,000 dated cells once gave 8,000 copies of the whole row).
 */
export function rowEvents(b: Block, reader: DateReader, section: string | undefined, out: RawEvent[]): void {
	const cells = b.parts.map((p) => stripForEvents(p));
	// A course schedule's row (`| Week 3 | Sept 20 | Quiz |`) is the class calendar, not history.
	if (isScheduleRow(cells)) return;
	let total = 0;
	for (const c of cells) if (c) total += (total ? 3 : 0) + c.length;
	const rowText = total <= ROW_TEXT_MAX ? cells.filter(Boolean).join(" \u2014 ") : null;
	const header = cells.findIndex(Boolean);
	const start = out.length;
	cells.forEach((cell, i) => {
		for (const c of rowText === null ? chunks(cell) : [{ text: cell, start: 0 }]) {
			for (const m of safeRead(reader, c.text)) {
				out.push({
					date: m.date,
					text: rowText ?? cellContext(cells, header, i, c.text),
					section,
					line: b.lines[0],
				});
			}
		}
	});
	// A row of dates and nothing else (a table's header of years, `| | 1913 | 1928 |`) names columns, not events.
	if (out.length > start && onlyDates(out.slice(start), cells)) {
		out.length = start;
		return;
	}
	// `| 1945 | Germany surrenders (May) |`: the one year of a row takes the month its other cell gives.
	if (rowText !== null && out.length === start + 1) {
		const only = out[start];
		addParenMonth(rowText, [{ date: only.date, index: 0, end: 0 }], true);
	}
}
