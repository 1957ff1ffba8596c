/**
 * The one data model shared by the plugin, the CLI, the garden pages and the tests.
 * Plain data only: everything here survives JSON.stringify / JSON.parse unchanged.
 */
import type { Lang } from "./lang/lang";

/** A calendar point. `year` is ASTRONOMICAL: 1 BC = 0, 44 BC = -43. Month 1-12, day 1-31. */
export interface YMD {
	year: number;
	month?: number;
	day?: number;
}

export type Precision = "day" | "month" | "season" | "year" | "decade" | "century" | "millennium";

/**
 * A date as a historian writes it. Never a JS Date: years 0-99 and BCE break those.
 * `end` is inclusive (the 1930s -> 1930..1939; November 1933 -> 1933-11..1933-11).
 */
export interface HistDate {
	start: YMD;
	end: YMD;
	precision: Precision;
	/** c., circa, around, early/mid/late qualifiers, seasons. */
	approximate: boolean;
	/** "julian" when the text gave an Old Style date; start/end are then the Gregorian equivalent. */
	calendar?: "gregorian" | "julian";
	/** The words of the note the date was read from ("November 1933"). */
	text: string;
	/** How a historian writes it: "44 BC", "c. 1150", "1930s", "Nov 1933", "1933–1939", "19th century". */
	label: string;
	/** For Old Style dates: the date as the source gave it, e.g. "25 Oct 1917 O.S.". */
	originalLabel?: string;
	/**
	 * True when the year (or the era) is not written in the date's own sentence or headings: taken from an
	 * earlier sentence ("on 25 September" after "the events of 1066"), the title, or the era the note's other
	 * dates use ("the 430s" in a note about 492–404 BC). Show it as a guess ("Mar 1914?"), never quiz it,
	 * never publish it unmarked. Absent when the date is written out in full.
	 */
	inferred?: boolean;
	/** With `inferred`: where the year or era came from, for a tooltip ("year from an earlier sentence"). */
	inferredFrom?: string;
}

/** Where an item lives: vault-relative path and 0-based line. */
export interface SourceRef {
	path: string;
	line: number;
}

export interface HistEvent {
	/** Content-derived id (kind + normalised text + occurrence): survives edits elsewhere in the note. */
	id: string;
	briefPath: string;
	date: HistDate;
	/** The sentence (or heading, list item, table row) that carries the date, as plain text. */
	text: string;
	/** The bold label of the bullet or paragraph, when there is one ("Background"). */
	label?: string;
	/** The title of the section the event is in. */
	section?: string;
	source: SourceRef;
}

export interface Quote {
	id: string;
	briefPath: string;
	/** The quote text without surrounding quote marks; multi-line quotes keep their "\n". */
	text: string;
	speaker?: string;
	/**
	 * The speaker was not named at the quote but inferred: the note's subject, or a book note's author by
	 * default (issue 17). A which-speaker quiz question never asks such a quote.
	 */
	speakerInferred?: boolean;
	/** Title of the section (or callout) the quote came from. */
	section: string;
	source: SourceRef;
}

export interface Fact {
	id: string;
	briefPath: string;
	term: string;
	definition: string;
	source: SourceRef;
}

export type SectionRole = "quotes" | "facts" | "themes" | "conclusion" | "source" | "other";

export interface Section {
	title: string;
	/** 1-6 for ATX headings, 0 for a bold-label paragraph (`**Key Quotes:**`). */
	level: number;
	kind: "heading" | "label";
	role: SectionRole;
	/** 0-based, inclusive. */
	startLine: number;
	endLine: number;
}

export interface LinkRef {
	/** The link target as written, without alias or heading ("Other note", "folder/Note.md"). */
	target: string;
	heading?: string;
	alias?: string;
	embed: boolean;
	kind: "wiki" | "markdown";
	line: number;
}

export interface Problem {
	path: string;
	/** 0-based line, 0 when the whole note is concerned. */
	line: number;
	message: string;
	severity: "error" | "warning";
}

export interface Brief {
	path: string;
	/** Stable id: dg-permalink, else permalink, else path. */
	id: string;
	title: string;
	/** Marked for publishing (dg-publish or a configured key, Digital Garden truthiness). */
	publish: boolean;
	/** dg-hide: published but hidden from navigation. */
	hidden: boolean;
	/** dg-permalink or permalink when given. */
	permalink?: string;
	/** The folder the brief lives in ("History/Russia"), "" at the vault root. */
	course: string;
	tags: string[];
	sections: Section[];
	events: HistEvent[];
	quotes: Quote[];
	facts: Fact[];
	themes: string[];
	links: LinkRef[];
	problems: Problem[];
	/** The `**Source:**` line, when the brief has one. */
	source?: string;
	/**
	 * Question (or review card) ids the student skipped or reported (curation, src/core/overrides): never
	 * asked, never exported. Absent on briefs as read.
	 */
	skippedQuestions?: string[];
	/** The note's language (front-matter `lang`, the setting, or detected); absent = English. */
	lang?: Lang;
}

/** Front-matter handed to the reader already parsed (Obsidian metadata cache; js-yaml in the CLI, with Obsidian's rules). */
export type Frontmatter = Record<string, unknown>;

export interface NoteInput {
	path: string;
	text: string;
	/** Parsed front-matter when the caller has it; undefined to let the reader split and parse it. */
	frontmatter?: Frontmatter | null;
}
