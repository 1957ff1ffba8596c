import type { BriefIndex } from "../core/index/brief-index";
import type { TimelineSnapshot } from "../core/index/snapshot";
import type { IndexFilter, IndexStats } from "../core/index/types";
import type { Brief, HistEvent, Problem, Quote } from "../core/model";

/** Bumped when the shape below changes incompatibly. */
export const API_VERSION = 1;

/**
 * The public API of Study Briefs, for other plugins, Dataview(JS) and Templater users:
 *
 * ```js
 * const sb = app.plugins.plugins["study-briefs"]?.api;
 * if (sb && sb.version >= 1) {
 *   const events = sb.events({ folder: "History", tag: "russia" }); // chronological, BCE first
 *   const quotes = sb.quotes({ text: "roosevelt" });
 *   const off = sb.on("changed", (revision, paths) => console.log("briefs changed", paths));
 *   // ... later: off();
 * }
 * ```
 *
 * - `version`: number, the API version (currently 1).
 * - `revision`: number, increases on every index change.
 * - `ready`: Promise<void>, resolves when the first indexing pass is done.
 * - `briefs(filter?)`: Brief[] by path. `events(filter?)`: HistEvent[] in timeline order
 *   (start date, coarse precision first, then brief path and line). `quotes(filter?)`: Quote[] by
 *   brief path and line. `problems()`: Problem[]. `stats()`: counts.
 * - `filter` (all optional): `{ brief?: path, folder?: "History/Russia", tag?: "history" (nested
 *   tags match their parent, no "#"), includeUnpublished?: boolean (default false: only notes marked
 *   for publishing), text?: "words" (case, accents and punctuation ignored) }`.
 * - `eventsSnapshot(filter?)`: the same events as `events()` without copying them: a read-only
 *   sequence (`length`, `at(i)`, `forEach`, `slice(a, b)`, iteration) that shares the index's storage and
 *   stays valid (unchanged) after later edits. Cheap at any vault size; prefer it for large vaults.
 * - `on("changed", (revision, changedPaths) => void)`: returns an unsubscribe function.
 *
 * Shapes are the plain-data model of `src/core/model.ts`: years are astronomical (44 BC = -43),
 * `source: { path, line }` has a 0-based line. Results are fresh arrays; treat the objects in them
 * as read-only (they are shared with the plugin's views). They honour the student's curation (hidden events
 * and quotes left out, corrected dates and speakers, added events), as every view does.
 */
export interface StudyBriefsApi {
	readonly version: number;
	readonly revision: number;
	readonly ready: Promise<void>;
	briefs(filter?: IndexFilter): Brief[];
	events(filter?: IndexFilter): HistEvent[];
	eventsSnapshot(filter?: IndexFilter): ReadonlyEvents;
	quotes(filter?: IndexFilter): Quote[];
	problems(): Problem[];
	stats(): IndexStats;
	on(event: "changed", cb: (revision: number, changedPaths: string[]) => void): () => void;
}

/** A read-only, block-shared sequence of events (see `eventsSnapshot`). */
export type ReadonlyEvents = Pick<TimelineSnapshot, "length" | "at" | "forEach" | "slice" | typeof Symbol.iterator>;

export function createPublicApi(index: BriefIndex, ready: Promise<void> = Promise.resolve()): StudyBriefsApi {
	return Object.freeze({
		version: API_VERSION,
		get revision() {
			return index.revision;
		},
		ready,
		briefs: (filter?: IndexFilter) => index.briefs(filter ?? {}),
		events: (filter?: IndexFilter) => index.timeline(filter ?? {}),
		eventsSnapshot: (filter?: IndexFilter) => index.timelineSnapshot(filter ?? {}),
		quotes: (filter?: IndexFilter) => index.quotes(filter ?? {}),
		problems: () => index.problems(),
		stats: () => index.stats(),
		on: (event: "changed", cb: (revision: number, changedPaths: string[]) => void) => {
			if (event !== "changed" || typeof cb !== "function") return () => undefined;
			return index.onChange((revision, paths) => cb(revision, paths.slice()));
		},
	});
}
