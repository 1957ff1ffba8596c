/**
 * The date evaluation on real notes (issue 16): hand labels (labels/<note>.tsv) against what a reader
 * gives. Plain data in, plain figures out; the test (tests/unit/dates/eval-real-notes.test.ts) loads the
 * notes and prints the table.
 *
 * Label file, one row per line, tab-separated, `#` comments:
 *   LINE  CATEGORY  DATE  TEXT        a date a careful student wants on the timeline (LINE is 0-based)
 *   LINE  junk      CLASS TEXT        a line that must give no event (question, prompt, task, citation, title…)
 * CATEGORY: bare | bce | range | century | full | month | anchored.
 * DATE: `1776`, `44BC`, `1914-07`, `1914-07-28`, a range `A..B` of those, or `~A..B`: an approximate
 * date ("mid-19th century", "the early 1600s") whose reading must lie inside A..B.
 */

export type Category = "bare" | "bce" | "range" | "century" | "full" | "month" | "anchored";
export const CATEGORIES: Category[] = ["bare", "bce", "range", "century", "full", "month", "anchored"];

export interface Point {
	/** Astronomical year: 1 BC = 0, 44 BC = -43. */
	year: number;
	month?: number;
	day?: number;
}

export interface DateLabel {
	line: number;
	category: Category;
	start: Point;
	end: Point;
	/** The reading must lie inside start..end (qualified centuries and decades). */
	within: boolean;
	text: string;
}

export interface JunkLabel {
	line: number;
	junkClass: string;
	text: string;
}

export interface NoteLabels {
	dates: DateLabel[];
	junk: JunkLabel[];
}

/** What a reader gave: one row on the timeline. */
export interface Reading {
	line: number;
	start: Point;
	end: Point;
	/** The row's text (for duplicate and date-only checks). */
	text: string;
	/** The words the date was read from. */
	dateText: string;
}

export interface NoteScore {
	readings: number;
	matched: number;
	labels: number;
	recalled: number;
	perCategory: Record<Category, { labels: number; recalled: number }>;
	junkRows: number;
	misses: DateLabel[];
	falsePositives: Reading[];
	/** The rows counted as junk (on a junk line, repeated, or only a date). */
	junk: Reading[];
}

function parsePoint(s: string): Point | null {
	const m = /^(\d{1,7})(BC)?(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s.trim());
	if (!m) return null;
	const y = Number(m[1]);
	const p: Point = { year: m[2] ? 1 - y : y };
	if (m[3]) p.month = Number(m[3]);
	if (m[4]) p.day = Number(m[4]);
	return p;
}

/** Parses one label file; throws on a malformed row so a typo in the labels never passes silently. */
export function parseLabels(tsv: string, name = "labels"): NoteLabels {
	const out: NoteLabels = { dates: [], junk: [] };
	tsv.split(/\r?\n/).forEach((row, i) => {
		if (!row.trim() || row.startsWith("#")) return;
		const [lineS, cat, date, text = ""] = row.split("\t");
		const line = Number(lineS);
		if (!Number.isInteger(line) || line < 0) throw new Error(`${name}:${i + 1}: bad line "${lineS}"`);
		if (cat === "junk") {
			out.junk.push({ line, junkClass: date ?? "", text });
			return;
		}
		if (!CATEGORIES.includes(cat as Category)) throw new Error(`${name}:${i + 1}: bad category "${cat}"`);
		const within = date.startsWith("~");
		const [a, b] = date.replace(/^~/, "").split("..");
		const start = parsePoint(a);
		const end = parsePoint(b ?? a);
		if (!start || !end) throw new Error(`${name}:${i + 1}: bad date "${date}"`);
		out.dates.push({ line, category: cat as Category, start, end, within, text });
	});
	return out;
}

function samePoint(label: Point, got: Point): boolean {
	if (label.year !== got.year) return false;
	if (label.month !== undefined && label.month !== got.month) return false;
	if (label.day !== undefined && label.day !== got.day) return false;
	return true;
}

/** Does a reading give the labelled date? */
export function dateMatches(label: DateLabel, r: Reading): boolean {
	if (label.within)
		return r.start.year >= label.start.year && r.end.year <= label.end.year && r.start.year <= r.end.year;
	return samePoint(label.start, r.start) && samePoint(label.end, r.end);
}

/** Readings on these lines are matched to labels: the line itself first, then up to 2 lines around it. */
const NEAR = 2;

/** How exactly a label names its date: a day beats a month beats a year. */
function detail(l: DateLabel): number {
	return l.start.day !== undefined ? 2 : l.start.month !== undefined ? 1 : 0;
}

function span(l: DateLabel): number {
	return l.end.year - l.start.year;
}

/**
 * The label a reading gives: on its own line first, then nearby; among several, one not yet hit, then the
 * exact before approximate, most detailed, narrowest ("Jan 1066" is the "January 1066" label's, not the bare "1066" one's on the same line).
 */
function findLabel(labels: DateLabel[], r: Reading, hit: Set<DateLabel>): DateLabel | undefined {
	const best = (list: DateLabel[]): DateLabel | undefined =>
		list.sort(
			(a, b) =>
				Number(hit.has(a)) - Number(hit.has(b)) ||
				Number(a.within) - Number(b.within) ||
				detail(b) - detail(a) ||
				span(a) - span(b),
		)[0];
	return (
		best(labels.filter((l) => l.line === r.line && dateMatches(l, r))) ??
		best(labels.filter((l) => Math.abs(l.line - r.line) <= NEAR && dateMatches(l, r)))
	);
}

/**
 * "the 13th and 14th centuries" read as one span 1201–1400: it gives both labelled centuries when two labels
 * on its line are exactly its two halves. A qualified half ("the later fourteenth and fifteenth centuries",
 * labelled `~1301..1400` and `1401..1500`) holds the span's end or start inside it.
 */
function findPair(labels: DateLabel[], r: Reading): DateLabel[] {
	const same = labels.filter((l) => l.line === r.line);
	const holds = (l: DateLabel, year: number, exact: number): boolean =>
		l.within ? year >= l.start.year && year <= l.end.year : year === exact;
	for (const a of same) {
		if (!holds(a, r.start.year, a.start.year)) continue;
		const b = same.find((x) => x !== a && x.start.year === a.end.year + 1 && holds(x, r.end.year, x.end.year));
		if (b) return [a, b];
	}
	return [];
}

/** A row whose text is only its date ("1200 BCE", "586 BCE:"). */
export function isDateOnly(r: Reading): boolean {
	const rest = r.text.replace(r.dateText, "").replace(/[\s\p{P}\p{S}]+/gu, "");
	return rest === "" || /^(?:c|ca|circa|BCE?|CE|AD)$/i.test(rest);
}

export function scoreNote(labels: NoteLabels, readings: Reading[]): NoteScore {
	const perCategory = Object.fromEntries(
		CATEGORIES.map((c) => [c, { labels: 0, recalled: 0 }]),
	) as NoteScore["perCategory"];
	const hit = new Set<DateLabel>();
	const falsePositives: Reading[] = [];
	const junk: Reading[] = [];
	const junkLines = new Set(labels.junk.map((j) => j.line));
	const seen = new Set<string>();
	let matched = 0;
	let junkRows = 0;
	for (const r of readings) {
		const key = `${r.text}\u0000${r.start.year}/${r.start.month ?? ""}/${r.start.day ?? ""}-${r.end.year}`;
		const dup = seen.has(key);
		seen.add(key);
		if (junkLines.has(r.line) || dup || isDateOnly(r)) {
			junkRows++;
			junk.push(r);
		}
		// A repeated row is never a right one, even when its date is labelled.
		if (dup) {
			falsePositives.push(r);
			continue;
		}
		const l = findLabel(labels.dates, r, hit);
		const pair = l ? [] : findPair(labels.dates, r);
		if (l || pair.length) {
			matched++;
			for (const x of l ? [l] : pair) hit.add(x);
		} else falsePositives.push(r);
	}
	for (const l of labels.dates) {
		perCategory[l.category].labels++;
		if (hit.has(l)) perCategory[l.category].recalled++;
	}
	return {
		readings: readings.length,
		matched,
		labels: labels.dates.length,
		recalled: hit.size,
		perCategory,
		junkRows,
		misses: labels.dates.filter((l) => !hit.has(l)),
		falsePositives,
		junk,
	};
}

export interface Totals {
	notes: number;
	readings: number;
	labels: number;
	precision: number;
	recall: number;
	junkRate: number;
	perCategory: Record<Category, { labels: number; recall: number }>;
}

export function totals(scores: NoteScore[]): Totals {
	const sum = (f: (s: NoteScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
	const readings = sum((s) => s.readings);
	const labels = sum((s) => s.labels);
	const perCategory = Object.fromEntries(
		CATEGORIES.map((c) => {
			const n = sum((s) => s.perCategory[c].labels);
			return [c, { labels: n, recall: n ? sum((s) => s.perCategory[c].recalled) / n : NaN }];
		}),
	) as Totals["perCategory"];
	return {
		notes: scores.length,
		readings,
		labels,
		precision: readings ? sum((s) => s.matched) / readings : NaN,
		recall: labels ? sum((s) => s.recalled) / labels : NaN,
		junkRate: readings ? sum((s) => s.junkRows) / readings : NaN,
		perCategory,
	};
}

const pct = (x: number): string => (Number.isNaN(x) ? "  –  " : x.toFixed(3));

/** A plain-text table: one column per (split, reader). */
export function formatTable(columns: { name: string; t: Totals }[]): string {
	const rows: string[][] = [
		["", ...columns.map((c) => c.name)],
		["notes", ...columns.map((c) => String(c.t.notes))],
		["labelled dates", ...columns.map((c) => String(c.t.labels))],
		["rows read", ...columns.map((c) => String(c.t.readings))],
		["precision", ...columns.map((c) => pct(c.t.precision))],
		["recall", ...columns.map((c) => pct(c.t.recall))],
		["junk rows", ...columns.map((c) => pct(c.t.junkRate))],
		...CATEGORIES.map((cat) => [
			`recall: ${cat}`,
			...columns.map((c) => `${pct(c.t.perCategory[cat].recall)} (${c.t.perCategory[cat].labels})`),
		]),
	];
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ")).join("\n");
}
