import type { Block } from "./types";
import type { RawEvent } from "./events";
import { splitSentences } from "./sentences";
import { stripInline } from "./strip";
import { DATE_ONLY_MAX, isDateOnly } from "./date-only-text";

export { isDateOnly };

/**
 * No date-only rows (issue 16, item 6): a heading `### 1917` or an item `- 1,800,000 B.C.` whose content is
 * in the lines under it gives events whose text comes from those lines, each keeping the date
 * (the year is written in their heading, so it is not inferred). A date-only item under a labelled item
 * (`- **The effects of the Black Death**` / `- 1348`) takes that label as its text. A row that is its date and
 * a number (`1873: ~600,000`) is a data point, not an event: no row.
 */

/** Words a data point may hold beside its numbers: scale, approximation, percentages. */
const QUANTITY_WORDS =
	/^(?:c|ca|circa|about|around|approx|approximately|roughly|some|nearly|almost|over|under|est|estimated|million|millions|m|mn|bn|billion|billions|thousand|thousands|k|hundred|per|cent|percent|pop|population)$/i;

/**
 * A data point, not an event: the row is its date and a number ("1873: ~600,000", "| 1913 | 2,000,000 |",
 * "1801 – c. 8.3 million") — a series of figures under a heading such as "Population of Tokyo".
 * "1871: 41 million Germans united" has a word of its own and stays an event; a row of two dates is not a figure.
 */
export function isDataPoint(e: RawEvent): boolean {
	if (e.text.length > DATE_ONLY_MAX) return false;
	const rest = e.text.replace(e.date.text, " ");
	// Another year in the row ("1914-1918 / 11 novembre 1918") makes it a list of dates, not a figure.
	if (!/\d/.test(rest) || /(?<![\d,.])(?:1\d|20)\d\d(?![\d,.%])/.test(rest)) return false;
	const words = rest
		.replace(/\d[\d.,]*/g, " ")
		.replace(/[\s\p{P}\p{S}]+/gu, " ")
		.trim();
	return words === "" || words.split(" ").every((w) => QUANTITY_WORDS.test(w));
}

/** A heading that is a month and nothing else ("#### June", "### March 1770" is dated anyway). */
const MONTH_ONLY =
	/^[\s*_]*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[\s*_:]*$/i;

/**
 * The blocks that belong under block `i`: a heading's section, an item's deeper items, a date line's list. A dated
 * sub-heading owns its own section (`### 1770` over `#### March 5`: the lines under "March 5" are that day's).
 */
function childrenOf(blocks: Block[], i: number, dated: Set<number>): Block[] {
	const b = blocks[i];
	const out: Block[] = [];
	let owned: number | undefined;
	for (let k = i + 1; k < blocks.length; k++) {
		const c = blocks[k];
		if (b.kind === "heading") {
			if (c.kind === "heading" && (c.level ?? 7) <= (b.level ?? 0)) break;
			if (c.kind === "heading") {
				const level = c.level ?? 7;
				if (owned !== undefined && level > owned) continue;
				owned = dated.has(c.lines[0]) || MONTH_ONLY.test(c.parts[0] ?? "") ? level : undefined;
				continue;
			}
			if (owned !== undefined) continue;
		} else if (b.kind === "para") {
			// A date line over a list ("586 BCE:" then "- Jerusalem falls"): the items right after it.
			if (c.kind !== "item") break;
		} else if (c.kind !== "item" || c.indent <= b.indent) break;
		out.push(c);
	}
	return out;
}

/** A reference-style link keeps its words: "[The Sea Peoples sweep across the Mediterranean][1]". */
const REF_LINK = /(?<!!)\[([^\]\n]{1,300})\]\[[^\]\n]{0,40}\]/g;

function firstSentence(b: Block): string {
	const text = stripInline(b.parts.join(" ").replace(REF_LINK, "$1")).trim();
	return splitSentences(text)[0]?.text ?? text;
}

/**
 * A line that is not content of its own: a reference-style image (`![Palace][]`), a footnote (`[1] See …`), or a
 * label with nothing after it (`**Key Quotes:**`, `Conclusion:`), which heads the lines under it.
 */
const NOT_CONTENT = /^!\[[^\]]*\](?:\[[^\]]*\]|\([^)]*\))?$|^\[\d{1,3}\]\s|^[^.!?:]{1,40}:$/;

function contentSentence(b: Block): string {
	const s = firstSentence(b);
	return NOT_CONTENT.test(s) ? "" : s;
}

/** How far below a date-only line (`**1204**`, `- 1918, November 11:`) the line that says what happened may be. */
const NEXT_LINE_GAP = 2;

/** The undated line right after a date-only line with nothing under it: what happened on that date. */
function nextLine(blocks: Block[], i: number, dated: Set<number>): Block[] {
	const b = blocks[i];
	const c = blocks[i + 1];
	if (!c || c.kind === "heading" || c.kind === "row" || c.lines[0] > b.lines[b.lines.length - 1] + NEXT_LINE_GAP)
		return [];
	if (c.kind === "item" && b.kind === "item" && c.indent !== b.indent) return [];
	return dated.has(c.lines[0]) || !contentSentence(c) ? [] : [c];
}

/** A date that spans years: a range, a decade, a century ("### 1500 - 1100 BC", "### The 1920s"). */
function isSpan(e: RawEvent): boolean {
	const p = e.date.precision;
	return e.date.end.year > e.date.start.year || p === "decade" || p === "century" || p === "millennium";
}

/** A journal's days: the note has at least this many headings that are only a day or a month ("## Aug 8 2019"), */
const JOURNAL_HEADINGS = 3;
/** … most of them within this many years of each other … */
const JOURNAL_SPAN = 3;
/**
 * … in the writer's own time. A run of day headings from 1933 to 1945 is a history timeline ("### 30. Januar
 * 1933", "### 01. September 1939"); a run from 2019 to 2021 is when the lines were written.
 */
const JOURNAL_SINCE = 1990;

/** The lines of date-only day or month headings, when the note has a journal's run of them (else none). */
function journalLines(events: RawEvent[], blocks: Block[], blockAt: Map<number, number>): Set<number> {
	const days: RawEvent[] = [];
	for (const e of events) {
		const i = blockAt.get(e.line);
		const day = e.date.precision === "day" || e.date.precision === "month";
		if (day && i !== undefined && blocks[i].kind === "heading" && isDateOnly(e)) days.push(e);
	}
	if (days.length < JOURNAL_HEADINGS) return new Set();
	const years = days.map((e) => e.date.start.year).sort((a, b) => a - b);
	const median = years[years.length >> 1];
	const near = years.filter((y) => Math.abs(y - median) <= JOURNAL_SPAN).length;
	const journal = median >= JOURNAL_SINCE && near >= JOURNAL_HEADINGS && near * 5 >= years.length * 4;
	return journal ? new Set(days.map((e) => e.line)) : new Set();
}

/** The undated heading one level up right above a period heading ("Minoans" over "### 3500 BCE - 1500 BCE"). */
function periodName(blocks: Block[], i: number, dated: Set<number>): string | undefined {
	const above = blocks[i - 1];
	if (!above || above.kind !== "heading" || (above.level ?? 7) !== (blocks[i].level ?? 0) - 1) return undefined;
	if (above.lines.some((l) => dated.has(l))) return undefined;
	return stripInline(above.parts.join(" ")).trim() || undefined;
}

/**
 * A period line right under an undated heading ("## Neolithic" / "c. 8,000 - 3,500 BCE" / "- Farming …"): the
 * section's period, one row named by the heading, not a date for every item under it. A date line that
 * introduces its list with a colon ("1914–1918:") still passes its date to the items.
 */
function periodLine(e: RawEvent, blocks: Block[], i: number, dated: Set<number>): string | undefined {
	const b = blocks[i];
	const above = blocks[i - 1];
	if (b.kind !== "para" || !isSpan(e) || !above || above.kind !== "heading") return undefined;
	if (above.lines.some((l) => dated.has(l)) || /:\s*[*_]*\s*$/.test(b.parts.join(" "))) return undefined;
	return stripInline(above.parts.join(" ")).trim() || undefined;
}

/**
 * The rows a date-only row gives. A year heading or an item passes its date to each line under it (`### 1917`
 * over a list of that year's events; `### 1815-1848` over a list of that period's events). A heading that names a
 * period over prose (`### 1500 - 1100 BC` over paragraphs on the Mycenaeans) is one row: the period, named by the
 * heading above it or the section's first sentence — not one row per paragraph. A journal's day headings (three or more headings that are only a day or a month,
 * close together in recent years) give nothing: they are when the lines were written.
 */
function rowsOf(
	e: RawEvent,
	blocks: Block[],
	i: number | undefined,
	dated: Set<number>,
	journal: Set<number>,
	own: Set<string>,
): RawEvent[] {
	if (journal.has(e.line)) return [];
	// A table row of only dates gives nothing already (event-rows.ts); one with a label cell (`| Years | 1466-1536 |
	// 1478-1535 |` under the columns' names) is a comparison table's dates, and stays.
	if (i !== undefined && blocks[i].kind === "row") return [e];
	const heading = i !== undefined && blocks[i].kind === "heading";
	// A heading that is a recent day or month ("## Aug 8 2019") is a lesson log's date: its section is not that
	// day's history. A historical day ("#### Oct. 14, 1066", "#### March 5" under "### 1770") passes its date down.
	const recent = e.date.start.year >= JOURNAL_SINCE;
	const diary = heading && recent && (e.date.precision === "day" || e.date.precision === "month");
	const period = i === undefined ? undefined : periodLine(e, blocks, i, dated);
	if (period) return [{ ...e, text: period }];
	let kids = i === undefined || diary ? [] : childrenOf(blocks, i, dated).filter((c) => contentSentence(c));
	if (!kids.length && i !== undefined && !heading) kids = nextLine(blocks, i, dated);
	// No content lines under it: no row (a date alone is not an event); dated lines keep their own.
	if (!kids.length) return [];
	if (heading && isSpan(e) && !kids.some((c) => c.kind === "item" || c.kind === "row")) {
		const name = periodName(blocks, i, dated) ?? contentSentence(kids[0]);
		return [{ ...e, text: name }];
	}
	// A line whose first sentence has a date of its own keeps it; a later sentence's date ("539 BCE:" over "Babylon
	// falls. … until the fourth century BCE.") does not take the line's first sentence from the date above.
	return kids
		.filter((c) => !own.has(`${c.lines[0]}\u0000${contentSentence(c)}`))
		.map((c) => ({ ...e, text: contentSentence(c), line: c.lines[0] }));
}

export function fillDateOnlyRows(events: RawEvent[], blocks: Block[]): RawEvent[] {
	if (!events.some((e) => isDateOnly(e) || isDataPoint(e))) return events;
	const blockAt = new Map<number, number>();
	blocks.forEach((b, i) => blockAt.set(b.lines[0], i));
	const dated = new Set(events.map((e) => e.line));
	const journal = journalLines(events, blocks, blockAt);
	const own = new Set(events.map((e) => `${e.line}\u0000${e.text}`));
	const out: RawEvent[] = [];
	for (const e of events) {
		if (isDataPoint(e)) continue;
		if (!isDateOnly(e)) out.push(e);
		else if (e.label) out.push({ ...e, text: e.label });
		else out.push(...rowsOf(e, blocks, blockAt.get(e.line), dated, journal, own));
	}
	return out;
}
