import type { Brief, HistEvent, Problem, Quote } from "../model";

/** What views ask the index for. Every field is optional; an empty filter means everything. */
export interface IndexFilter {
	/** Only this brief (path). */
	brief?: string;
	/** Only briefs in this folder or below ("History/Russia"); "" is the vault root. */
	folder?: string;
	/** Only briefs with this tag (without "#", case-insensitive, nested tags match their parent). */
	tag?: string;
	/** Include briefs not marked for publishing. Default false: published only. */
	includeUnpublished?: boolean;
	/** Plain normalised text search (case, accents and punctuation ignored). */
	text?: string;
}

/** The read side of the vault index: what the views, the quiz and the garden use. */
export interface IndexQueries {
	/** Increases on every change; views re-render only when it moved. */
	readonly revision: number;
	get(path: string): Brief | undefined;
	briefs(filter?: IndexFilter): Brief[];
	/** Events in chronological order (BCE first), stable: start, precision (coarse first), brief, line. */
	timeline(filter?: IndexFilter): HistEvent[];
	quotes(filter?: IndexFilter): Quote[];
	problems(): Problem[];
	/** Subscribe to changes; returns the unsubscribe function. */
	onChange(cb: (revision: number, changedPaths: string[]) => void): () => void;
}
