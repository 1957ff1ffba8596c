/**
 * A compact, lossless form of a Brief for persistent caches (format 3). Items, sections, links and
 * problems become positional arrays (no repeated keys: smaller and faster to JSON.parse); items drop
 * briefPath and source.path (they are the brief's path), a problem's path is 1 when it is the brief's,
 * a date's start and end are one number each (end left out when equal), and `id` is dropped when it equals the path.
 * Anything the rows cannot hold exactly (an unknown field, a null value, an item pointing at another
 * path) makes packBrief return null: the caller then stores the brief unpacked. Missing optional
 * fields are null in a row and stay absent on unpack. unpackBrief(packBrief(b)) deep-equals b (tested).
 */
import type { Brief, Fact, HistDate, HistEvent, Problem, Quote, Section, YMD } from "../model";

type Rec = Record<string, unknown>;
type Row = unknown[];

export const PACK_FORMAT = 3;

/** Plain JSON data; only unpackBrief reads it. */
export interface PackedBrief {
	packed: typeof PACK_FORMAT;
	brief: Rec;
}

const ITEM_KEYS = {
	events: ["id", "text", "label", "section"],
	quotes: ["id", "text", "speaker", "section"],
	facts: ["id", "term", "definition"],
} as const;
const DATE_KEYS = ["precision", "approximate", "text", "label", "calendar", "originalLabel"] as const;
const SECTION_KEYS = ["title", "level", "kind", "role", "startLine", "endLine"] as const;
const LINK_KEYS = ["target", "heading", "alias", "embed", "kind", "line"] as const;
const PROBLEM_KEYS = ["line", "message", "severity"] as const;

/** The slot (array index) of each name in a row laid out as `names`. */
function slots<const K extends readonly string[]>(names: K): { readonly [N in K[number]]: number } {
	return Object.fromEntries(names.map((n, i) => [n, i])) as { [N in K[number]]: number };
}

/** Item rows: the source line, the kind's ITEM_KEYS, and (events) the date row. */
const EVENT = slots(["line", ...ITEM_KEYS.events, "date"] as const);
const QUOTE = slots(["line", ...ITEM_KEYS.quotes] as const);
const FACT = slots(["line", ...ITEM_KEYS.facts] as const);
/** Date rows: start and end (ymdNum numbers), then DATE_KEYS. */
const DATE = slots(["start", "end", ...DATE_KEYS] as const);
const SECTION = slots(SECTION_KEYS);
/** Problem rows: the path (1 for the brief's own), then PROBLEM_KEYS. */
const PROBLEM_PATH = 0;
/** `label` in a date row when the label equals the text; `path` in a problem row when it is the brief's. */
const SAME_AS_TEXT = 0;
const OWN_PATH = 1;

class Unpackable extends Error {}

/** Values of `keys` in order (null when absent); throws Unpackable on an unknown key or a null value. */
function toRow(o: Rec, keys: readonly string[], extra: readonly string[] = []): Row {
	for (const k in o) if (!keys.includes(k) && !extra.includes(k)) throw new Unpackable(k);
	const row: Row = [];
	for (const k of keys) {
		const v = o[k];
		if (v === null) throw new Unpackable(k);
		row.push(v === undefined ? null : v);
	}
	return row;
}

/** Rows read back as fixed object literals (sections, facts) must have every field. */
function full(row: Row): Row {
	if (row.includes(null)) throw new Unpackable("missing field");
	return row;
}

/** Drops trailing nulls (absent optional fields at the end of a row cost nothing). */
function trim(row: Row): Row {
	let n = row.length;
	while (n > 0 && row[n - 1] === null) n--;
	row.length = n;
	return row;
}

function fromRow(row: Row, keys: readonly string[], from: number, into: Rec): Rec {
	for (let i = 0; i < keys.length; i++) {
		const v = row[from + i];
		if (v !== null && v !== undefined) into[keys[i]] = v;
	}
	return into;
}

function part(v: unknown): number {
	if (v === undefined) return 0;
	if (typeof v !== "number" || !Number.isInteger(v) || v < 1 || v > 99) throw new Unpackable("ymd");
	return v;
}

/** A YMD as one number: year * 10000 +/- (month * 100 + day), 0 standing for an absent month or day. */
function ymdNum(d: YMD): number {
	toRow(d as unknown as Rec, ["year", "month", "day"]);
	if (!Number.isSafeInteger(d.year) || Math.abs(d.year) > 1e11) throw new Unpackable("year");
	const rest = part(d.month) * 100 + part(d.day);
	return d.year >= 0 ? d.year * 10000 + rest : d.year * 10000 - rest;
}

function ymd(v: number): YMD {
	const a = v < 0 ? -v : v;
	const rest = a % 10000;
	const year = (a - rest) / 10000;
	const out: YMD = { year: v < 0 ? -year : year };
	const month = (rest / 100) | 0;
	if (month) out.month = month;
	if (rest % 100) out.day = rest % 100;
	return out;
}

/**
 * A DATE row trimmed of trailing nulls: start and end are ymdNum numbers, end null when it equals the start,
 * approximate 0/1, label SAME_AS_TEXT when it equals the text.
 */
function dateRow(d: HistDate): Row {
	const vals = toRow(d as unknown as Rec, DATE_KEYS, ["start", "end"]);
	if (typeof d.approximate !== "boolean") throw new Unpackable("approximate");
	const s = ymdNum(d.start);
	const e = ymdNum(d.end);
	const row = [s, e === s ? null : e, ...vals];
	row[DATE.approximate] = d.approximate ? 1 : 0;
	if (d.label === d.text) row[DATE.label] = SAME_AS_TEXT;
	return trim(row);
}

function unpackDate(row: Row): HistDate {
	const text = row[DATE.text] as string;
	const label = row[DATE.label];
	const start = row[DATE.start] as number;
	const end = row[DATE.end];
	const d: HistDate = {
		start: ymd(start),
		end: ymd(end == null ? start : (end as number)),
		precision: row[DATE.precision] as HistDate["precision"],
		approximate: row[DATE.approximate] === 1,
		text,
		label: label === SAME_AS_TEXT ? text : (label as string),
	};
	if (row[DATE.calendar] != null) d.calendar = row[DATE.calendar] as HistDate["calendar"];
	if (row[DATE.originalLabel] != null) d.originalLabel = row[DATE.originalLabel] as string;
	return d;
}

/**
 * [line, ...keys, date?] (EVENT, QUOTE, FACT); a section title that is one of the brief's section titles becomes
 * the index of the first such section; rows without a date are trimmed of trailing nulls.
 */
function itemRows(items: Rec[], keys: readonly string[], path: string, dated: boolean, titles: string[]): Row[] {
	// The section's slot: after the line, at its place among the keys (0 when the kind has no section).
	const at = keys.indexOf("section") + 1;
	return items.map((item) => {
		const src = item.source as Rec | undefined;
		if (item.briefPath !== path || !src || src.path !== path || typeof src.line !== "number")
			throw new Unpackable("path");
		if (Object.keys(src).length !== 2) throw new Unpackable("source");
		const row = [src.line, ...toRow(item, keys, dated ? ["briefPath", "source", "date"] : ["briefPath", "source"])];
		if (at > 0 && typeof row[at] === "number") throw new Unpackable("section");
		if (at > 0 && typeof row[at] === "string") {
			const i = titles.indexOf(row[at]);
			if (i >= 0) row[at] = i;
		}
		if (dated) row.push(dateRow(item.date as HistDate));
		return dated ? row : trim(at > 0 ? row : full(row));
	});
}

function section(v: unknown, titles: string[]): string | undefined {
	return typeof v === "number" ? titles[v] : v == null ? undefined : (v as string);
}

/** An EVENT row back to a HistEvent, one object literal. */
function unpackEvents(rows: Row[], path: string, titles: string[]): HistEvent[] {
	const out = new Array<HistEvent>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		const ev: HistEvent = {
			id: r[EVENT.id] as string,
			briefPath: path,
			date: unpackDate(r[EVENT.date] as Row),
			text: r[EVENT.text] as string,
			source: { path, line: r[EVENT.line] as number },
		};
		if (r[EVENT.label] != null) ev.label = r[EVENT.label] as string;
		const sec = section(r[EVENT.section], titles);
		if (sec !== undefined) ev.section = sec;
		out[i] = ev;
	}
	return out;
}

/** A QUOTE row back to a Quote. */
function unpackQuotes(rows: Row[], path: string, titles: string[]): Quote[] {
	const out = new Array<Quote>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		const q: Quote = {
			id: r[QUOTE.id] as string,
			briefPath: path,
			text: r[QUOTE.text] as string,
			section: section(r[QUOTE.section], titles) as string,
			source: { path, line: r[QUOTE.line] as number },
		};
		if (r[QUOTE.speaker] != null) q.speaker = r[QUOTE.speaker] as string;
		if (q.section === undefined) delete (q as Partial<Quote>).section;
		out[i] = q;
	}
	return out;
}

/** A FACT row back to a Fact. */
function unpackFacts(rows: Row[], path: string): Fact[] {
	const out = new Array<Fact>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		const f: Fact = {
			id: r[FACT.id] as string,
			briefPath: path,
			term: r[FACT.term] as string,
			definition: r[FACT.definition] as string,
			source: { path, line: r[FACT.line] as number },
		};
		out[i] = f;
	}
	return out;
}

function problemRows(problems: Problem[], path: string): Row[] {
	return problems.map((p) => [
		p.path === path ? OWN_PATH : p.path,
		...toRow(p as unknown as Rec, PROBLEM_KEYS, ["path"]),
	]);
}

function unpackProblems(rows: Row[], path: string): Rec[] {
	return rows.map((r) =>
		fromRow(r, PROBLEM_KEYS, PROBLEM_PATH + 1, { path: r[PROBLEM_PATH] === OWN_PATH ? path : r[PROBLEM_PATH] }),
	);
}

/** Null when the brief holds something the rows cannot keep exactly: store it unpacked then. */
export function packBrief(brief: Brief): PackedBrief | null {
	const path = brief.path;
	try {
		const b: Rec = { ...brief };
		const titles = brief.sections.map((x) => x.title);
		for (const k of ["events", "quotes", "facts"] as const) {
			b[k] = itemRows(brief[k] as unknown as Rec[], ITEM_KEYS[k], path, k === "events", titles);
		}
		b.sections = brief.sections.map((s) => full(toRow(s as unknown as Rec, SECTION_KEYS)));
		b.links = brief.links.map((l) => toRow(l as unknown as Rec, LINK_KEYS));
		b.problems = problemRows(brief.problems, path);
		if (brief.id === path) delete b.id;
		return { packed: PACK_FORMAT, brief: b };
	} catch (err) {
		if (err instanceof Unpackable) return null;
		throw err;
	}
}

/** The Brief back, built IN PLACE from `p` (which must not be used afterwards). */
export function unpackBrief(p: PackedBrief): Brief {
	const b = p.brief;
	const path = b.path as string;
	if (b.id === undefined) b.id = path;
	const sections = (b.sections as Row[]).map(
		(r): Section => ({
			title: r[SECTION.title] as string,
			level: r[SECTION.level] as number,
			kind: r[SECTION.kind] as Section["kind"],
			role: r[SECTION.role] as Section["role"],
			startLine: r[SECTION.startLine] as number,
			endLine: r[SECTION.endLine] as number,
		}),
	);
	const titles = sections.map((x) => x.title);
	b.sections = sections;
	b.events = unpackEvents(b.events as Row[], path, titles);
	b.quotes = unpackQuotes(b.quotes as Row[], path, titles);
	b.facts = unpackFacts(b.facts as Row[], path);
	b.links = (b.links as Row[]).map((r) => fromRow(r, LINK_KEYS, 0, {}));
	b.problems = unpackProblems(b.problems as Row[], path);
	return b as unknown as Brief;
}

export function isPackedBrief(v: unknown): v is PackedBrief {
	return !!v && typeof v === "object" && (v as Rec).packed === PACK_FORMAT && typeof (v as Rec).brief === "object";
}

/** A packed brief of any format, current or not (an older format must be dropped, never read as a Brief). */
export function looksPacked(v: unknown): boolean {
	return !!v && typeof v === "object" && "packed" in v;
}
