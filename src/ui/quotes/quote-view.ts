/** The quote index panel: every key quote in the vault, searchable, citable, one click from its source. */
import { briefEraText } from "../shared/date-labels";
import { debounce, ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { QuoteEntry } from "../../core/quotes/entries";
import { queryWords } from "../../core/quotes/search";
import type { CardRow, QuoteRow } from "../../core/quotes/rows";
import type { StudyHost } from "../host";
import { mountProgressLine } from "../progress/line";
import { QuoteActions, type QuoteAction } from "./quote-actions";
import { estimateRow, highlightMatches, renderRow, rowId, type CardContext } from "./quote-card";
import { QuoteFilterBar, withViewState, type FilterState } from "./quote-filters";
import { QuoteModel } from "./quote-model";
import { buildToolbar } from "./quote-toolbar";
import { MeasuredList } from "../shared/measured-list";
import { QuoteCursor } from "./quote-cursor";
import { rowIndexOf, wireDayRollover, wireListEvents } from "./quote-events";
import { renderEmptyState, statusText } from "./quote-empty";
import { t } from "../../obsidian/i18n";

export const VIEW_TYPE_QUOTES = "study-briefs-quotes";

/** Typing pause before the typo-tolerant search runs (it scans every quote). */
export const FUZZY_DELAY_MS = 150;

let viewCount = 0;

export class QuoteIndexView extends ItemView {
	readonly model = new QuoteModel();
	readonly actions: QuoteActions;
	/** Randomness for "Random quote" (Math.random in the plugin, injectable in tests). */
	random: () => number = Math.random;
	state: FilterState;
	rows: QuoteRow[] = [];
	list!: MeasuredList<QuoteRow>;
	/** The keyboard-active card. */
	cursor!: QuoteCursor;
	searchEl!: HTMLInputElement;
	scrollEl!: HTMLElement;
	private statusEl!: HTMLElement;
	private emptyEl!: HTMLElement;
	private filterBar?: QuoteFilterBar;
	private filterToggle!: HTMLButtonElement;
	private ctx: CardContext;
	/** Card keys of long quotes opened with "Show more". */
	private readonly expanded = new Set<string>();
	private pinnedPath: string | null = null;
	private flashTimer = 0;
	private fuzzyTimer = 0;
	/** Normalised words of the current query (highlighted in the cards). */
	private words: string[] = [];
	/** Position of each row among the cards (for aria-posinset), and how many cards there are. */
	private cardPos = new Int32Array(0);
	private cardCount = 0;

	constructor(
		leaf: WorkspaceLeaf,
		readonly host: StudyHost,
	) {
		super(leaf);
		this.actions = new QuoteActions(host);
		this.state = {
			groupBy: "brief",
			sortBy: "brief",
			filter: { publish: host.settings.includeUnpublished ? "all" : "published" },
		};
		const id = `sb-quotes-${++viewCount}`;
		this.ctx = {
			idPrefix: id,
			gardenUrl: (p) => this.actions.gardenUrl({ briefPath: p } as QuoteEntry),
			reviewStats: (p) => host.reviewStats?.(p) ?? null,
			groupedByBrief: true,
			expanded: this.expanded,
			dateText: (label, p) => briefEraText(host.settings, host.index, label, p),
		};
	}

	getViewType(): string {
		return VIEW_TYPE_QUOTES;
	}

	getDisplayText(): string {
		return t("Quote index");
	}

	getIcon(): string {
		return "quote";
	}

	/** Grouping and sorting survive reloads with the workspace layout. */
	getState(): Record<string, unknown> {
		return { ...super.getState(), groupBy: this.state.groupBy, sortBy: this.state.sortBy };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const next = withViewState(this.state, state);
		if (next !== this.state) {
			this.filterBar?.sync(next);
			if (this.filterBar) this.onFilters(next);
			else this.state = next;
		}
		await super.setState(state, result);
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("sb-quotes");
		({ searchEl: this.searchEl, filterToggle: this.filterToggle } = buildToolbar(this, root));
		this.filterBar = new QuoteFilterBar(root, this.state, (s) => this.onFilters(s));
		this.filterBar.toggle(false);
		this.statusEl = root.createDiv({ cls: "sb-quotes-status", attr: { "aria-live": "polite" } });
		this.emptyEl = root.createDiv({ cls: "sb-quotes-empty" });
		this.scrollEl = root.createDiv({
			cls: "sb-quotes-scroller",
			attr: {
				tabindex: "0",
				role: "listbox",
				"aria-label": t("Quotes"),
				"aria-keyshortcuts": "ArrowUp ArrowDown Home End Enter C T Q /",
			},
		});
		this.list = new MeasuredList<QuoteRow>(this.scrollEl, {
			estimate: estimateRow,
			idPrefix: `${this.ctx.idPrefix}-row`,
			slot: (row) => (row.kind === "card" ? row.entry.index : -1),
			decorate: (row, el, i) => {
				highlightMatches(row, el, this.words);
				// Only nearby cards exist in the DOM: tell assistive tech where this one sits in the whole list.
				if (row.kind === "card")
					el.setAttrs({ "aria-posinset": this.cardPos[i] + 1, "aria-setsize": this.cardCount });
			},
			render: (row, el, i) => {
				renderRow(row, el, this.ctx);
				this.cursor.decorate(el, i);
			},
		});
		this.cursor = new QuoteCursor(this.list, this.scrollEl, (i) => rowId(this.ctx, i));
		this.registerDomEvent(this.scrollEl, "scroll", () => this.list.render());
		wireListEvents(this);
		wireDayRollover(this);
		if (typeof ResizeObserver !== "undefined") {
			const ro = new ResizeObserver(() => this.list.onResize());
			ro.observe(this.scrollEl);
			this.register(() => ro.disconnect());
		}
		const reload = debounce(() => this.reload(), 250, true);
		this.register(this.host.index.onChange(() => reload()));
		this.register(() => reload.cancel());
		this.register(this.host.onActiveChange((p) => this.onActive(p)));
		this.register(() => window.clearTimeout(this.flashTimer));
		this.register(() => window.clearTimeout(this.fuzzyTimer));
		mountProgressLine(this, this.host.indexing);
		this.pinnedPath = this.followedPath(this.host.activePath());
		this.reload();
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	/** Show or hide the filter bar; returns whether it is open now. */
	toggleFilters(): boolean {
		const bar = this.filterBar;
		if (!bar) return false;
		bar.toggle(!bar.isOpen());
		this.list.onResize();
		return bar.isOpen();
	}

	/** Read the index again (it changed, or the panel opened). */
	reload(): void {
		const index = this.host.index;
		const old = this.model.entries;
		this.model.setBriefs(index.briefs({ includeUnpublished: true }));
		this.list.forgetChangedSlots(old, this.model.entries); // row heights live in slots = entry positions
		this.filterBar?.setChoices(() => this.model.choices());
		this.ctx.groupedByBrief = this.state.groupBy === "brief";
		this.model.arrange(this.state);
		this.refresh(false);
	}

	private onFilters(state: FilterState): void {
		this.state = state;
		this.ctx.groupedByBrief = state.groupBy === "brief";
		this.filterToggle.toggleClass(
			"is-active",
			QuoteFilterBar.active(state.filter, this.host.settings.includeUnpublished ? "all" : "published"),
		);
		this.model.arrange(state);
		this.refresh(true);
	}

	private followedPath(path: string | null): string | null {
		if (!this.host.settings.followActiveNote || !path) return null;
		return this.model.entries.length === 0 || this.host.index.get(path) ? path : null;
	}

	private onActive(path: string | null): void {
		const next = this.followedPath(path);
		if (next === this.pinnedPath) return;
		this.pinnedPath = next;
		this.refresh(true);
	}

	/** Rebuild the rows for the current query; synchronous so the DOM is current when it returns. */
	refresh(resetScroll: boolean, fuzzy = false): void {
		const query = this.searchEl.value;
		this.words = queryWords(query);
		const out = this.model.rows(query, {
			daily: this.model.daily(this.host.now(), this.state),
			pinnedPath: this.pinnedPath,
			fuzzy,
		});
		// Close matches highlight the words that matched ("caesar" for "ceasar"), not the typed ones.
		if (out.fuzzy) this.words = out.matched;
		window.clearTimeout(this.fuzzyTimer);
		if (!fuzzy && out.matches === 0 && query.trim().length >= 3 && this.model.placed.length) {
			// No quote has every word: look for close (fuzzy) matches once typing pauses.
			this.fuzzyTimer = window.setTimeout(() => {
				if (this.searchEl.value === query) this.refresh(true, true);
			}, FUZZY_DELAY_MS);
		}
		this.rows = out.rows;
		this.cardPos = new Int32Array(this.rows.length);
		this.cardCount = 0;
		this.rows.forEach((r, i) => {
			if (r.kind === "card") this.cardPos[i] = this.cardCount++;
		});
		this.cursor.replaceRows(this.rows, () => this.list.setRows(this.rows, resetScroll || query !== ""));
		const total = this.model.entries.length;
		this.emptyEl.toggle(total === 0 || out.matches === 0);
		this.scrollEl.toggle(out.rows.length > 0);
		if (total === 0) renderEmptyState(this.emptyEl, "none");
		else if (out.matches === 0) renderEmptyState(this.emptyEl, query ? "no-match" : "filtered", query);
		this.statusEl.setText(statusText(out.matches, query, out.fuzzy));
	}

	/** "Random quote": scroll to a random quote of the list and highlight it. Returns it (or null). */
	showRandomQuote(): QuoteEntry | null {
		const cards: number[] = [];
		this.rows.forEach((r, i) => {
			if (r.kind === "card" && r.section === "main") cards.push(i);
		});
		if (!cards.length) this.rows.forEach((r, i) => r.kind === "card" && cards.push(i));
		if (!cards.length) return null;
		const pick = cards[Math.min(cards.length - 1, Math.floor(this.random() * cards.length))];
		this.list.scrollToIndex(pick, "center");
		this.cursor.set(pick, false);
		const el = this.list.elementAt(pick);
		if (el) {
			el.addClass("sb-quote-flash");
			window.clearTimeout(this.flashTimer);
			this.flashTimer = window.setTimeout(() => this.list.elementAt(pick)?.removeClass("sb-quote-flash"), 1600);
		}
		this.scrollEl.focus();
		return (this.rows[pick] as CardRow).entry;
	}

	/** A click in the list: a button runs its action, elsewhere on a card opens the source. */
	onClick(e: MouseEvent): void {
		const i = rowIndexOf(e.target);
		const entry = this.cursor.cardAt(i);
		if (!entry) return;
		const button = (e.target as Element).closest<HTMLElement>("[data-action]");
		this.cursor.set(i, false);
		const action = button?.dataset.action;
		if (action === "expand") {
			this.toggleExpanded(i, button!);
			return;
		}
		if (action === "menu") {
			const r = button!.getBoundingClientRect();
			this.actions.showMenu(entry, { x: r.left, y: r.bottom });
			return;
		}
		if (!action && window.getSelection()?.toString()) return; // selecting text, not opening
		void this.actions.run((action as QuoteAction | undefined) ?? "open", entry, e);
	}

	/** Open or close a long quote on its card, then let the list re-measure the row. */
	private toggleExpanded(index: number, button: HTMLElement): void {
		const row = this.rows[index];
		const card = button.closest<HTMLElement>(".sb-quote-card");
		if (!row || !card) return;
		const open = !this.expanded.has(row.key);
		if (open) this.expanded.add(row.key);
		else this.expanded.delete(row.key);
		card.toggleClass("is-expanded", open);
		button.setText(open ? t("Show less") : t("Show more"));
		button.setAttr("aria-expanded", String(open));
		this.list.remeasure(index);
	}

	/** Focus the list; the first card becomes active when none is. */
	focusList(): void {
		this.scrollEl.focus();
		if (this.cursor.index < 0) this.cursor.move(1);
	}

	/** The host's clock. */
	now(): Date {
		return this.host.now();
	}
}
