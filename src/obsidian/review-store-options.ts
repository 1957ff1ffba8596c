/** What the review store (review-store.ts) is given: where the logs live, the clock, the index's cards. */
import type { CardRef, Scheduler } from "../core/review";

export interface ReviewStoreOptions {
	/** The vault folder for the logs (settings.reviewFolder), read on every write so a settings change applies. */
	folder: () => string;
	now?: () => number;
	scheduler?: Scheduler;
	/** Cards the index knows now (id + brief path), so never-reviewed cards count and stats find their brief. */
	cards?: () => Iterable<CardRef>;
	/** The path of the brief with this id (permalink or path), for cards known only from the logs. */
	briefPathOf?: (briefId: string) => string | undefined;
	/** Shown when a write fails (default: an Obsidian Notice). */
	notify?: (message: string) => void;
}
