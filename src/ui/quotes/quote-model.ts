/**
 * The quote panel's data: entries from the index, filtered and grouped once per change, searched on
 * every keystroke (plain normalised search; Obsidian's fuzzy search when no quote has every word).
 */
import type { Brief } from "../../core/model";
import { isWholeQuote, localDayKey, quoteOfTheDay } from "../../core/quotes/daily";
import { typoSearch } from "../../core/quotes/typo";
import { buildEntries, entryFilter, filterOptions, type QuoteEntry } from "../../core/quotes/entries";
import { groupEntries } from "../../core/quotes/group";
import { buildRows, placeEntries, type PlacedEntry, type QuoteRow } from "../../core/quotes/rows";
import { queryWords } from "../../core/quotes/search";
import { SearchIndex } from "../../core/quotes/search-index";
import type { FilterChoices, FilterState } from "./quote-filters";
import { t } from "../../obsidian/i18n";

/** At most this many close (typo-tolerant) matches are shown, best first. */
const FUZZY_LIMIT = 30;

export interface SearchOutcome {
	rows: QuoteRow[];
	/** Cards among the rows (matches, pinned included). */
	matches: number;
	/** No quote had every word: the rows are fuzzy matches. */
	fuzzy: boolean;
	/** Normalised words the close matches matched (highlighted in the cards); empty for exact results. */
	matched: string[];
}

export class QuoteModel {
	/** Every quote of every brief the index returned (published or not). */
	entries: QuoteEntry[] = [];
	/** Entries passing the filters, grouped and sorted, in display order. */
	placed: PlacedEntry[] = [];
	private index = new SearchIndex([]);
	private dailyCache: { key: string; entry: QuoteEntry | null } | null = null;
	private version = 0;
	private readonly entryCache = new WeakMap<Brief, QuoteEntry[]>();

	setBriefs(briefs: readonly Brief[]): void {
		this.entries = buildEntries(briefs, this.entryCache);
		this.version++;
	}

	choices(): FilterChoices {
		return filterOptions(this.entries);
	}

	/** Re-filter and re-group (filters, grouping or sorting changed, or new entries). */
	arrange(state: FilterState): void {
		const keep = entryFilter(state.filter);
		const kept = this.entries.filter(keep);
		this.placed = placeEntries(groupEntries(kept, state.groupBy, state.sortBy));
		this.index = new SearchIndex(this.placed.map((p) => p.entry.haystack));
	}

	/** Quote of the day among the quotes the publish filter allows (not the other filters). */
	daily(now: Date, state: FilterState): QuoteEntry | null {
		const key = `${this.version}|${localDayKey(now)}|${state.filter.publish ?? "published"}`;
		if (this.dailyCache?.key === key) return this.dailyCache.entry;
		const entry = this.computeDaily(now, state);
		this.dailyCache = { key, entry };
		return entry;
	}

	private computeDaily(now: Date, state: FilterState): QuoteEntry | null {
		const pub = entryFilter({ publish: state.filter.publish });
		// Whole quotes only: never a fragment or a few words.
		const pool = this.entries.filter((e) => pub(e) && isWholeQuote(e.quote.text));
		const quotes = pool.map((e) => e.quote);
		const q = quoteOfTheDay(quotes, now);
		return q ? (pool[quotes.indexOf(q)] ?? null) : null;
	}

	/** The matching entries for a query, in display order (plain normalised search, every word). */
	search(query: string): PlacedEntry[] {
		const found = this.index.search(query);
		if (!found) return this.placed;
		const hits = new Array<PlacedEntry>(found.length);
		for (let i = 0; i < found.length; i++) hits[i] = this.placed[found[i]];
		return hits;
	}

	/**
	 * Typo-tolerant fallback when no quote has every word: each word matched against the words of the speaker,
	 * the brief title and the quote (core/quotes/typo), best first, with the words that matched.
	 */
	fuzzySearch(query: string): { hits: PlacedEntry[]; matched: string[] } {
		const docs = this.placed.map((p) => ({
			speaker: `${p.entry.speaker} ${p.entry.quote.speaker ?? ""}`,
			title: p.entry.briefTitle,
			text: p.entry.quote.text,
		}));
		const found = typoSearch(query, docs, FUZZY_LIMIT);
		const matched = [...new Set(found.flatMap((h) => h.matched))];
		return { hits: found.map((h) => this.placed[h.index]), matched };
	}

	/**
	 * Rows for a query: quote of the day (no query only), the active brief pinned, then the groups.
	 * `fuzzy` rows come from fuzzySearch (the view runs it after the exact search found nothing).
	 */
	rows(query: string, opts: { daily: QuoteEntry | null; pinnedPath: string | null; fuzzy?: boolean }): SearchOutcome {
		const close = opts.fuzzy ? this.fuzzySearch(query) : null;
		const hits = close ? close.hits : this.search(query);
		const searching = queryWords(query).length > 0;
		const rows = buildRows(hits, {
			daily: searching ? null : opts.daily,
			pinnedPath: opts.pinnedPath,
			ranked: close ? t("Close matches, best first") : undefined,
		});
		return { rows, matches: hits.length, fuzzy: !!opts.fuzzy, matched: close?.matched ?? [] };
	}
}
