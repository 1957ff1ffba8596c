/**
 * Curation overrides: what a student changed about what the reader extracted, kept outside the notes (briefs
 * stay read-only). Each override is an event in a per-device append-only log, in the same line format as the
 * review log (src/core/review/log.ts); the current overrides are the replay of every device's log.
 */

/** The item an override is about: its brief id and item id (content ids, as review cards) and its text then. */
export interface OverrideTarget {
	/** The brief's id (permalink, else path). */
	brief: string;
	/** The item's content id (event, quote) or, for questions, the question id. */
	item: string;
	/** The item's kind: events and quotes are followed by their text like review cards. */
	kind: "event" | "quote" | "question";
	/** The item's text when the override was made (events, quotes: the sentence; questions: the item's text). */
	text: string;
}

interface Base {
	/** The event's own id (device, time, line), set by the store when written. */
	id?: string;
	/** Epoch ms. */
	t: number;
}

/** Hide an event or a quote everywhere (timeline, quote index, quiz, garden, API, CLI). */
export interface HideOverride extends Base {
	k: "hide";
	target: OverrideTarget;
}
/** The event's date is this text, read by the date engine ("1917", "25 October 1917 O.S."). */
export interface DateOverride extends Base {
	k: "date";
	target: OverrideTarget;
	date: string;
}
/** The event's "date" is not a date (a number, a page, a score): the event leaves the timeline. */
export interface NotDateOverride extends Base {
	k: "not-date";
	target: OverrideTarget;
}
/** The quote's speaker ("" clears it). */
export interface SpeakerOverride extends Base {
	k: "speaker";
	target: OverrideTarget;
	speaker: string;
}
/** An event the reader missed: a sentence of a brief with a date (typed) and an optional label. */
export interface AddOverride extends Base {
	k: "add";
	/** The brief's id. */
	brief: string;
	/** 0-based line of the sentence in the note. */
	line: number;
	/** The sentence, as the event's text. */
	text: string;
	date: string;
	label?: string;
	/** The id of an item of the brief near the sentence: finds the brief again after a rename. */
	near?: string;
}
/** Never ask this question again (its card: recognition and recall of the same memory). */
export interface SkipOverride extends Base {
	k: "skip-question";
	target: OverrideTarget;
}
/** The question is wrong or unclear: never asked again, never exported, and listed for a look. */
export interface ReportOverride extends Base {
	k: "report-question";
	target: OverrideTarget;
	reason?: string;
}
/** Takes back an override (by its id): the log stays append-only. */
export interface UndoOverride extends Base {
	k: "undo";
	of: string;
}

/**
 * The item (or brief) of an override was found again under a new id (an edit, a rename): from now on the
 * override names it by that id and text, so it keeps following it edit after edit (review cards' relink).
 */
export interface MoveOverride extends Base {
	k: "move";
	of: string;
	/** Events, quotes, questions: the target now. */
	target?: OverrideTarget;
	/** Added events: the brief id now. */
	brief?: string;
}

export type OverrideBody =
	| HideOverride
	| DateOverride
	| NotDateOverride
	| SpeakerOverride
	| AddOverride
	| SkipOverride
	| ReportOverride
	| UndoOverride
	| MoveOverride;

/** An override as read back: with the device (the file it came from) and its line in that file. */
export type OverrideEvent = OverrideBody & { device: string; seq: number; key?: string };

/** An override in force (not undone, not replaced by a later one on the same item and slot). */
export type Override = Exclude<OverrideEvent, UndoOverride | MoveOverride> & { id: string };

export type TargetedOverride = Exclude<Override, AddOverride>;

export const OVERRIDE_KINDS = [
	"hide",
	"date",
	"not-date",
	"speaker",
	"add",
	"skip-question",
	"report-question",
	"undo",
	"move",
] as const;
