import { setIcon } from "obsidian";
import { LANE_MODES, type LaneMode } from "../../core/axis/lanes";
import { courseName, courseShortName } from "./colors";
import { t, tk } from "../../obsidian/i18n";
import { plural } from "../progress/format";

export type Scope = "all" | "active" | "course" | "folder" | "tag";

/** What the reader chose; persisted in the view state. */
export interface TimelineState {
	scope: Scope;
	tag: string;
	/** The course (folder) shown when the scope is "folder" (picked, or clicked in the legend). */
	course: string;
	text: string;
	includeUnpublished: boolean;
	descending: boolean;
	/** 0 = fit; each step halves the ruler window. */
	zoom: number;
	/** The vertical list, or the proportional time axis. */
	mode: "list" | "axis";
	/** Swimlanes of the axis. */
	lanes: LaneMode;
}

export const MAX_ZOOM = 14;

/** The persisted part of a saved view state, validated (anything else is ignored). */
export function parseState(raw: unknown): Partial<TimelineState> {
	if (!raw || typeof raw !== "object") return {};
	const s = raw as Partial<Record<keyof TimelineState, unknown>>;
	const patch: Partial<TimelineState> = {};
	if (s.scope === "all" || s.scope === "active" || s.scope === "course" || s.scope === "folder" || s.scope === "tag")
		patch.scope = s.scope;
	if (typeof s.tag === "string") patch.tag = s.tag;
	if (typeof s.course === "string") patch.course = s.course;
	if (typeof s.descending === "boolean") patch.descending = s.descending;
	if (typeof s.includeUnpublished === "boolean") patch.includeUnpublished = s.includeUnpublished;
	if (s.mode === "list" || s.mode === "axis") patch.mode = s.mode;
	if (typeof s.lanes === "string" && (LANE_MODES as readonly string[]).includes(s.lanes))
		patch.lanes = s.lanes as LaneMode;
	if (typeof s.zoom === "number" && Number.isFinite(s.zoom))
		patch.zoom = Math.max(0, Math.min(MAX_ZOOM, Math.round(s.zoom)));
	return patch;
}

export interface ToolbarActions {
	change(patch: Partial<TimelineState>): void;
	zoom(delta: number | "fit"): void;
	copy(): void;
	/** A legend item was clicked (show only that course, or everything again). */
	legend(course: string): void;
	/** A legend item's context menu (its colour). */
	legendMenu(course: string, e: MouseEvent): void;
}

/** The controls above the timeline. Events are registered through `on` (the view's registerDomEvent). */
/** Registers a DOM listener for the view's lifetime (registerDomEvent). */
type On = <K extends keyof HTMLElementEventMap>(
	el: HTMLElement,
	type: K,
	fn: (e: HTMLElementEventMap[K]) => void,
) => void;

export class Toolbar {
	readonly el: HTMLElement;
	readonly filter: HTMLInputElement;
	private readonly scope: HTMLSelectElement;
	private readonly tag: HTMLSelectElement;
	private readonly coursePick: HTMLSelectElement;
	private readonly legendToggle: HTMLButtonElement;
	private shownCourses: string | null = null;
	private legendCourses: string[] = [];
	private readonly unpublished: HTMLInputElement;
	private readonly order: HTMLButtonElement;
	/** Switches between the list and the axis. */
	readonly modeButton: HTMLButtonElement;
	private modeIcon = "gantt-chart";
	private readonly legend: HTMLElement;
	readonly count: HTMLElement;
	/** What the tag list and the order button show now (rebuilt only when that changes). */
	private shownTags: string | null = null;
	private orderIcon = "arrow-down-narrow-wide";

	constructor(
		parent: HTMLElement,
		private readonly actions: ToolbarActions,
		on: On,
	) {
		this.el = parent.createDiv({ cls: "sb-tl-toolbar" });
		const row1 = this.el.createDiv({ cls: "sb-tl-toolbar-row" });
		this.filter = row1.createEl("input", {
			cls: "sb-tl-filter",
			attr: {
				type: "search",
				placeholder: t("Filter events…"),
				"aria-label": t("Filter events (press / to focus)"),
				spellcheck: "false",
			},
		});
		this.scope = row1.createEl("select", {
			cls: "dropdown sb-tl-scope",
			attr: { "aria-label": t("Which briefs") },
		});
		for (const [v, label] of [
			["all", t("All briefs")],
			["active", t("Active brief")],
			["course", t("Active brief's course")],
			["folder", t("Course…")],
			["tag", t("Tag…")],
		]) {
			this.scope.createEl("option", { text: label, attr: { value: v } });
		}
		this.coursePick = row1.createEl("select", {
			cls: "dropdown sb-tl-course-pick",
			attr: { "aria-label": t("Course") },
		});
		this.tag = row1.createEl("select", { cls: "dropdown sb-tl-tag", attr: { "aria-label": t("Tag") } });
		const label = row1.createEl("label", { cls: "sb-tl-unpublished" });
		this.unpublished = label.createEl("input", { attr: { type: "checkbox" } });
		label.appendText(t("Unpublished"));
		label.setAttr("title", t("Include notes that are not marked for publishing"));

		const row2 = this.el.createDiv({ cls: "sb-tl-toolbar-row" });
		this.count = row2.createDiv({ cls: "sb-tl-count", attr: { "aria-live": "polite" } });
		[this.legendToggle, this.legend] = this.buildLegend(row2, on);
		const buttons = row2.createDiv({ cls: "sb-tl-buttons" });
		this.modeButton = this.button(buttons, this.modeIcon, t("Show as time axis"), on, () =>
			this.actions.change({ mode: this.modeButton.getAttribute("data-mode") === "axis" ? "list" : "axis" }),
		);
		this.modeButton.addClass("sb-tl-mode");
		this.order = this.button(buttons, this.orderIcon, t("Oldest first (click for newest first)"), on, () =>
			this.actions.change({ descending: this.order.getAttribute("data-desc") !== "true" }),
		);
		this.button(buttons, "zoom-out", t("Zoom out (-)"), on, () => this.actions.zoom(-1));
		this.button(buttons, "zoom-in", t("Zoom in (+)"), on, () => this.actions.zoom(1));
		this.button(buttons, "maximize-2", t("Fit the whole timeline (0)"), on, () => this.actions.zoom("fit"));
		this.button(buttons, "clipboard-copy", t("Copy as Markdown"), on, () => this.actions.copy());

		this.bindInputs(on);
	}

	/** The course legend and, for phones, the button it folds behind (CSS shows it at narrow widths only). */
	private buildLegend(row2: HTMLElement, on: On): [HTMLButtonElement, HTMLElement] {
		// on phones the legend folds behind this button (CSS shows it at narrow widths only)
		const toggle = row2.createEl("button", {
			cls: "sb-tl-legend-toggle",
			text: t("Courses"),
			attr: { "aria-expanded": "false" },
		});
		on(toggle, "click", () => {
			const open = !this.el.hasClass("is-legend-open");
			this.el.toggleClass("is-legend-open", open);
			toggle.setAttr("aria-expanded", open ? "true" : "false");
		});
		const legend = row2.createDiv({
			cls: "sb-tl-legend",
			attr: { role: "group", "aria-label": t("Courses: click one to show only it") },
		});
		on(legend, "click", (e) => {
			const course = this.legendCourseOf(e.target);
			if (course !== null) this.actions.legend(course);
		});
		on(legend, "contextmenu", (e) => {
			const course = this.legendCourseOf(e.target);
			if (course === null) return;
			e.preventDefault();
			this.actions.legendMenu(course, e);
		});
		return [toggle, legend];
	}

	/** The filter field, the scope, tag and course pickers and the unpublished box. */
	private bindInputs(on: On): void {
		on(this.filter, "input", () => this.actions.change({ text: this.filter.value }));
		on(this.filter, "keydown", (e) => {
			if (e.key === "Escape" && this.filter.value) {
				this.filter.value = "";
				this.actions.change({ text: "" });
				e.stopPropagation();
			}
		});
		on(this.scope, "change", () => this.actions.change({ scope: this.scope.value as Scope }));
		on(this.tag, "change", () => this.actions.change({ tag: this.tag.value }));
		on(this.coursePick, "change", () => this.actions.change({ course: this.coursePick.value }));
		on(this.unpublished, "change", () => this.actions.change({ includeUnpublished: this.unpublished.checked }));
	}

	private button(parent: HTMLElement, icon: string, label: string, on: On, fn: () => void): HTMLButtonElement {
		const b = parent.createEl("button", { cls: "clickable-icon sb-tl-button", attr: { "aria-label": label } });
		setIcon(b, icon);
		on(b, "click", fn);
		return b;
	}

	private legendCourseOf(target: EventTarget | null): string | null {
		const item = target instanceof Element ? target.closest(".sb-tl-legend-item") : null;
		const k = Number(item?.getAttribute("data-index") ?? NaN);
		return Number.isInteger(k) && k >= 0 && k < this.legendCourses.length ? this.legendCourses[k] : null;
	}

	/** Show the state (after a load, or a change made elsewhere); `tags`/`courses` null: keep the lists shown. */
	sync(state: TimelineState, tags: string[] | null, courses: string[] | null = null): void {
		const courseKey = courses?.join("\n") ?? this.shownCourses;
		if (courses && courseKey !== this.shownCourses) {
			this.shownCourses = courseKey;
			this.coursePick.empty();
			for (const c of courses) this.coursePick.createEl("option", { text: courseName(c), attr: { value: c } });
			if (!courses.length) this.coursePick.createEl("option", { text: t("No courses"), attr: { value: "" } });
		}
		this.coursePick.value = state.course;
		this.coursePick.toggleClass("sb-tl-hidden", state.scope !== "folder");
		if (this.filter.value !== state.text) this.filter.value = state.text;
		this.scope.value = state.scope;
		this.unpublished.checked = state.includeUnpublished;
		const tagKey = tags?.join("\n") ?? this.shownTags;
		if (tags && tagKey !== this.shownTags) {
			this.shownTags = tagKey;
			this.tag.empty();
			for (const t of tags) this.tag.createEl("option", { text: `#${t}`, attr: { value: t } });
			if (!tags.length) this.tag.createEl("option", { text: t("No tags"), attr: { value: "" } });
		}
		this.tag.value = state.tag;
		this.tag.toggleClass("sb-tl-hidden", state.scope !== "tag");
		this.modeButton.setAttr("data-mode", state.mode);
		this.modeButton.setAttr("aria-label", state.mode === "axis" ? t("Show as list") : t("Show as time axis"));
		this.modeButton.setAttr("aria-pressed", state.mode === "axis" ? "true" : "false");
		const modeIcon = state.mode === "axis" ? "list" : "gantt-chart";
		if (modeIcon !== this.modeIcon) setIcon(this.modeButton, (this.modeIcon = modeIcon));
		this.el.toggleClass("sb-tl-axis-mode", state.mode === "axis");
		this.order.setAttr("data-desc", state.descending ? "true" : "false");
		const icon = state.descending ? "arrow-up-wide-narrow" : "arrow-down-narrow-wide";
		if (icon !== this.orderIcon) setIcon(this.order, (this.orderIcon = icon));
		this.order.setAttr(
			"aria-label",
			state.descending ? t("Newest first (click for oldest first)") : t("Oldest first (click for newest first)"),
		);
	}

	/**
	 * Course colours with the number of events shown per course: a toggle button per course (pressed when
	 * the view shows only that course), its folder's last segment as the label and the full path as tooltip.
	 */
	setLegend(counts: Map<string, number>, colors: Map<string, string>, only: string | null = null): void {
		this.legend.empty();
		this.legendCourses = [...counts.keys()].sort((a, b) => a.localeCompare(b));
		this.legendCourses.forEach((course, k) => {
			const n = counts.get(course) ?? 0;
			const pressed = only === course;
			const item = this.legend.createEl("button", {
				cls: "sb-tl-legend-item",
				attr: {
					"data-index": String(k),
					"aria-pressed": pressed ? "true" : "false",
					title: t(
						"{0}: {1}. {2}; right-click for its colour.",
						courseName(course),
						plural(n, tk("1 event"), tk("{0} events")),
						pressed ? t("Click to show every course") : t("Click to show only this course"),
					),
				},
			});
			item.createSpan({ cls: "sb-tl-legend-dot" }).setCssProps({
				"--sb-tl-course": colors.get(course) ?? "var(--text-faint)",
			});
			item.appendText(courseShortName(course));
		});
		this.legendToggle.setText(
			only !== null ? t("Course: {0}", courseShortName(only)) : t("Courses ({0})", this.legendCourses.length),
		);
	}
}
