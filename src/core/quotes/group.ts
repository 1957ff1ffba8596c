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

/** Rank of every brief: by title (locale-aware, accent- and case-insensitive), then path. */
function briefRanks(entries: readonly QuoteEntry[]): Map<string, number> {
	const titles = new Map<string, string>();
	for (const e of entries) titles.set(e.briefPath, e.briefTitle);
	const paths = [...titles.keys()].sort(
		(a, b) => collator.compare(titles.get(a) ?? "", titles.get(b) ?? "") || (a < b ? -1 : a > b ? 1 : 0),
	);
	return new Map(paths.map((p, i) => [p, i]));
}

/** Rank of every speaker (alphabetical); no speaker ranks last. */
function speakerRanks(entries: readonly QuoteEntry[]): Map<string, number> {
	const names = [...new Set(entries.map((e) => e.speaker))].filter(Boolean).sort(collator.compare);
	const ranks = new Map(names.map((n, i) => [n, i]));
	ranks.set("", names.length);
	return ranks;
}

/**
 * Entries in `sortBy` order; ties fall back to brief, then line, so the order is total. The locale
 * comparison runs only over distinct titles and speakers; entries are then sorted by numbers.
 */
export function sortEntries(entries: readonly QuoteEntry[], sortBy: SortBy): QuoteEntry[] {
	const br = briefRanks(entries);
	const sr = sortBy === "speaker" ? speakerRanks(entries) : null;
	const n = entries.length;
	const k1 = new Float64Array(n);
	const k2 = new Float64Array(n);
	const k3 = new Float64Array(n);
	entries.forEach((e, i) => {
		const brief = br.get(e.briefPath) ?? 0;
		const line = e.quote.source.line;
		if (sortBy === "date") {
			k1[i] = e.date ? e.date.key : Number.MAX_VALUE; // undated last, BCE first
			k2[i] = brief;
			k3[i] = line;
		} else if (sr) {
			k1[i] = sr.get(e.speaker) ?? 0;
			k2[i] = brief;
			k3[i] = line;
		} else {
			k1[i] = brief;
			k2[i] = line;
			k3[i] = i;
		}
	});
	const order = Array.from({ length: n }, (_, i) => i);
	order.sort((a, b) => k1[a] - k1[b] || k2[a] - k2[b] || k3[a] - k3[b] || a - b);
	return order.map((i) => entries[i]);
}

function groupKey(e: QuoteEntry, by: GroupBy): string {
	if (by === "brief") return e.briefPath;
	if (by === "course") return e.course;
	return e.speaker;
}

function groupLabel(e: QuoteEntry, by: GroupBy): string {
	if (by === "brief") return e.briefTitle;
	if (by === "course") return e.course || VAULT_ROOT;
	return e.speaker || NO_SPEAKER;
}

/**
 * Groups in display order. Entries inside a group follow `sortBy`. Groups: briefs follow the order of
 * their first entry under `sortBy`; courses are alphabetical (root first); speakers alphabetical with
 * the unknown speaker last.
 */
export function groupEntries(entries: readonly QuoteEntry[], by: GroupBy, sortBy: SortBy): QuoteGroup[] {
	const sorted = sortEntries(entries, sortBy);
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
