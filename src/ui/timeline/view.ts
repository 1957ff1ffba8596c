import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { IndexFilter } from "../../core/index/types";
import type { HistEvent } from "../../core/model";
import type { StudyHost } from "../host";
import { courseColors } from "./colors";
import { layout, measure, searchYear, windowAround } from "./data";
import type { EraGranularity, TimelineItem } from "./eras";
import { bindInteractions, copyAll } from "./interactions";
import { bindPanels, renderEmpty, renderProblems } from "./panels";
import { ERA_HEIGHT, itemHeight, renderItem, rowId, type RowContext } from "./rows";
import { Ruler } from "./ruler";
import { MAX_ZOOM, parseState, Toolbar, type TimelineState } from "./toolbar";
import { VirtualList } from "./virtual-list";

export const VIEW_TYPE_TIMELINE = "study-briefs-timeline";

let viewCounter = 0;

export class TimelineView extends ItemView {
	state: TimelineState;
	events: HistEvent[] = [];
	items: TimelineItem[] = [];
	/** Event position -> item index, and item index -> index of its era header. */
	private itemOf: Int32Array = new Int32Array(0);
	private eraOf: Int32Array = new Int32Array(0);
	/** Start year of each event in display order (monotonic). */
	private starts: Float64Array = new Float64Array(0);
	selected = -1;
	activePath: string | null = null;
	granularity: EraGranularity = "century";
	private full = { lo: 0, hi: 1 };
	window = { lo: 0, hi: 1 };
	private colors = new Map<string, string>();
	renderedRevision = -1;
	private stale = false;
	private refreshTimer = 0;
	private filterTimer = 0;
	readonly idPrefix = `sb-tl-${++viewCounter}`;

	toolbar!: Toolbar;
	ruler!: Ruler;
	scroller!: HTMLElement;
	canvas!: HTMLElement;
	private sticky!: HTMLElement;
	private emptyEl!: HTMLElement;
	private footerEl!: HTMLElement;
	list!: VirtualList<TimelineItem>;

	constructor(leaf: WorkspaceLeaf, readonly host: StudyHost) {
		super(leaf);
		this.state = {
			scope: "all",
			tag: "",
			text: "",
			includeUnpublished: host.settings.includeUnpublished,
			descending: host.settings.timelineDescending,
			zoom: 0,
		};
	}

	getViewType(): string {
		return VIEW_TYPE_TIMELINE;
	}

	getDisplayText(): string {
		return "Timeline";
	}

	getIcon(): string {
		return "calendar-range";
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("sb-tl-view");
		const on = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
			this.registerDomEvent(el, type, fn);
		this.toolbar = new Toolbar(root, { change: (p) => this.change(p), zoom: (d) => this.zoom(d), copy: () => void copyAll(this) }, on);
		this.ruler = new Ruler(root, (year) => this.jumpToYear(year));
		this.ruler.bind((type, fn) => this.registerDomEvent(this.ruler.el, type, fn));
		this.scroller = root.createDiv({ cls: "sb-tl-scroller", attr: { role: "listbox", tabindex: "0", "aria-label": "Timeline events" } });
		this.sticky = this.scroller.createDiv({ cls: "sb-tl-sticky", attr: { "aria-hidden": "true" } });
		this.canvas = this.scroller.createDiv({ cls: "sb-tl-canvas" });
		this.emptyEl = root.createDiv({ cls: "sb-tl-empty" });
		this.footerEl = root.createDiv({ cls: "sb-tl-problems" });
		this.list = new VirtualList<TimelineItem>({
			scroller: this.scroller,
			canvas: this.canvas,
			heightOf: itemHeight,
			render: (item, _i, el) => renderItem(item, el, this.rowContext()),
			overscan: 320,
			topInset: ERA_HEIGHT,
		});
		this.activePath = this.host.activePath();
		this.registerDomEvent(this.scroller, "scroll", () => this.onScroll(), { passive: true });
		bindInteractions(this);
		bindPanels(this, this.emptyEl, this.footerEl);
		this.register(this.host.index.onChange(() => this.scheduleRefresh()));
		this.register(this.host.onActiveChange((p) => this.onActiveChange(p)));
		const ro = new ResizeObserver(() => this.onResize());
		ro.observe(this.scroller);
		this.register(() => ro.disconnect());
		this.register(() => window.clearTimeout(this.refreshTimer));
		this.register(() => window.clearTimeout(this.filterTimer));
		this.refresh(false);
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	getState(): Record<string, unknown> {
		const { scope, tag, descending, zoom, includeUnpublished } = this.state;
		return { scope, tag, descending, zoom, includeUnpublished };
	}

	async setState(state: unknown, result: Parameters<ItemView["setState"]>[1]): Promise<void> {
		const patch = parseState(state);
		if (Object.keys(patch).length) {
			Object.assign(this.state, patch);
			if (this.list) this.refresh(false);
		}
		await super.setState(state, result);
	}

	onResize(): void {
		if (!this.list) return;
		if (this.stale && this.isVisible()) this.refresh(true);
		this.list.update();
		this.ruler.draw();
		this.afterScroll();
	}

	isVisible(): boolean {
		return this.containerEl.isShown();
	}

	/** What the current scope and filters ask the index for; null when the scope has nothing to show. */
	filter(): IndexFilter | null {
		const s = this.state;
		const f: IndexFilter = { includeUnpublished: s.includeUnpublished };
		if (s.text.trim()) f.text = s.text.trim();
		if (s.scope === "active" || s.scope === "course") {
			const brief = this.activePath ? this.host.index.get(this.activePath) : undefined;
			if (!brief) return null;
			if (s.scope === "active") f.brief = brief.path;
			else f.folder = brief.course;
		} else if (s.scope === "tag") {
			if (!s.tag) return null;
			f.tag = s.tag;
		}
		return f;
	}

	change(patch: Partial<TimelineState>): void {
		Object.assign(this.state, patch);
		if (Object.keys(patch).length === 1 && patch.text !== undefined) {
			window.clearTimeout(this.filterTimer);
			this.filterTimer = window.setTimeout(() => this.refresh(false), 120);
			return;
		}
		if (patch.scope === "tag" && !this.state.tag) this.state.tag = this.tags()[0] ?? "";
		this.refresh(patch.descending === undefined && patch.scope === undefined);
	}

	zoom(delta: number | "fit"): void {
		const z = delta === "fit" ? 0 : Math.max(0, Math.min(MAX_ZOOM, this.state.zoom + delta));
		if (z === this.state.zoom && delta !== "fit") return;
		this.state.zoom = z;
		this.refresh(true);
	}

	private tags(): string[] {
		const set = new Set<string>();
		for (const b of this.host.index.briefs({ includeUnpublished: this.state.includeUnpublished })) for (const t of b.tags) set.add(t);
		return [...set].sort((a, b) => a.localeCompare(b));
	}

	titleOf(path: string): string {
		return this.host.index.get(path)?.title ?? path.replace(/\.md$/i, "").split("/").pop() ?? path;
	}

	private courseOf(path: string): string {
		return this.host.index.get(path)?.course ?? path.split("/").slice(0, -1).join("/");
	}

	rowContext(): RowContext {
		return {
			idPrefix: this.idPrefix,
			titleOf: (p) => this.titleOf(p),
			courseOf: (p) => this.courseOf(p),
			colorOf: (p) => this.colors.get(this.courseOf(p)) ?? "var(--text-faint)",
			window: this.window,
			activePath: this.host.settings.followActiveNote ? this.activePath : null,
			selected: this.selected,
			total: this.events.length,
			stats: this.host.reviewStats ? (p) => this.host.reviewStats?.(p) ?? null : undefined,
		};
	}

	/** Re-query the index and rebuild the list; `anchor` keeps the top visible event where it is. */
	refresh(anchor: boolean): void {
		try {
			this.rebuild(anchor);
		} catch (e) {
			console.error("Study Briefs: timeline could not render", e);
			this.emptyEl.empty();
			this.emptyEl.createDiv({ cls: "sb-tl-empty-title", text: "The timeline could not be shown." });
			this.emptyEl.createDiv({ text: e instanceof Error ? e.message : String(e) });
			this.contentEl.addClass("sb-tl-is-empty");
		}
	}

	private rebuild(anchor: boolean): void {
		const idx = this.host.index;
		const topId = anchor ? this.events[this.topPos()]?.id : undefined;
		const delta = anchor && topId ? this.list.offsetOf(this.itemOf[this.topPos()]) - this.scroller.scrollTop : 0;
		this.stale = false;
		this.renderedRevision = idx.revision;
		const filter = this.filter();
		let events = filter ? idx.timeline(filter) : [];
		if (this.state.descending) events = events.slice().reverse();
		this.events = events;
		const all = idx.briefs({ includeUnpublished: true });
		this.colors = courseColors(all.map((b) => b.course));
		const n = events.length;
		const m = measure(events, (p) => this.courseOf(p));
		this.starts = m.starts;
		this.full = m.full;
		const topPos = topId ? events.findIndex((e) => e.id === topId) : -1;
		const center = topPos >= 0 ? this.starts[topPos] : this.state.descending ? this.full.hi : this.full.lo;
		this.window = windowAround(this.full, this.state.zoom, center);
		const lay = layout(events, this.window);
		this.granularity = lay.granularity;
		this.items = lay.items;
		this.itemOf = lay.itemOf;
		this.eraOf = lay.eraOf;
		if (this.selected >= n) this.selected = n - 1;
		this.ruler.setData(this.starts, this.window.lo, this.window.hi);
		this.list.setItems(this.items);
		if (topPos >= 0) this.scroller.scrollTop = Math.max(0, this.list.offsetOf(this.itemOf[topPos]) - delta);
		else if (!anchor) this.scroller.scrollTop = 0;
		this.list.update();
		this.toolbar.sync(this.state, this.tags());
		this.toolbar.setLegend(m.counts, this.colors);
		this.toolbar.count.setText(`${n.toLocaleString()} ${n === 1 ? "event" : "events"}`);
		this.contentEl.toggleClass("sb-tl-is-empty", n === 0);
		renderEmpty(this, this.emptyEl, n === 0);
		renderProblems(this.footerEl, idx.problems());
		this.afterScroll();
	}

	/** Position of the event at the top of the list (or -1). */
	topPos(): number {
		if (!this.items.length) return -1;
		for (let i = Math.max(0, this.list.topIndex()); i < this.items.length; i++) {
			const it = this.items[i];
			if (it.kind === "event") return it.pos;
		}
		return this.events.length - 1;
	}

	private onScroll(): void {
		this.list.update();
		this.afterScroll();
	}

	/** Sticky era label, ruler viewport, and pan the ruler window when the list leaves it. */
	private afterScroll(): void {
		if (!this.items.length) {
			this.sticky.setText("");
			return;
		}
		const [a, b] = this.list.visibleRange();
		const era = this.items[this.eraOf[Math.max(0, a)]];
		this.sticky.setText(era?.kind === "era" ? era.label : "");
		const y1 = this.starts[this.posNear(a)];
		const y2 = this.starts[this.posNear(b)];
		const w = this.window;
		const lo = Math.min(y1, y2);
		const hi = Math.max(y1, y2);
		if (this.state.zoom > 0 && (lo < w.lo || hi > w.hi)) {
			this.window = windowAround(this.full, this.state.zoom, (lo + hi) / 2);
			this.ruler.setWindow(this.window.lo, this.window.hi);
			this.list.refresh();
		}
		this.ruler.setViewport(y1, y2);
	}

	private posNear(itemIndex: number): number {
		for (let i = Math.max(0, itemIndex); i < this.items.length; i++) {
			const it = this.items[i];
			if (it.kind === "event") return it.pos;
		}
		return Math.max(0, this.events.length - 1);
	}

	/** Scroll the list to the first event at or after the year (before it, when newest first). */
	jumpToYear(year: number): void {
		const pos = searchYear(this.starts, year, this.state.descending);
		if (pos >= 0) this.list.scrollToIndex(this.eraStartOf(pos), "start");
		this.afterScroll();
	}

	/** The item to scroll to for an event: its era header when it is the era's first event. */
	private eraStartOf(pos: number): number {
		const i = this.itemOf[pos];
		return this.items[i - 1]?.kind === "era" ? i - 1 : i;
	}

	/** Select the event at a position: highlight it, announce it, keep it in view. */
	select(pos: number, scroll = true): void {
		if (!this.events.length) return;
		const p = Math.max(0, Math.min(this.events.length - 1, pos));
		const prev = this.list.rowOf(this.itemOf[this.selected] ?? -1);
		if (this.selected >= 0 && prev) {
			prev.removeClass("is-selected");
			prev.setAttr("aria-selected", "false");
		}
		this.selected = p;
		if (scroll) this.list.scrollToIndex(this.itemOf[p], "nearest");
		const row = this.list.rowOf(this.itemOf[p]);
		row?.addClass("is-selected");
		row?.setAttr("aria-selected", "true");
		this.scroller.setAttr("aria-activedescendant", rowId(this.idPrefix, p));
	}

	private scheduleRefresh(): void {
		window.clearTimeout(this.refreshTimer);
		this.refreshTimer = window.setTimeout(() => {
			if (this.host.index.revision === this.renderedRevision) return;
			if (this.isVisible()) this.refresh(true);
			else this.stale = true;
		}, 150);
	}

	private onActiveChange(path: string | null): void {
		if (path === this.activePath) return;
		this.activePath = path;
		if (this.state.scope === "active" || this.state.scope === "course") return this.refresh(false);
		if (!this.host.settings.followActiveNote) return;
		this.list.refresh();
		const first = path ? this.events.findIndex((e) => e.briefPath === path) : -1;
		if (first < 0) return;
		const [a, b] = this.list.visibleRange();
		const shown = this.events.some((e, i) => e.briefPath === path && this.itemOf[i] >= a && this.itemOf[i] <= b);
		if (!shown) this.list.scrollToIndex(this.eraStartOf(first), "start");
		this.afterScroll();
	}

	itemIndexOf(pos: number): number {
		return this.itemOf[pos] ?? -1;
	}
}
