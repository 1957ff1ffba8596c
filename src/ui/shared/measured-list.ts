/**
 * MeasuredList: a virtualized list of keyed, variable-height rows: only the rows near the viewport are in the DOM.
 * Heights start as estimates and are replaced by measured heights (cached per key and width); rows
 * above the viewport that change height shift the scroll position so the view does not jump.
 */

export interface MeasuredListOptions<R extends { key: string }> {
	/** Estimated height in px of a row at a content width. Cheap: it runs for every row. */
	estimate(row: R, width: number): number;
	/** Build the row's DOM into `el` (an empty, absolutely positioned element). */
	render(row: R, el: HTMLElement, index: number): void;
	/** A stable small integer per row content (>= 0), or -1: lets heights live in typed arrays, not maps. */
	slot?(row: R): number;
	/** Update a rendered row that depends on more than the row (e.g. search highlights); runs every pass. */
	decorate?(row: R, el: HTMLElement, index: number): void;
	/** When set, every rendered row gets the id `${idPrefix}-${index}` (for aria-activedescendant). */
	idPrefix?: string;
	/** Extra pixels rendered above and below the viewport. */
	overscanPx?: number;
	/** Viewport height to assume when the element has no layout (jsdom). */
	fallbackHeight?: number;
}

export class MeasuredList<R extends { key: string }> {
	readonly spacerEl: HTMLElement;
	private rows: R[] = [];
	private offsets = new Float64Array(1);
	private measured = new Map<string, number>();
	private estimates = new Map<string, number>();
	private slotMeasured = new Float64Array(0);
	private slotEstimate = new Float64Array(0);
	private rendered = new Map<string, HTMLElement>();
	/** The row object each rendered element was built from: same object = same content, the element is kept. */
	private builtFrom = new Map<string, R>();
	private width = -1;
	private start = 0;
	private end = 0;

	constructor(
		readonly scrollEl: HTMLElement,
		private readonly opts: MeasuredListOptions<R>,
	) {
		this.spacerEl = scrollEl.createDiv({ cls: "sb-vlist-spacer" });
	}

	get length(): number {
		return this.rows.length;
	}

	row(index: number): R | undefined {
		return this.rows[index];
	}

	/** Rendered rows' elements (for tests and decoration). */
	elements(): HTMLElement[] {
		return [...this.rendered.values()];
	}

	elementAt(index: number): HTMLElement | undefined {
		const r = this.rows[index];
		return r ? this.rendered.get(r.key) : undefined;
	}

	/**
	 * Replace the rows. A rendered element is kept only when the row under its key is the very same object
	 * (rows are immutable: a new object under the same key may carry new content, e.g. a header count).
	 */
	setRows(rows: R[], resetScroll = false): void {
		this.rows = rows;
		if (this.width < 0) this.checkWidth();
		this.recompute(0);
		if (resetScroll) this.scrollEl.scrollTop = 0;
		this.render();
	}

	/** Forget every height (row slots now mean other content); call before setRows. */
	clearHeights(): void {
		this.measured.clear();
		this.estimates.clear();
		this.slotMeasured.fill(0);
		this.slotEstimate.fill(0);
	}

	/**
	 * The content behind slots changed: `before[i]` and `after[i]` are what slot i showed and shows. Heights
	 * of slots whose content is another object are forgotten; when the count changed, every height is.
	 */
	forgetChangedSlots(before: readonly unknown[], after: readonly unknown[]): void {
		if (before.length !== after.length) {
			this.clearHeights();
			return;
		}
		const n = Math.min(after.length, this.slotMeasured.length);
		for (let i = 0; i < n; i++) {
			if (before[i] !== after[i]) {
				this.slotMeasured[i] = 0;
				this.slotEstimate[i] = 0;
			}
		}
	}

	/** Call when the container was resized (a ResizeObserver in the view). */
	onResize(): void {
		// Keep the row at the top of the view in place while every height is re-estimated for the new width.
		const anchor = this.rows.length ? this.indexAt(this.scrollEl.scrollTop) : 0;
		const into = this.rows.length ? this.scrollEl.scrollTop - this.offsets[anchor] : 0;
		if (this.checkWidth()) {
			for (const el of this.rendered.values()) el.remove();
			this.rendered.clear();
			this.builtFrom.clear();
			this.recompute(0);
			if (this.rows.length) this.scrollEl.scrollTop = this.offsets[anchor] + into;
		}
		this.render();
	}

	/** A rendered row changed height in place (a quote opened with "Show more"): measure it again and move the rows below. */
	remeasure(index: number): void {
		const row = this.rows[index];
		const el = row ? this.rendered.get(row.key) : undefined;
		if (!row || !el) return;
		const h = el.offsetHeight;
		if (!h || Math.abs(h - this.heightOf(row)) <= 0.5) return;
		this.setMeasured(row, h);
		this.recompute(index);
		for (let i = this.start; i < this.end; i++)
			this.rendered.get(this.rows[i]?.key)?.setCssProps({ top: `${this.offsets[i]}px` });
		this.render();
	}

	/** Bring a row into view: "nearest" scrolls the least; "center" centres it. */
	scrollToIndex(index: number, align: "nearest" | "center" | "start" = "nearest"): void {
		if (index < 0 || index >= this.rows.length) return;
		const top = this.offsets[index];
		const h = this.offsets[index + 1] - top;
		const view = this.viewportHeight();
		const cur = this.scrollEl.scrollTop;
		let next = cur;
		if (align === "start") next = top;
		else if (align === "center") next = top - (view - h) / 2;
		else if (top < cur) next = top;
		else if (top + h > cur + view) next = top + h - view;
		next = Math.max(0, next);
		if (Math.abs(next - cur) > 0.5) this.scrollEl.scrollTop = next;
		this.render();
		// The row may have been measured taller than estimated: settle once more.
		const top2 = this.offsets[index];
		if (align !== "nearest" && Math.abs(top2 - top) > 0.5) {
			this.scrollEl.scrollTop = Math.max(
				0,
				align === "start" ? top2 : top2 - (view - (this.offsets[index + 1] - top2)) / 2,
			);
			this.render();
		}
	}

	/** Render the rows near the viewport; call on scroll. */
	render(): void {
		for (let pass = 0; pass < 3; pass++) if (!this.renderPass()) break;
	}

	/** The visible height; never more than the window (a container without a height limit must not render every row). */
	private viewportHeight(): number {
		const h = this.scrollEl.clientHeight || this.opts.fallbackHeight || 600;
		const win = this.scrollEl.ownerDocument.defaultView?.innerHeight ?? 0;
		return win > 0 ? Math.min(h, win) : h;
	}

	private checkWidth(): boolean {
		const w = this.scrollEl.clientWidth || 320;
		if (w === this.width) return false;
		this.width = w;
		this.clearHeights();
		return true;
	}

	private heightOf(row: R): number {
		const slot = this.opts.slot ? this.opts.slot(row) : -1;
		if (slot >= 0) {
			if (slot >= this.slotMeasured.length) this.grow(slot + 1);
			const m = this.slotMeasured[slot];
			if (m > 0) return m;
			let e = this.slotEstimate[slot];
			if (e > 0) return e;
			e = this.opts.estimate(row, this.width);
			this.slotEstimate[slot] = e;
			return e;
		}
		const m = this.measured.get(row.key);
		if (m !== undefined) return m;
		let e = this.estimates.get(row.key);
		if (e === undefined) {
			e = this.opts.estimate(row, this.width);
			this.estimates.set(row.key, e);
		}
		return e;
	}

	private setMeasured(row: R, h: number): void {
		const slot = this.opts.slot ? this.opts.slot(row) : -1;
		if (slot >= 0) this.slotMeasured[slot] = h;
		else this.measured.set(row.key, h);
	}

	private grow(n: number): void {
		const size = Math.max(n, this.slotMeasured.length * 2, 1024);
		const m = new Float64Array(size);
		m.set(this.slotMeasured);
		const e = new Float64Array(size);
		e.set(this.slotEstimate);
		this.slotMeasured = m;
		this.slotEstimate = e;
	}

	private recompute(from: number): void {
		const n = this.rows.length;
		if (this.offsets.length < n + 1) {
			// Grow with headroom and keep the prefix: fewer big allocations while typing.
			const next = new Float64Array(Math.max(n + 1, this.offsets.length * 2));
			next.set(this.offsets.subarray(0, Math.min(this.offsets.length, from + 1)));
			this.offsets = next;
		}
		const offsets = this.offsets;
		const rows = this.rows;
		for (let i = from; i < n; i++) offsets[i + 1] = offsets[i] + this.heightOf(rows[i]);
		this.spacerEl.setCssProps({ height: `${offsets[n]}px` });
	}

	/** Index of the row that contains pixel y. */
	indexAt(y: number): number {
		let lo = 0;
		let hi = this.rows.length - 1;
		if (hi < 0) return 0;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.offsets[mid] <= y) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** One render + measure pass; true when measured heights moved rows (another pass may be needed). */
	private renderPass(): boolean {
		const n = this.rows.length;
		const top = this.scrollEl.scrollTop;
		const view = this.viewportHeight();
		const over = this.opts.overscanPx ?? 300;
		this.start = n ? this.indexAt(Math.max(0, top - over)) : 0;
		this.end = n ? this.indexAt(top + view + over) + 1 : 0;
		const wanted = new Set<string>();
		const fresh: number[] = [];
		for (let i = this.start; i < this.end; i++) {
			const row = this.rows[i];
			wanted.add(row.key);
			let el = this.rendered.get(row.key);
			if (el && this.builtFrom.get(row.key) !== row) {
				el.remove();
				el = undefined;
			}
			if (!el) {
				el = this.spacerEl.createDiv({ cls: "sb-vlist-row" });
				this.opts.render(row, el, i);
				this.rendered.set(row.key, el);
				this.builtFrom.set(row.key, row);
				fresh.push(i);
			}
			this.opts.decorate?.(row, el, i);
			el.dataset.index = String(i);
			if (this.opts.idPrefix) el.id = `${this.opts.idPrefix}-${i}`;
			el.setCssProps({ top: `${this.offsets[i]}px` });
		}
		for (const [key, el] of this.rendered) {
			if (!wanted.has(key)) {
				el.remove();
				this.rendered.delete(key);
				this.builtFrom.delete(key);
			}
		}
		// Measure newly built rows; fix offsets and keep the first visible row where it was.
		const anchor = n ? this.indexAt(top) : 0;
		let changedFrom = -1;
		let shiftAbove = 0;
		for (const i of fresh) {
			const row = this.rows[i];
			const el = this.rendered.get(row.key);
			const h = el ? el.offsetHeight : 0;
			if (!h) continue;
			const old = this.heightOf(row);
			this.setMeasured(row, h);
			if (Math.abs(h - old) > 0.5) {
				if (changedFrom < 0 || i < changedFrom) changedFrom = i;
				if (i < anchor) shiftAbove += h - old;
			}
		}
		if (changedFrom < 0) return false;
		this.recompute(changedFrom);
		if (shiftAbove) this.scrollEl.scrollTop = top + shiftAbove;
		for (let i = this.start; i < this.end; i++)
			this.rendered.get(this.rows[i].key)?.setCssProps({ top: `${this.offsets[i]}px` });
		return true;
	}
}
