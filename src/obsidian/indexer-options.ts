/** What the vault indexer (indexer.ts) reports and what it can be given. */
import type { BriefOptions } from "../core/brief";
import type { Brief, NoteInput } from "../core/model";
import type { ParseCache } from "./parse-cache";

export interface IndexerProgress {
	phase: "idle" | "loading-cache" | "indexing" | "ready" | "stopped";
	/** Notes looked at / all Markdown notes of the first pass. */
	done: number;
	total: number;
	/** Notes read and parsed, taken from the parse cache, skipped as non-briefs. */
	parsed: number;
	cached: number;
	skipped: number;
}

export interface IndexerOptions {
	/** Persistent parse cache (main.ts builds it with defaultCacheStore); none by default. */
	cache?: ParseCache | null;
	parse?: (input: NoteInput, opts: BriefOptions) => Brief;
	/** YAML parser for notes read without a metadata cache (Obsidian's parseYaml). */
	parseYaml?: (text: string) => unknown;
	/** Longest synchronous slice before yielding to the UI. Default 12 ms. */
	sliceMs?: number;
	/** Notes read in parallel. Default 16. */
	readConcurrency?: number;
	now?: () => number;
	onProgress?: (p: IndexerProgress) => void;
}
