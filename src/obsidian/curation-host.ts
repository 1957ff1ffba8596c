/**
 * What the views ask of curation, implemented by the plugin's curation store (curation-actions.ts). It lives
 * here, below the views, so the adapter implements it without importing src/ui.
 */
import type { HistEvent, Quote, SourceRef } from "../core/model";
import type { Orphan, Override } from "../core/overrides";
import type { Question } from "../core/quiz/types";

/** A sentence of a note chosen for "Add event here…": where it is and its words. */
export interface SentenceRef {
	path: string;
	/** 0-based line. */
	line: number;
	text: string;
}

/** One row of the "Hidden and corrected" panel. */
export interface CurationEntry {
	override: Override;
	/** The brief path it applies to now (or the brief id it named, for orphans). */
	path: string;
	/** Why it applies to nothing now (orphans only). */
	orphan?: Orphan["reason"];
	/** The item's line in its note now, when known. */
	source?: SourceRef;
}

/**
 * What the views ask of curation (hide, correct, add, skip, undo). Everything is stored outside the notes,
 * one append-only log per device; none of these ever writes a brief.
 */
export interface CurationHost {
	hide(item: HistEvent | Quote, kind: "event" | "quote"): Promise<void>;
	correctDate(ev: HistEvent, text: string): Promise<void>;
	notDate(ev: HistEvent): Promise<void>;
	setSpeaker(quote: Quote, speaker: string): Promise<void>;
	addEvent(at: SentenceRef, date: string, label?: string): Promise<void>;
	skipQuestion(q: Question): Promise<void>;
	reportQuestion(q: Question, reason?: string): Promise<void>;
	undo(overrideId: string): Promise<void>;
	/** Every override in force (placed and orphaned), in the order they were made. */
	entries(): CurationEntry[];
	/** Subscribe to changes of the overrides; returns the unsubscribe. */
	onChange(cb: () => void): () => void;
	/** Open the "Hidden and corrected" panel. */
	openPanel(): void;
}
