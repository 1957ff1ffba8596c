import type { HistDate } from "../model";
import type { Lang } from "../lang/lang";

/** One date found in a text: character offsets into that text (end exclusive). */
export interface DateMatch {
	date: HistDate;
	index: number;
	end: number;
}

export interface FindDatesOptions {
	/**
	 * The year (astronomical) of the last certain date before this text, for anchoring month-only
	 * mentions ("in December" after "November 1933"). Without it such mentions are dropped:
	 * no date ever defaults to today's year.
	 */
	anchorYear?: number;
	/** When the whole note is about BCE ("all dates are BCE"), bare years are read as BCE. */
	defaultEra?: "BCE" | "CE";
	/** Numeric dates like 01/09/1939 are day-first (en-GB: 1 September); default month-first (en-US). */
	dayFirst?: boolean;
	/** Where `anchorYear` came from, for the `inferredFrom` of anchored dates ("year from the title"). */
	anchorFrom?: string;
	/**
	 * `defaultEra` was inferred (from the note's other dates), not stated: BCE years read without an era of
	 * their own are marked `inferred` with this reason.
	 */
	eraInferredFrom?: string;
	lang?: Lang;
}

/** Reads the sentences of one note in order, carrying the anchor year from sentence to sentence. */
export interface DateReader {
	read(sentence: string): DateMatch[];
	/**
	 * A new section starts (a heading): the anchor becomes `year` (the heading's own year, or the nearest
	 * enclosing heading's), else the title's; an anchor from the previous section's sentences is dropped.
	 */
	section?(year: number | undefined, from?: string): void;
	/** The current anchor year, if any. */
	readonly anchorYear: number | undefined;
}
