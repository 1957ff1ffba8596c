import type { SourceRef } from "../model";
import type { Lang } from "../lang/lang";

export type QuestionKind =
	| "date-choice"
	| "date-typed"
	| "cloze"
	| "term-choice"
	| "match"
	| "order"
	| "which-brief"
	| "which-speaker"
	| "true-false";

export interface Question {
	/** Stable: brief id + item id + kind/variant. Also the review card id. */
	id: string;
	kind: QuestionKind;
	/** Plain text. A cloze prompt marks its blank with "____". */
	prompt: string;
	/** Choice kinds: the options in display order (distinct, answer among them). */
	options?: string[];
	/** The correct answer as text. match: "term -> definition" lines; order: items joined by "\n" in true order. */
	answer: string;
	/** Other accepted answers (aliases, "BC"/"AD" forms). */
	accepted?: string[];
	/** match: the pairs; order: the items in true order (shown shuffled in `options`). */
	pairs?: { left: string; right: string }[];
	items?: string[];
	/** The sentence the question was made from, shown after answering. */
	context?: string;
	/** Where the question comes from, shown with it: "Brief › Heading". */
	where?: string;
	/** order: each item's full sentence with its date, in true order (feedback). match: "term: definition" lines. */
	reveal?: string[];
	/** order and match: the ids of the items (events, facts) the question is built from, in true order. */
	parts?: string[];
	/** order and match: the source lines of those items (for "one question per fact" in a quiz). */
	sources?: SourceRef[];
	/** The item the question is about (event/quote/fact id), for review cards and relinking. */
	itemId: string;
	briefPath: string;
	source: SourceRef;
	/** The language of the question's words (its brief's); absent = English. */
	lang?: Lang;
}

export type Grade = "right" | "close" | "wrong";

export interface CheckResult {
	grade: Grade;
	/** The expected answer, for feedback. */
	expected: string;
	/** For typed answers graded close: what differed, in words. */
	note?: string;
	/** order/match: share of the item that was right, 0..1. */
	score?: number;
}

/** An answer as given by the user: an option text, typed text, a list (order), or pairs (match). */
export type Response = string | string[] | { left: string; right: string }[];
