/**
 * Dated events from a note's blocks, read in note order: labels (bold labels, bold dates, parent items), sentences,
 * headings that anchor their sections' years; conclusions that restate dates. Table rows: event-rows.ts; the text
 * events are read from (dropped links and task dates, chunks, safe reads): event-text.ts.
 */
import type { HistDate } from "../model";
import type { DateMatch, DateReader } from "../dates/types";
import type { Block } from "./types";
import { blockLabel } from "./facts";
import { splitSentences } from "./sentences";
import { plainTitle, stripInline } from "./strip";
import {
	isAdviceSection,
	isDiaryHeading,
	isLinkOnly,
	isNotEvent,
	isPromptPreamble,
	isReferenceEntry,
	maskCitations,
	namesScope,
} from "./not-events";
import { chunks, dropDateLinks, safeRead, stripForEvents } from "./event-text";
import { rowEvents } from "./event-rows";

export interface RawEvent {
	date: HistDate;
	text: string;
	label?: string;
	section?: string;
	line: number;
}

const LEADING_BOLD = /^(\*\*|__)([^*_\n]{1,60}?)\1[ \t]*(?:[,\u2013\u2014-][ \t]*)?(.*)$/;

/**
 * `**1897**, place Russia on the gold standard`: a bold date at the start works as the label; so does the
 * number of `1917. The revolution began` (an ordered list item to Markdown, a year to its writer).
 */
function boldDateLabel(b: Block, reader: DateReader): { label: string; first: string; dates: DateMatch[] } | null {
	if (b.yearMarker) {
		const dates = safeRead(reader, b.yearMarker);
		if (dates.length) return { label: b.yearMarker, first: b.parts[0] ?? "", dates };
	}
	const m = LEADING_BOLD.exec((b.parts[0] ?? "").trim());
	if (!m || !m[3]) return null;
	const label = stripInline(m[2]);
	if (!/\d/.test(label)) return null;
	const dates = safeRead(reader, label);
	return dates.length ? { label, first: m[3], dates } : null;
}

/**
 * What a list item gives its sub-items as their label when they have none: its own bold label
 * (`- **Nicholas' Abdication:**`) or a short name-like text (`- Henri Matisse`).
 */
function asParentLabel(b: Block): string | undefined {
	const l = blockLabel(b);
	if (l) return l.rest ? undefined : l.label;
	const t = stripForEvents(b.parts.join(" "));
	return t.length <= 60 && /^[A-Z]/.test(t) && !/[.:;!?,]$/.test(t) && !/\d/.test(t) && nameLike(t) ? t : undefined;
}

const SMALL_WORDS = new Set([
	"a",
	"an",
	"the",
	"of",
	"and",
	"or",
	"in",
	"on",
	"at",
	"to",
	"for",
	"by",
	"with",
	"de",
	"la",
	"von",
	"van",
	"vs",
	"&",
]);

/** "Henri Matisse", "Prehistoric and ancient Japan": a name or title, not a sentence ("Booth was an actor ..."). */
function nameLike(text: string): boolean {
	const words = text.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
	if (!words.length || words.length > 6) return false;
	const capitalised = words.filter((w) => /^[("'\u201c]?\p{Lu}/u.test(w)).length;
	return capitalised / words.length > (words.length <= 4 ? 0.49 : 0.6);
}

/** Index of the last start at or before `offset` (0 when none): binary search, as a block may have many lines. */
function lastAtOrBefore(starts: number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** A heading's events (its dates, unless a diary date or a question); it opens a section that its own year anchors. */
function headingEvents(
	b: Block,
	reader: DateReader,
	headings: { level: number; year?: number }[],
	section: string | undefined,
	out: RawEvent[],
): void {
	const text = plainTitle(dropDateLinks(b.parts[0]));
	if (b.level !== undefined) enterSection(headings, reader, b.level);
	const dates = safeRead(reader, text);
	// A diary date ("## 2024-03-12") is the day the lines were written: no row, and no year for them.
	if (
		dates.length &&
		isDiaryHeading(
			text,
			dates.map((m) => m.date.text),
		)
	)
		return;
	if (b.level !== undefined) ownYear(headings, reader, dates);
	if (!dates.length || headingIsNotEvent(text) || namesScope(text, dates)) return;
	for (const m of dates) out.push({ date: m.date, text, section, line: b.lines[0] });
}

/** A block's parts stripped and joined by spaces, with the offset in the joined text where each part starts. */
function joinParts(parts: string[]): { joined: string; starts: number[] } {
	const starts: number[] = [];
	let joined = "";
	for (const p of parts) {
		const s = stripForEvents(p);
		if (!s) {
			starts.push(joined.length);
			continue;
		}
		if (joined) joined += " ";
		starts.push(joined.length);
		joined += s;
	}
	return { joined, starts };
}

/** Dated events from every readable block, read in note order so the reader can carry its anchor year. */
export function findEvents(
	blocks: Block[],
	reader: DateReader,
	isSectionWord: (label: string) => boolean = () => false,
): RawEvent[] {
	const out: RawEvent[] = [];
	const parents: { indent: number; label?: string }[] = [];
	const headings: { level: number; year?: number }[] = [];
	// The level of an advice section ("## Exam tips") being read: its sub-sections are advice too.
	let advice: number | undefined;
	for (const b of blocks) {
		if (b.kind === "heading" && b.level !== undefined) {
			if (advice !== undefined && b.level <= advice) advice = undefined;
			if (advice === undefined && isAdviceSection(stripInline(b.parts[0] ?? ""))) advice = b.level;
		}
		if (advice !== undefined) continue;
		const section = b.section?.title;
		let parentLabel: string | undefined;
		if (b.kind === "item") {
			while (parents.length && parents[parents.length - 1].indent >= b.indent) parents.pop();
			parentLabel = parents[parents.length - 1]?.label;
			parents.push({ indent: b.indent, label: asParentLabel(b) });
		} else if (b.kind !== "quote") {
			parents.length = 0;
		}
		if (b.section?.role === "source" || b.task || isAdviceSection(b.section?.title)) continue;
		if (b.kind === "row") {
			rowEvents(b, reader, section, out);
			continue;
		}
		if (b.kind === "heading") {
			headingEvents(b, reader, headings, section, out);
			continue;
		}
		if ((b.parts.length === 1 && isLinkOnly(b.parts[0])) || isReferenceEntry(stripForEvents(b.parts.join(" "))))
			continue;
		const lab =
			b.kind === "item" || b.kind === "para" || b.kind === "quote"
				? (blockLabel(b) ?? boldDateLabel(b, reader))
				: null;
		// `**Conclusion:** text` names a section, not the event: no label then (the text still loses it).
		const label = lab && isSectionWord(lab.label) ? undefined : (lab?.label ?? parentLabel);
		const parts = lab ? [lab.first, ...b.parts.slice(1)] : b.parts;
		const { joined, starts } = joinParts(parts);
		const lineAt = (offset: number): number => b.lines[lastAtOrBefore(starts, offset)] ?? b.lines[0];
		if (lab?.label && !isNotEvent(splitSentences(joined)[0]?.text ?? joined)) {
			const first = splitSentences(joined)[0]?.text ?? joined;
			for (const m of "dates" in lab ? lab.dates : safeRead(reader, lab.label)) {
				out.push({ date: m.date, text: first || lab.label, label: lab.label, section, line: b.lines[0] });
			}
		}
		const sentences = splitSentences(joined);
		for (const [k, s] of sentences.entries()) {
			if (isNotEvent(s.text) || isPromptPreamble(s.text, sentences[k + 1]?.text)) {
				safeRead(reader, s.text);
				continue;
			}
			for (const c of chunks(s.text)) {
				for (const m of safeRead(reader, maskCitations(c.text))) {
					const ev: RawEvent = {
						date: m.date,
						text: c.text,
						section,
						line: lineAt(s.start + c.start + m.index),
					};
					if (label) ev.label = label;
					out.push(ev);
				}
			}
		}
	}
	return out;
}

/**
 * A heading opens a section: month-only mentions below it take the nearest enclosing heading's year
 * ("#### June" under "### 1812"), else the title's; an anchor from the last section's sentences never
 * crosses a heading.
 */
function enterSection(stack: { level: number; year?: number }[], reader: DateReader, level: number): void {
	while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
	const outer = [...stack].reverse().find((h) => h.year !== undefined);
	stack.push({ level });
	reader.section?.(outer?.year, "year from the heading above");
}

/** A heading's own year (a point or short range, not a decade or century) anchors its section. */
function ownYear(stack: { level: number; year?: number }[], reader: DateReader, dates: DateMatch[]): void {
	const own = dates.find(
		(m) =>
			m.date.precision !== "century" &&
			m.date.precision !== "millennium" &&
			m.date.precision !== "decade" &&
			!m.date.inferred,
	);
	if (!own || !stack.length) return;
	stack[stack.length - 1].year = own.date.end.year;
	reader.section?.(own.date.end.year, "year from the heading");
}

/** A heading that is a question or a prompt ("#### What were the causes …? That …"): any of its sentences. */
function headingIsNotEvent(text: string): boolean {
	return splitSentences(text).some((s) => isNotEvent(s.text));
}

function dateKey(e: RawEvent): string {
	const d = e.date;
	return `${d.precision}|${d.start.year}-${d.start.month ?? ""}-${d.start.day ?? ""}|${d.end.year}-${d.end.month ?? ""}-${d.end.day ?? ""}`;
}

/**
 * A conclusion restates: its dates that the brief already placed on the timeline elsewhere are dropped
 * (the seed's "recognition ... in 1933" repeats the title's 1933); new dates there ("the 20th century") stay.
 */
export function dropRestatedConclusions(events: RawEvent[], inConclusion: (e: RawEvent) => boolean): RawEvent[] {
	if (!events.some(inConclusion)) return events;
	const seen = new Set<string>();
	for (const e of events) if (!inConclusion(e)) seen.add(dateKey(e));
	return events.filter((e) => !inConclusion(e) || !seen.has(dateKey(e)));
}
