import type { DateReader, FindDatesOptions } from "../dates/types";
import type { Problem, Section } from "../model";
import type { LangSetting } from "../lang/detect";

/** Section titles (lower case) that hold quotes, facts and themes; settings.ts lets the user edit them. */
export interface SectionSynonyms {
	quotes: string[];
	facts: string[];
	themes: string[];
}

/** The section titles a brief uses when the settings name none. */
export const DEFAULT_SECTION_SYNONYMS: SectionSynonyms = {
	quotes: ["key quotes", "quotes", "notable quotes"],
	facts: ["most important ideas/facts", "key facts", "key terms", "most important ideas", "important facts"],
	themes: ["main themes", "themes"],
};

/** What the reader assumes when told nothing: Digital Garden's key, the default sections, 2 MiB notes. */
export const READER_DEFAULTS: Readonly<{ publishKey: string; sectionSynonyms: SectionSynonyms; maxNoteBytes: number }> =
	{
		publishKey: "dg-publish",
		sectionSynonyms: DEFAULT_SECTION_SYNONYMS,
		maxNoteBytes: 2 * 1024 * 1024,
	};

export interface BriefOptions {
	/** Front-matter keys that mark a note for publishing; the first is the main one. Default ["dg-publish"]. */
	publishKeys?: string[];
	/** Section titles that hold quotes, facts and themes (lower case). Default: DEFAULT_SECTION_SYNONYMS. */
	sectionSynonyms?: SectionSynonyms;
	/** YAML parser for front-matter when the caller did not pass parsed front-matter (throws on bad YAML). */
	parseYaml?: (text: string) => unknown;
	/** Notes larger than this many bytes (UTF-16 length is fine) become a "too large" Problem. */
	maxBytes?: number;
	/**
	 * Date reader factory, one reader per note (default: createDateReader from core/dates). It receives
	 * `defaultEra: "BCE"` when the note says its dates are BCE ("all dates are BCE and approximate").
	 */
	createDateReader?: (opts?: FindDatesOptions) => DateReader;
	/** Language of notes: "auto" (front-matter `lang`, else detected from the text; the default) or one language. */
	lang?: LangSetting;
	/** Folders whose notes read bare years as BCE, like a front-matter `era: BCE` (issue 16; default none). */
	bceFolders?: string[];
}

/** Options with every default filled in. */
export interface ResolvedOptions {
	publishKeys: string[];
	sectionSynonyms: SectionSynonyms;
	parseYaml?: (text: string) => unknown;
	maxBytes: number;
	createDateReader: (opts?: FindDatesOptions) => DateReader;
	lang: LangSetting;
	bceFolders: string[];
}

/** A problem before it knows its note's path. */
export interface ProblemLike {
	line: number;
	message: string;
	severity?: Problem["severity"];
}

export interface SplitFrontmatter {
	/** Text between the fences (without them), null when the note has no front-matter. */
	raw: string | null;
	/** The note after the front-matter. */
	body: string;
	/** 0-based line in the original text where `body` starts. */
	bodyStartLine: number;
	format: "yaml" | "json" | null;
	problem?: ProblemLike;
}

/** One line of the note, with code, comments and math removed from `text`. */
export interface ScanLine {
	/** The line as written (HTML bodies: converted to Markdown-ish text). */
	raw: string;
	/** Readable text: "" for code, comments, math and front-matter; inline code/math/comments removed. */
	text: string;
	/** True for lines inside fenced code, comment or math blocks, and front-matter. */
	skip: boolean;
	/** An HTML block tag (`<p>`, `<li>` ...) opened on this line: a new block starts here. */
	breakBefore?: boolean;
}

/** A run of lines read as one unit: a heading, list item, table row, paragraph or blockquote paragraph. */
export interface Block {
	kind: "heading" | "item" | "row" | "para" | "quote";
	/** 0-based line of each text part. */
	lines: number[];
	/** Markdown text of each line (list marker / `>` removed). */
	parts: string[];
	/** For items: indentation width. */
	indent: number;
	/** An ordered-list number of 3+ digits ("1917. The revolution began"): shown as a number, read as a year. */
	yearMarker?: string;
	/** For headings: 1–6 (callout titles have none). */
	level?: number;
	/** A task list item (`- [ ]`, `- [x]`): its dates are due dates and reading, not history. */
	task?: boolean;
	/** The innermost section containing the block. */
	section?: Section;
}
