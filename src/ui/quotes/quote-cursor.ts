/** The keyboard-active card of the quote list: which row it is, its highlight and the list's aria-activedescendant. */
import type { QuoteEntry } from "../../core/quotes/entries";
import type { QuoteRow } from "../../core/quotes/rows";
import type { MeasuredList } from "../shared/measured-list";

export class QuoteCursor {
	/** Index (in the rows) of the active card, -1 when none. */
	index = -1;

	constructor(
		private readonly list: MeasuredList<QuoteRow>,
		private readonly scrollEl: HTMLElement,
		/** The DOM id of the row at an index (for aria-activedescendant). */
		private readonly rowId: (index: number) => string,
	) {}

	/** The quote of the card at a row index, or null (a header, or out of range). */
	cardAt(index: number): QuoteEntry | null {
		const r = index >= 0 ? this.list.row(index) : undefined;
		return r?.kind === "card" ? r.entry : null;
	}

	/** The active card's quote, or null. */
	entry(): QuoteEntry | null {
		return this.cardAt(this.index);
	}

	/** Make the card at `index` active (-1: none), scrolling it into view when asked. */
	set(index: number, scroll: boolean): void {
		const prev = this.index >= 0 ? this.list.elementAt(this.index) : undefined;
		if (prev) markActive(prev, false);
		this.index = index;
		if (scroll) this.list.scrollToIndex(index, "nearest");
		const el = this.list.elementAt(index);
		if (el) markActive(el, true);
		this.scrollEl.setAttr("aria-activedescendant", el ? this.rowId(index) : null);
	}

	/**
	 * New rows for the list: the same card stays active (when it is still there). `show` puts the rows in the
	 * list (MeasuredList.setRows), which renders them with the active card already known.
	 */
	replaceRows(rows: readonly QuoteRow[], show: () => void): void {
		const key = this.index >= 0 ? this.list.row(this.index)?.key : undefined;
		const el = this.index >= 0 ? this.list.elementAt(this.index) : undefined;
		if (el) markActive(el, false);
		this.scrollEl.removeAttribute("aria-activedescendant");
		this.index = key ? rows.findIndex((r) => r.key === key) : -1;
		show();
		if (this.index >= 0) this.set(this.index, false);
	}

	/** Move the active card by `delta` cards (skipping headers). */
	move(delta: number): void {
		const n = this.list.length;
		let i = this.index;
		if (i < 0) i = delta > 0 ? -1 : n;
		for (let j = i + delta; j >= 0 && j < n; j += delta) {
			if (this.list.row(j)?.kind === "card") {
				this.set(j, true);
				return;
			}
		}
	}

	/** Make the first or the last card active. */
	jumpTo(end: "first" | "last"): void {
		this.set(-1, false);
		if (end === "last") this.index = this.list.length;
		this.move(end === "first" ? 1 : -1);
	}

	/** Where the active card is on screen (the list's box when the card is not rendered). */
	rect(): DOMRect {
		return (this.list.elementAt(this.index) ?? this.scrollEl).getBoundingClientRect();
	}

	/** A freshly rendered row element: highlighted when it is the active card. */
	decorate(el: HTMLElement, index: number): void {
		if (index === this.index) markActive(el, true);
	}
}

function markActive(el: HTMLElement, on: boolean): void {
	el.toggleClass("is-active", on);
	if (el.hasClass("sb-quote-row")) el.setAttr("aria-selected", String(on));
}
