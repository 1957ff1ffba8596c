/**
 * A virtualized vertical list: only the rows inside the viewport (plus overscan) exist in the DOM.
 * Rows have per-kind fixed heights; offsets are prefix sums, lookups are binary searches.
 * The owner calls `update()` on scroll and resize (it registers the listeners, this class owns none).
 */
export interface VirtualListOptions {
	/** The scrolling element. */
	scroller: HTMLElement;
	/** The element rows are absolutely positioned in (inside the scroller). */
	canvas: HTMLElement;
	/** The height of the item at an index. */
	heightOf(index: number): number;
	/** Build the item's row into `el` (an empty div already positioned). */
	render(index: number, el: HTMLElement): void;
	/** Pixels rendered above and below the viewport. */
	overscan?: number;
	/** Height hidden under sticky content at the top of the scroller. */
	topInset?: number;
}

export class VirtualList {
	/** Number of items. */
	count = 0;
	private offsets = new Float64Array(1);
	private rows = new Map<number, HTMLElement>();
	private first = 0;
	private last = -1;
	/**
	 * A viewport to use instead of reading the scroller's layout (a fresh list, before its first
	 * layout: reading scrollTop or clientHeight then would force a synchronous layout). Cleared by `measure()`.
	 */
	private assumed: { top: number; height: number; overscan?: number } | null = null;

	constructor(private readonly opts: VirtualListOptions) {}

	get total(): number {
		return this.offsets[this.count] ?? 0;
	}

	/** Use this viewport until `measure()` instead of reading the scroller's layout. */
	assume(viewport: { top: number; height: number; overscan?: number }): void {
		this.assumed = viewport;
	}

	/** Read the real viewport again (after the first layout) and bring the rows in line with it. */
	measure(): void {
		this.assumed = null;
		this.update();
	}

	private scrollTop(): number {
		return this.assumed ? this.assumed.top : this.opts.scroller.scrollTop;
	}

	private viewHeight(): number {
		return this.assumed ? this.assumed.height : this.opts.scroller.clientHeight;
	}

	/** Replace the items (now `count` of them): recompute offsets and re-render what is visible. */
	setCount(count: number): void {
		this.count = count;
		// the buffer is reused while it fits (an edit changes the count by a few): no 700 kB array per update
		if (this.offsets.length < count + 1 || this.offsets.length > 4 * count + 1024)
			this.offsets = new Float64Array(Math.ceil((count + 1) * 1.25));
		const offsets = this.offsets;
		offsets[0] = 0;
		for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + this.opts.heightOf(i);
		this.opts.canvas.setCssProps({ "--sb-tl-total": `${offsets[count]}px` });
		this.clear();
		this.update();
	}

	/** Remove every rendered row (they are rebuilt by the next update). */
	clear(): void {
		for (const el of this.rows.values()) el.remove();
		this.rows.clear();
		this.first = 0;
		this.last = -1;
	}

	/** Re-render the visible rows from scratch (data unchanged, presentation changed). */
	refresh(): void {
		this.clear();
		this.update();
	}

	offsetOf(index: number): number {
		return this.offsets[Math.max(0, Math.min(index, this.count))];
	}

	/** The index of the item at y (content coordinates). */
	indexAt(y: number): number {
		const o = this.offsets;
		let lo = 0;
		let hi = this.count - 1;
		if (hi < 0) return -1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (o[mid] <= y) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** The first item whose top is visible below the sticky inset. */
	topIndex(): number {
		return this.indexAt(this.scrollTop() + (this.opts.topInset ?? 0));
	}

	/** Visible item range [first, last] (without overscan). */
	visibleRange(): [number, number] {
		const scrollTop = this.scrollTop();
		const top = scrollTop + (this.opts.topInset ?? 0);
		return [this.indexAt(top), this.indexAt(scrollTop + Math.max(1, this.viewHeight()) - 1)];
	}

	/** Scroll so the item is at the top (under the inset), or just into view ("nearest"). */
	scrollToIndex(index: number, align: "start" | "nearest" = "start"): void {
		this.assumed = null;
		const s = this.opts.scroller;
		const inset = this.opts.topInset ?? 0;
		const top = this.offsetOf(index);
		const bottom = this.offsetOf(index + 1);
		if (align === "start") s.scrollTop = Math.max(0, top - inset);
		else if (top < s.scrollTop + inset) s.scrollTop = Math.max(0, top - inset);
		else if (bottom > s.scrollTop + s.clientHeight) s.scrollTop = bottom - s.clientHeight;
		this.update();
	}

	/** The rendered row of an item, when it is in the DOM. */
	rowOf(index: number): HTMLElement | undefined {
		return this.rows.get(index);
	}

	renderedCount(): number {
		return this.rows.size;
	}

	/** Bring the DOM in line with the scroll position: drop rows that left, add rows that entered. */
	update(): void {
		if (!this.count) return this.clear();
		const over = this.assumed?.overscan ?? this.opts.overscan ?? 400;
		const scrollTop = this.scrollTop();
		const height = Math.max(this.viewHeight(), 1);
		const first = this.indexAt(Math.max(0, scrollTop - over));
		const last = this.indexAt(scrollTop + height + over);
		if (first === this.first && last === this.last) return;
		for (const [i, el] of this.rows) {
			if (i < first || i > last) {
				el.remove();
				this.rows.delete(i);
			}
		}
		for (let i = first; i <= last; i++) {
			if (this.rows.has(i)) continue;
			const el = this.opts.canvas.createDiv(); // in the pane's own document (pop-out windows)
			el.setCssProps({
				"--sb-tl-y": `${this.offsets[i]}px`,
				"--sb-tl-h": `${this.offsets[i + 1] - this.offsets[i]}px`,
			});
			this.opts.render(i, el);
			this.rows.set(i, el);
		}
		this.first = first;
		this.last = last;
	}
}
