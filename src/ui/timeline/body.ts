import { TimelineSnapshot, type EventSeq } from "../../core/index/snapshot";
import { layout, LayoutBuffers, searchYear, windowAround, type Era, type Span } from "./data";
import { yearValue, type EraGranularity } from "./eras";
import { ERA_HEIGHT, renderEra, renderEvent, ROW_HEIGHT, rowId, type RowContext } from "./rows";
import { SeqMeasurer } from "./measure";
import { Ruler } from "./ruler";
import { VirtualList } from "./virtual-list";
import { t } from "../../obsidian/i18n";

/**
 * The scrolling part of the timeline: the virtual list with its sticky era header, the overview
 * ruler, and everything that maps between events, list items, years and pixels.
 * The view owns the listeners; this class owns no state outside its elements.
 */
export class TimelineBody {
	readonly ruler: Ruler;
	readonly scroller: HTMLElement;
	readonly canvas: HTMLElement;
	private readonly sticky: HTMLElement;
	readonly list: VirtualList;
	/** The events in display order: an index snapshot (blocks shared with the index), read by position. */
	events: EventSeq = TimelineSnapshot.of([]);
	/** Per-block measures and item buffers kept from one update to the next (an edit re-reads its blocks only). */
	private readonly measurer = new SeqMeasurer();
	private readonly buffers = new LayoutBuffers();
	/** List item -> event position, or -1 - index in `eras` for an era header (see `layout`). */
	items: Int32Array = new Int32Array(0);
	eras: Era[] = [];
	private itemOf: Int32Array = new Int32Array(0);
	private eraOf: Int32Array = new Int32Array(0);
	/** Start year of each event in display order (monotonic). */
	private starts: Float64Array = new Float64Array(0);
	private full: Span = { lo: 0, hi: 1 };
	window: Span = { lo: 0, hi: 1 };
	granularity: EraGranularity = "century";
	zoom = 0;
	descending = false;
	selected = -1;
	private ctx: RowContext | null = null;
	/** Nothing shown yet: the scroller is at the top and has not been laid out. */
	private fresh = true;

	constructor(
		parent: HTMLElement,
		private readonly idPrefix: string,
		private readonly makeCtx: () => RowContext,
	) {
		this.ruler = new Ruler(parent, (year) => this.jumpToYear(year));
		this.ruler.tickText = (label) => this.eraText(label);
		this.scroller = parent.createDiv({
			cls: "sb-tl-scroller",
			attr: { role: "listbox", tabindex: "0", "aria-label": t("Timeline events") },
		});
		this.sticky = this.scroller.createDiv({ cls: "sb-tl-sticky", attr: { "aria-hidden": "true" } });
		this.canvas = this.scroller.createDiv({ cls: "sb-tl-canvas" });
		this.list = new VirtualList({
			scroller: this.scroller,
			canvas: this.canvas,
			heightOf: (i) => (this.items[i] < 0 ? ERA_HEIGHT : ROW_HEIGHT),
			render: (i, el) => {
				const pos = this.items[i];
				if (pos < 0) renderEra(el, this.eraText(this.eras[-1 - pos].label));
				else renderEvent(el, this.events.at(pos)!, pos, (this.ctx ??= this.makeCtx()));
			},
			overscan: 320,
			topInset: ERA_HEIGHT,
		});
	}

	/**
	 * Show these events (display order); `anchor` keeps the event at the top where it was. Returns counts
	 * per course. Reads only the blocks of `events` it has not seen (see SeqMeasurer): after an edit of one
	 * brief that is a block or two, whatever the number of events.
	 */
	show(
		events: EventSeq,
		courseOf: (path: string) => string,
		anchor: boolean,
		beforeRows?: (counts: Map<string, number>) => void,
	): Map<string, number> {
		const top = anchor ? this.events.at(this.topPos()) : undefined;
		const delta = top ? this.list.offsetOf(this.itemOf[this.topPos()]) - this.scroller.scrollTop : 0;
		this.events = events;
		const m = this.measurer.measure(events, courseOf);
		beforeRows?.(m.counts);
		this.starts = m.starts;
		this.full = m.full;
		const topPos = top
			? this.findNear(top.id, searchYear(this.starts, yearValue(top.date.start), this.descending))
			: -1;
		const center = topPos >= 0 ? this.starts[topPos] : this.descending ? this.full.hi : this.full.lo;
		this.window = windowAround(this.full, this.zoom, center);
		const lay = layout(m, this.zoom, this.buffers);
		this.granularity = lay.granularity;
		this.items = lay.items;
		this.eras = lay.eras;
		this.itemOf = lay.itemOf;
		this.eraOf = lay.eraOf;
		if (this.selected >= events.length) this.selected = events.length - 1;
		this.ctx = null;
		if (this.fresh) {
			// First paint: no layout reads between the DOM writes. The new scroller is at the top, and the
			// window is at least as tall as it. Only what can be on screen is built now; the next frame
			// measures, trims and adds the overscan (and draws the ruler), before that frame is painted.
			this.fresh = false;
			this.list.assume({
				top: 0,
				height: (this.scroller.ownerDocument.defaultView ?? activeWindow).innerHeight,
				overscan: 0,
			});
			this.ruler.setData(this.starts, this.window.lo, this.window.hi, true);
			this.list.setCount(this.items.length);
			this.afterScroll();
			window.requestAnimationFrame(() => {
				this.list.measure();
				this.afterScroll();
			});
			return m.counts;
		}
		this.ruler.setData(this.starts, this.window.lo, this.window.hi);
		this.list.setCount(this.items.length);
		if (topPos >= 0) this.scroller.scrollTop = Math.max(0, this.list.offsetOf(this.itemOf[topPos]) - delta);
		else if (!anchor) this.scroller.scrollTop = 0;
		this.list.update();
		this.afterScroll();
		return m.counts;
	}

	/**
	 * Position of the event with this id, looked for around `near` (where its start year puts it) first,
	 * so that anchoring after an edit does not walk every event; -1 if it is gone.
	 */
	private findNear(id: string, near: number): number {
		const n = this.events.length;
		for (let d = 0; d < 4096; d++) {
			for (const p of d ? [near - d, near + d] : [near])
				if (p >= 0 && p < n && this.events.at(p)?.id === id) return p;
			if (near - d < 0 && near + d >= n) return -1;
		}
		return this.events.findIndex((e) => e.id === id);
	}

	/** Re-render the visible rows (what they show changed: active brief, selection ...). */
	redraw(): void {
		this.ctx = null;
		this.list.refresh();
	}

	itemIndexOf(pos: number): number {
		return this.itemOf[pos] ?? -1;
	}

	/** Position of the event at the top of the list (or -1). */
	topPos(): number {
		return this.items.length ? this.posNear(this.list.topIndex()) : -1;
	}

	private posNear(itemIndex: number): number {
		for (let i = Math.max(0, itemIndex); i < this.items.length; i++) {
			if (this.items[i] >= 0) return this.items[i];
		}
		return Math.max(0, this.events.length - 1);
	}

	onScroll(): void {
		this.list.update();
		this.afterScroll();
	}

	/** An era header's words in the "Era labels" setting (see RowContext.eraText). */
	private eraText(label: string): string {
		const ctx = (this.ctx ??= this.makeCtx());
		return ctx.eraText ? ctx.eraText(label) : label;
	}

	/** Sticky era label, ruler viewport, and pan the ruler window when the list leaves it. */
	afterScroll(): void {
		if (!this.items.length) {
			this.sticky.setText("");
			return;
		}
		const [a, b] = this.list.visibleRange();
		const header = this.items[this.eraOf[Math.max(0, a)]];
		const label = header < 0 ? this.eraText(this.eras[-1 - header]?.label ?? "") : "";
		if (this.sticky.textContent !== label) this.sticky.setText(label);
		const y1 = this.starts[this.posNear(a)];
		const y2 = this.starts[this.posNear(b)];
		const lo = Math.min(y1, y2);
		const hi = Math.max(y1, y2);
		if (this.zoom > 0 && (lo < this.window.lo || hi > this.window.hi)) {
			this.window = windowAround(this.full, this.zoom, (lo + hi) / 2);
			this.ruler.setWindow(this.window.lo, this.window.hi);
			this.redraw();
		}
		this.ruler.setViewport(y1, y2);
	}

	/** Scroll the list to the first event at or after the year (at or before it, when newest first). */
	jumpToYear(year: number): void {
		const pos = searchYear(this.starts, year, this.descending);
		// the event lands just below the sticky header, which then shows its era
		if (pos >= 0) this.list.scrollToIndex(this.itemOf[pos], "start");
		this.afterScroll();
	}

	/** Is any event of the brief on screen? */
	showsBrief(path: string): boolean {
		const [a, b] = this.list.visibleRange();
		for (let i = Math.max(0, a); i <= b && i < this.items.length; i++) {
			const pos = this.items[i];
			if (pos >= 0 && this.events.at(pos)?.briefPath === path) return true;
		}
		return false;
	}

	/** Select the event at a position: highlight it, announce it, keep it in view. */
	select(pos: number, scroll = true): void {
		if (!this.events.length) return;
		const p = Math.max(0, Math.min(this.events.length - 1, pos));
		const prev = this.selected >= 0 ? this.list.rowOf(this.itemOf[this.selected]) : undefined;
		prev?.removeClass("is-selected");
		prev?.setAttr("aria-selected", "false");
		this.selected = p;
		this.ctx = null;
		if (scroll) this.list.scrollToIndex(this.itemOf[p], "nearest");
		const row = this.list.rowOf(this.itemOf[p]);
		row?.addClass("is-selected");
		row?.setAttr("aria-selected", "true");
		this.scroller.setAttr("aria-activedescendant", rowId(this.idPrefix, p));
	}
}
