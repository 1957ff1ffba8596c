import { ItemView, type App, type HoverParent, type HoverPopover, type Menu, type WorkspaceLeaf } from "obsidian";
import { TimelineSnapshot, type EventSeq } from "../../core/index/snapshot";
import type { IndexFilter } from "../../core/index/types";
import type { HistEvent } from "../../core/model";
import type { StudyHost } from "../host";
import { mountProgressLine } from "../progress/line";
import { addAxisMenuItems } from "./axis/menu";
import { mountAxis } from "./axis/mount";
import type { AxisPane } from "./axis/pane";
import { TimelineBody } from "./body";
import { COURSE_PALETTE, courseColorIndex } from "./colors";
import { showCourseColorMenu } from "./course-menu";
import { bindInteractions, copyAll } from "./interactions";
import { bindPanels, renderEmpty } from "./panels";
import { rowContextOf, syncChrome } from "./row-context";
import type { InteractionsTarget, PanelsTarget } from "./targets";
import type { RowContext } from "./rows";
import { courseIn, coursesOf, scopeFilter, tagsOf, titleIn } from "./scope";
import { MAX_ZOOM, parseState, Toolbar, type TimelineState } from "./toolbar";
import { t } from "../../obsidian/i18n";

export const VIEW_TYPE_TIMELINE = "study-briefs-timeline";

let viewCounter = 0;

/** The timeline view: every dated event of the briefs in one chronological, virtualized list. */
export class TimelineView extends ItemView implements HoverParent, InteractionsTarget, PanelsTarget {
	/** Page previews opened from this view attach here (Obsidian's hover-link protocol). */
	hoverPopover: HoverPopover | null = null;
	state: TimelineState;
	activePath: string | null = null;
	renderedRevision = -1;
	private colors = new Map<string, string>();
	private flat: { seq: EventSeq; events: HistEvent[] } | null = null;
	private stale = false;
	private refreshTimer = 0;
	private filterTimer = 0;
	readonly idPrefix = `sb-tl-${++viewCounter}`;
	toolbar!: Toolbar;
	body!: TimelineBody;
	/** The time axis (axis mode). */
	axis!: AxisPane;
	private emptyEl!: HTMLElement;
	private footerEl!: HTMLElement;

	constructor(
		leaf: WorkspaceLeaf,
		readonly host: StudyHost,
	) {
		super(leaf);
		const s = host.settings;
		this.state = {
			scope: "all",
			tag: "",
			course: "",
			text: "",
			includeUnpublished: s.includeUnpublished,
			descending: s.timelineDescending,
			zoom: 0,
			mode: "list",
			lanes: "course",
		};
	}

	getViewType(): string {
		return VIEW_TYPE_TIMELINE;
	}

	getDisplayText(): string {
		return t("Timeline");
	}

	getIcon(): string {
		return "calendar-range";
	}

	// The list, its events and navigation live in the body; these are the view's handles on them.
	/** The events shown, as one flat array: a copy made on demand (export, tests), kept until the next refresh. */
	get events(): HistEvent[] {
		if (this.flat?.seq !== this.body.events)
			this.flat = { seq: this.body.events, events: this.body.events.toArray() };
		return this.flat.events;
	}
	/** The event at a display position. */
	eventAt(pos: number): HistEvent | undefined {
		return Number.isInteger(pos) ? this.body.events.at(pos) : undefined;
	}
	get list() {
		return this.body.list;
	}
	get scroller(): HTMLElement {
		return this.body.scroller;
	}
	get canvas(): HTMLElement {
		return this.body.canvas;
	}
	get selected(): number {
		return this.body.selected;
	}
	select(pos: number, scroll = true): void {
		this.body.select(pos, scroll);
	}
	topPos(): number {
		return this.body.topPos();
	}
	itemIndexOf(pos: number): number {
		return this.body.itemIndexOf(pos);
	}
	jumpToYear(year: number): void {
		this.body.jumpToYear(year);
	}

	async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("sb-tl-view");
		const on = <K extends keyof HTMLElementEventMap>(
			el: HTMLElement,
			type: K,
			fn: (e: HTMLElementEventMap[K]) => void,
		) => this.registerDomEvent(el, type, fn);
		this.toolbar = new Toolbar(
			root,
			{
				change: (p) => this.change(p),
				zoom: (d) => this.zoom(d),
				copy: () => void copyAll(this),
				legend: (c) =>
					this.change(
						this.state.scope === "folder" && this.state.course === c
							? { scope: "all" }
							: { scope: "folder", course: c },
					),
				legendMenu: (c, e) => showCourseColorMenu(this, c, e),
			},
			on,
		);
		this.body = new TimelineBody(root, this.idPrefix, () => this.rowContext());
		this.body.ruler.bind((type, fn) => this.registerDomEvent(this.body.ruler.el, type, fn));
		this.registerDomEvent(this.body.ruler.el, "keydown", (e) => this.body.ruler.onKey(e, (d) => this.zoom(d)));
		this.axis = mountAxis(this);
		this.emptyEl = root.createDiv({ cls: "sb-tl-empty" });
		this.footerEl = root.createDiv({ cls: "sb-tl-problems" });
		this.activePath = this.host.activePath();
		this.registerDomEvent(this.scroller, "scroll", () => this.body.onScroll(), { passive: true });
		bindInteractions(this);
		bindPanels(this, this.emptyEl, this.footerEl);
		this.register(this.host.index.onChange(() => this.scheduleRefresh()));
		this.register(this.host.onActiveChange((p) => this.onActiveChange(p)));
		if (typeof ResizeObserver !== "undefined") {
			const ro = new ResizeObserver(() => this.onResize());
			ro.observe(this.scroller);
			this.register(() => ro.disconnect());
		}
		const ws = (this.app as Partial<App> | undefined)?.workspace;
		if (ws) this.registerEvent(ws.on("css-change", () => (this.body.ruler.draw(), this.axis.draw())));
		this.register(() => window.clearTimeout(this.refreshTimer));
		this.register(() => window.clearTimeout(this.filterTimer));
		mountProgressLine(this, this.host.indexing);
		this.refresh(false);
	}

	onPaneMenu(menu: Menu, source: string): void {
		super.onPaneMenu(menu, source);
		addAxisMenuItems(this, menu);
	}

	async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	getState(): Record<string, unknown> {
		const { scope, tag, course, descending, zoom, includeUnpublished, mode, lanes } = this.state;
		return { scope, tag, course, descending, zoom, includeUnpublished, mode, lanes };
	}

	async setState(state: unknown, result: Parameters<ItemView["setState"]>[1]): Promise<void> {
		const patch = parseState(state);
		if (Object.keys(patch).length) {
			Object.assign(this.state, patch);
			if (this.body) this.refresh(false);
		}
		await super.setState(state, result);
	}

	onResize(): void {
		if (!this.body) return;
		if (this.stale && this.isVisible()) this.refresh(true);
		if (this.state.mode === "axis") return this.axis.resize();
		this.list.update();
		this.body.ruler.draw();
		this.body.afterScroll();
	}

	/** Shown on screen (not in a background tab or a collapsed sidebar). */
	isVisible(): boolean {
		return this.containerEl.isShown() && this.contentEl.getClientRects().length > 0;
	}

	filter(): IndexFilter | null {
		return scopeFilter(this.state, this.host.index, this.activePath);
	}

	change(patch: Partial<TimelineState>): void {
		Object.assign(this.state, patch);
		if (Object.keys(patch).length === 1 && patch.text !== undefined) {
			window.clearTimeout(this.filterTimer);
			this.filterTimer = window.setTimeout(() => this.refresh(false), 120);
			return;
		}
		if (patch.scope === "tag" && !this.state.tag)
			this.state.tag = tagsOf(this.host.index, this.state.includeUnpublished)[0] ?? "";
		if (patch.scope === "folder" && patch.course === undefined)
			this.state.course ||= coursesOf(this.host.index, this.state.includeUnpublished)[0] ?? "";
		this.refresh(patch.descending === undefined && patch.scope === undefined);
	}

	zoom(delta: number | "fit"): void {
		if (this.state.mode === "axis") return delta === "fit" ? this.axis.fit() : this.axis.zoomBy(2 ** delta);
		const z = delta === "fit" ? 0 : Math.max(0, Math.min(MAX_ZOOM, this.state.zoom + delta));
		if (z === this.state.zoom && delta !== "fit") return;
		this.state.zoom = z;
		this.refresh(true);
	}

	titleOf(path: string): string {
		return titleIn(this.host.index, path);
	}

	rowContext(): RowContext {
		return rowContextOf(this, (course) => this.colors.get(course));
	}

	/** Re-query the index and rebuild the list; `anchor` keeps the top visible event where it is. */
	refresh(anchor: boolean): void {
		try {
			this.rebuild(anchor);
		} catch (e) {
			console.error("Study Briefs: timeline could not render", e);
			this.emptyEl.empty();
			this.emptyEl.createDiv({ cls: "sb-tl-empty-title", text: t("The timeline could not be shown.") });
			this.emptyEl.createDiv({ text: e instanceof Error ? e.message : String(e) });
			this.contentEl.addClass("sb-tl-is-empty");
		}
	}

	private rebuild(anchor: boolean): void {
		const idx = this.host.index;
		this.stale = false;
		this.renderedRevision = idx.revision;
		const filter = this.filter();
		// The block-shared snapshot: an edit of one brief costs the blocks it changed, not a copy of every event.
		const chrono = filter
			? (idx.timelineSnapshot?.(filter) ?? TimelineSnapshot.of(idx.timeline(filter)))
			: TimelineSnapshot.of([]);
		const events = this.state.descending ? chrono.reversed() : chrono;
		this.body.zoom = this.state.zoom;
		this.body.descending = this.state.descending;
		// colours first: the rows drawn by show() read them
		const counts = this.body.show(
			events,
			(p) => courseIn(idx, p),
			anchor,
			(c) => this.setColors(c.keys()),
		);
		const n = events.length;
		const axis = this.state.mode === "axis";
		this.body.ruler.el.toggleClass("sb-tl-hidden", axis);
		this.scroller.toggleClass("sb-tl-hidden", axis);
		this.axis.el.toggleClass("sb-tl-hidden", !axis || n === 0);
		if (axis) this.axis.show(chrono.toArray(), this.state.lanes);
		this.contentEl.toggleClass("sb-tl-is-empty", n === 0);
		renderEmpty(this, this.emptyEl, n === 0);
		syncChrome(this, { counts, colors: this.colors, n }, this.footerEl);
	}

	/** Palette index per course shown (stable, distinct up to 12, settings win); the axis uses the same. */
	colorIndex = new Map<string, number>();
	private setColors(courses: Iterable<string>): void {
		this.colorIndex = courseColorIndex(courses, this.host.settings.courseColors ?? {});
		this.colors = new Map([...this.colorIndex].map(([c, k]) => [c, COURSE_PALETTE[k]]));
	}

	private scheduleRefresh(): void {
		window.clearTimeout(this.refreshTimer);
		this.refreshTimer = window.setTimeout(() => {
			if (this.host.index.revision === this.renderedRevision) return;
			if (this.isVisible()) this.refresh(true);
			else this.stale = true;
		}, 150);
	}

	/** Follow the active note: re-scope, or highlight its events and bring them on screen. */
	private onActiveChange(path: string | null): void {
		if (path === this.activePath) return;
		this.activePath = path;
		if (this.state.scope === "active" || this.state.scope === "course") return this.refresh(false);
		if (!this.host.settings.followActiveNote) return;
		this.body.redraw();
		const first = path ? this.body.events.findIndex((e) => e.briefPath === path) : -1;
		if (first >= 0 && path && !this.body.showsBrief(path))
			this.list.scrollToIndex(this.body.itemIndexOf(first), "start");
		this.body.afterScroll();
	}
}
