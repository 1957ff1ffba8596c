/**
 * The brief's dated events before ids: the era the note implies ("all dates are BCE", `era: BCE`, a timeline
 * running backwards, BC context), the title's year as anchor, in the note's language; then restated conclusions,
 * date-only rows, the title's date and repeats are dealt with (event-filters.ts, date-only.ts).
 */
import type { Section } from "../model";
import type { Lang } from "../lang/lang";
import type { Block, ResolvedOptions } from "./types";
import type { FindDatesOptions } from "../dates/types";
import { dropTitleAndRepeats, periodTitleLine, titleHeadingLine } from "./event-filters";
import { fillDateOnlyRows } from "./date-only";
import { dropMonthCells, dropScheduleRows, fillDatedSubheadings } from "./heading-dates";
import { roleOf } from "./sections";
import { dropRestatedConclusions, findEvents, type RawEvent } from "./events";
import { impliesBCE } from "./era-marks";
import { applyContextBCE, contextIsBCE, CONTEXT_ERA_REASON } from "./bce-context";
import { applyHeadingEra } from "./heading-era";
import { baseName } from "../text";
import { langDateReader } from "../lang/date-reader";

/** "all dates are BCE", "All dates BC": the note's bare years are BCE. */
const ALL_BCE =
	/\ball (?:the )?dates (?:here |below |in this (?:note|list) )?(?:are )?(?:given )?(?:in )?(?:BCE|BC|B\.C\.(?:E\.)?)\b/i;

/** What the events of a note depend on besides its blocks: its path, text, title, front-matter `era` and language. */
export interface EventNote {
	path: string;
	text: string;
	title: string;
	era: unknown;
	lang: Lang;
}

/** The note's events in note order, filtered (conclusions that restate, date-only rows, the title's date, repeats). */
export function briefEvents(
	note: EventNote,
	blocks: Block[],
	sections: Section[],
	sectionOfLine: (n: number) => Section | undefined,
	o: ResolvedOptions,
): RawEvent[] {
	const { path, text, lang } = note;
	const isSectionWord = (label: string): boolean => roleOf(label, o.sectionSynonyms) !== "other";
	const langReader = {
		...o,
		createDateReader: (d?: FindDatesOptions) => langDateReader(o.createDateReader, d ?? {}, lang),
	};
	let raw = readDates(
		blocks,
		text,
		titleYear(note.title) ?? titleYear(baseName(path)),
		langReader,
		isSectionWord,
		note.era,
	);
	// "## Ptolemaic Egypt, 305–30 BCE" gives "### Cleopatra, 51" its era (inferred, shown "51 BC?").
	raw = applyHeadingEra(raw, blocks);
	raw = dropMonthCells(raw, blocks);
	raw = dropRestatedConclusions(raw, (e) => sectionOfLine(e.line)?.role === "conclusion");
	return ownDates(
		dropTitleAndRepeats(
			dropScheduleRows(fillDateOnlyRows(fillDatedSubheadings(raw, blocks), blocks)),
			titleHeadingLine(sections, note.title) ?? periodTitleLine(raw, sections, note.title),
		),
	);
}

/**
 * A Brief is plain JSON data: no two events share a date object (a date heading passes one date to each line
 * under it; each row gets its own copy, so the Brief equals its JSON round trip).
 */
function ownDates(events: RawEvent[]): RawEvent[] {
	const seen = new Set<object>();
	return events.map((e) => {
		if (!seen.has(e.date)) {
			seen.add(e.date);
			return e;
		}
		return { ...e, date: { ...e.date, start: { ...e.date.start }, end: { ...e.date.end } } };
	});
}

/**
 * The note's dated events, with the era the note implies: "all dates are BCE" or `era: BCE` (stated), a bare timeline
 * running backwards, or written eras that are all BC (both inferred: such dates are marked).
 */
function readDates(
	blocks: Block[],
	text: string,
	anchorYear: number | undefined,
	o: ResolvedOptions,
	isSectionWord: (label: string) => boolean,
	era?: unknown,
): RawEvent[] {
	const dateOpts: FindDatesOptions = {};
	// Front-matter `era: BCE` (or BC) states the era of the note's bare years, as "all dates are BCE" does.
	if (ALL_BCE.test(text) || (typeof era === "string" && /^\s*(?:BCE?|B\.C\.(?:E\.)?)\s*$/i.test(era)))
		dateOpts.defaultEra = "BCE";
	if (anchorYear !== undefined) dateOpts.anchorYear = anchorYear;
	const raw = findEvents(blocks, o.createDateReader(dateOpts), isSectionWord);
	if (dateOpts.defaultEra) return raw;
	if (impliesBCE(raw)) {
		const eraInferredFrom = "BC: the note's bare years run backwards (a BC timeline)";
		return findEvents(
			blocks,
			o.createDateReader({ ...dateOpts, defaultEra: "BCE", eraInferredFrom }),
			isSectionWord,
		);
	}
	if (!contextIsBCE(raw)) return raw;
	const reader = o.createDateReader({ ...dateOpts, defaultEra: "BCE", eraInferredFrom: CONTEXT_ERA_REASON });
	return applyContextBCE(findEvents(blocks, reader, isSectionWord));
}

/**
 * A title that names one bare year ("1917 Revolution", "1914 (WWI)") anchors month-day mentions without a
 * year ("Feb 23"). Ranges, ISO dates and titles with other numbers give no anchor.
 */
export function titleYear(title: string): number | undefined {
	const nums = title.match(/\d+/g);
	if (!nums || nums.length !== 1) return undefined;
	const m = /(?:^|[\s(,])(1[0-9]{3}|20[0-9]{2})(?:$|[\s),:])/.exec(title);
	return m ? Number(m[1]) : undefined;
}
