/** Grouping and sorting of quote entries for the panel. Pure. */
import type { QuoteEntry } from "./entries";

export type GroupBy = "brief" | "course" | "speaker";
export type SortBy = "brief" | "date" | "speaker";

export interface QuoteGroup {
	/** Stable key: brief path, course folder or speaker ("" for no speaker / vault root). */
	key: string;
	label: string;
	/** Set when the group is one brief (group by brief). */
	briefPath?: string;
	/** The brief's main date label when grouped by brief. */
	dateLabel?: string;
	entries: QuoteEntry[];
}

export const NO_SPEAKER = "Unknown speaker";
export const VAULT_ROOT = "Vault root";

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Undated last; BCE first. */
function dateCmp(a: QuoteEntry, b: QuoteEntry): number {
	if (a.date && b.date) return a.date.key - b.date.key;
	return a.date ? -1 : b.date ? 1 : 0;
}

function speakerCmp(a: QuoteEntry, b: QuoteEntry): number {
	const sa = a.quote.speaker ?? "";
	const sb = b.quote.speaker ?? "";
	if (!sa || !sb) return sa ? -1 : sb ? 1 : 0;
	return collator.compare(sa, sb);
}

function briefCmp(a: QuoteEntry, b: QuoteEntry): number {
	return collator.compare(a.briefTitle, b.briefTitle) || (a.briefPath < b.briefPath ? -1 : a.briefPath > b.briefPath ? 1 : 0);
}

function lineCmp(a: QuoteEntry, b: QuoteEntry): number {
	return a.quote.source.line - b.quote.source.line;
}

/** The comparator for a sort order; ties always fall back to brief, then line, so order is total. */
export function entryComparator(sortBy: SortBy): (a: QuoteEntry, b: QuoteEntry) => number {
	if (sortBy === "date") return (a, b) => dateCmp(a, b) || briefCmp(a, b) || lineCmp(a, b);
	if (sortBy === "speaker") return (a, b) => speakerCmp(a, b) || briefCmp(a, b) || lineCmp(a, b);
	return (a, b) => briefCmp(a, b) || lineCmp(a, b);
}

function groupKey(e: QuoteEntry, by: GroupBy): string {
	if (by === "brief") return e.briefPath;
	if (by === "course") return e.course;
	return e.quote.speaker ?? "";
}

function groupLabel(e: QuoteEntry, by: GroupBy): string {
	if (by === "brief") return e.briefTitle;
	if (by === "course") return e.course || VAULT_ROOT;
	return e.quote.speaker || NO_SPEAKER;
}

/**
 * Groups in display order. Entries inside a group follow `sortBy`. Groups: briefs follow the order of
 * their first entry under `sortBy`; courses are alphabetical (root first); speakers alphabetical with
 * the unknown speaker last.
 */
export function groupEntries(entries: readonly QuoteEntry[], by: GroupBy, sortBy: SortBy): QuoteGroup[] {
	const sorted = [...entries].sort(entryComparator(sortBy));
	const groups = new Map<string, QuoteGroup>();
	for (const e of sorted) {
		const key = groupKey(e, by);
		let g = groups.get(key);
		if (!g) {
			g = { key, label: groupLabel(e, by), entries: [] };
			if (by === "brief") {
				g.briefPath = e.briefPath;
				if (e.date) g.dateLabel = e.date.label;
			}
			groups.set(key, g);
		}
		g.entries.push(e);
	}
	const list = [...groups.values()];
	if (by === "course") list.sort((a, b) => (a.key === "" ? -1 : b.key === "" ? 1 : collator.compare(a.key, b.key)));
	if (by === "speaker") list.sort((a, b) => (a.key === "" ? 1 : b.key === "" ? -1 : collator.compare(a.key, b.key)));
	return list;
}
