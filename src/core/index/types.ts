import type { TimelineSnapshot } from "./snapshot";
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
	/**
	 * The same events as a read-only snapshot sharing the index's blocks (no flat copy). Optional for
	 * simple implementations: readers fall back to `TimelineSnapshot.of(timeline(filter))`.
	 */
	timelineSnapshot?(filter?: IndexFilter): TimelineSnapshot;
	quotes(filter?: IndexFilter): Quote[];
	problems(): Problem[];
	/** Subscribe to changes; returns the unsubscribe function. */
	onChange(cb: (revision: number, changedPaths: string[]) => void): () => void;
}

/** Counts for status bars and benchmarks. */
export interface IndexStats {
	briefs: number;
	published: number;
	events: number;
	quotes: number;
	facts: number;
	problems: number;
	revision: number;
}

/** The write side: the vault indexer (plugin) and the CLI fill the index through it. */
export interface IndexMutations {
	upsert(brief: Brief): void;
	remove(path: string): void;
	rename(oldPath: string, newPath: string): void;
	/** An index-level problem for a note that has no brief (unreadable, too large ...). */
	setProblem(path: string, problem: Problem): void;
	clearProblem(path: string): void;
	/** Runs `fn` and notifies listeners once at the end, with every changed path. */
	batch<T>(fn: () => T): T;
}
