/**
 * The quote panel's data: entries from the index, filtered and grouped once per change, searched on
 * every keystroke (plain normalised search; Obsidian's fuzzy search when no quote has every word).
 */
import { prepareFuzzySearch } from "obsidian";
import type { Brief } from "../../core/model";
import { quoteOfTheDay } from "../../core/quotes/daily";
import { buildEntries, entryFilter, filterOptions, type QuoteEntry } from "../../core/quotes/entries";
import { groupEntries } from "../../core/quotes/group";
import { buildRows, placeEntries, type PlacedEntry, type QuoteRow } from "../../core/quotes/rows";
import { isRefinement, prepareNormalisedSearch, queryWords } from "../../core/quotes/search";
import type { FilterChoices, FilterState } from "./quote-filters";

/** At most this many fuzzy (typo-tolerant) matches are shown. */
const FUZZY_LIMIT = 200;

export interface SearchOutcome {
	rows: QuoteRow[];
	/** Cards among the rows (matches, pinned included). */
	matches: number;
	/** No quote had every word: the rows are fuzzy matches. */
	fuzzy: boolean;
}

export class QuoteModel {
	/** Every quote of every brief the index returned (published or not). */
	entries: QuoteEntry[] = [];
	/** Entries passing the filters, grouped and sorted, in display order. */
	placed: PlacedEntry[] = [];
	private last: { query: string; hits: PlacedEntry[] } | null = null;

	setBriefs(briefs: readonly Brief[]): void {
		this.entries = buildEntries(briefs);
		this.last = null;
	}

	choices(): FilterChoices {
		return filterOptions(this.entries);
	}

	/** Re-filter and re-group (filters, grouping or sorting changed, or new entries). */
	arrange(state: FilterState): void {
		const keep = entryFilter(state.filter);
		const kept = this.entries.filter(keep);
		this.placed = placeEntries(groupEntries(kept, state.groupBy, state.sortBy));
		this.last = null;
	}

	/** Quote of the day among the quotes the publish filter allows (not the other filters). */
	daily(now: Date, state: FilterState): QuoteEntry | null {
		const pub = entryFilter({ publish: state.filter.publish });
		const pool = this.entries.filter(pub);
		const quotes = pool.map((e) => e.quote);
		const q = quoteOfTheDay(quotes, now);
		return q ? (pool[quotes.indexOf(q)] ?? null) : null;
	}

	/** The matching entries for a query, in display order. */
	search(query: string): { hits: PlacedEntry[]; fuzzy: boolean } {
		if (!queryWords(query).length) {
			this.last = null;
			return { hits: this.placed, fuzzy: false };
		}
		const from = this.last && isRefinement(this.last.query, query) ? this.last.hits : this.placed;
		const match = prepareNormalisedSearch(query);
		const hits: PlacedEntry[] = [];
		for (const p of from) if (match(p.entry.haystack)) hits.push(p);
		if (hits.length || query.trim().length < 3) {
			this.last = { query, hits };
			return { hits, fuzzy: false };
		}
		this.last = null;
		return { hits: this.fuzzySearch(query), fuzzy: true };
	}

	/** Typo-tolerant fallback: Obsidian's fuzzy search over speaker, brief title and the quote's start. */
	private fuzzySearch(query: string): PlacedEntry[] {
		const fuzzy = prepareFuzzySearch(query.trim());
		const scored: { p: PlacedEntry; score: number; order: number }[] = [];
		this.placed.forEach((p, order) => {
			const r = fuzzy(p.entry.fuzzyText);
			if (r) scored.push({ p, score: r.score, order });
		});
		scored.sort((a, b) => b.score - a.score || a.order - b.order);
		return scored
			.slice(0, FUZZY_LIMIT)
			.sort((a, b) => a.order - b.order)
			.map((s) => s.p);
	}

	/** Rows for a query: quote of the day (no query only), the active brief pinned, then the groups. */
	rows(query: string, opts: { daily: QuoteEntry | null; pinnedPath: string | null }): SearchOutcome {
		const { hits, fuzzy } = this.search(query);
		const searching = queryWords(query).length > 0;
		const rows = buildRows(hits, {
			daily: searching ? null : opts.daily,
			pinnedPath: opts.pinnedPath,
		});
		return { rows, matches: hits.length, fuzzy };
	}
}
