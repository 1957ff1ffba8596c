/**
 * The axis mode of the timeline: a proportional, zoomable time axis of the same events as the list.
 * Owns its elements and viewport; the view registers the listeners (see bind.ts) and feeds it events.
 */
import { setIcon } from "obsidian";
import {
	buildScale,
	centreOn,
	eventYears,
	fitView,
	laneKey,
	laneName,
	panBy,
	prepareAxis,
	resizeView,
	vAt,
	zoomAt,
	type AxisData,
	type AxisScale,
	type LaneMode,
	type LaneSource,
	type Viewport,
} from "../../../core/axis";
import type { HistEvent } from "../../../core/model";
import { svgEl } from "../../dashboard/svg";
import { drawAxis, type DrawResult } from "./draw";
import { axisLabeler, eventLabel } from "./geometry";
import { AxisCanvas } from "./paint";
import { t, tk } from "../../../obsidian/i18n";

export type On = <K extends keyof HTMLElementEventMap>(
	el: HTMLElement,
	type: K,
	fn: (e: HTMLElementEventMap[K]) => void,
	opts?: AddEventListenerOptions,
) => void;

export interface AxisHost {
	/** Course colour class of a brief (sb-ax-c0 ..). */
	colorClass(briefPath: string): string;
	lanes: LaneSource;
	/** The lane mode changed in the axis' own toolbar. */
	setLaneMode(mode: LaneMode): void;
	/** Switch to the list (the screen-reader fallback). */
	showList(): void;
	exportImage(kind: "svg" | "png"): void;
	/** The shown date labels of these events (era setting, "AD 43" beside BC dates); default shownLabel. */
	dateLabeler?(events: HistEvent[]): (ev: HistEvent) => string;
	/** Tick words in the "Era labels" setting; default as built. */
	eraText?: (label: string) => string;
}

const LANE_LABELS: Array<[LaneMode, string]> = [
	["none", tk("No lanes")],
	["course", tk("Lanes by course")],
	["brief", tk("Lanes by brief")],
	["tag", tk("Lanes by tag")],
];

export class AxisPane {
	readonly el: HTMLElement;
	readonly viewport: HTMLElement;
	readonly svg: SVGSVGElement;
	/** The dense layer (bars, markers, labels, clusters), over the SVG grid. */
	readonly canvas: AxisCanvas;
	readonly laneSelect: HTMLSelectElement;
	readonly status: HTMLElement;
	events: HistEvent[] = [];
	data: AxisData | null = null;
	/** Mark labels of the events shown (see axisLabeler). */
	labelOf: (ev: HistEvent) => string = eventLabel;
	scale: AxisScale = buildScale([], []);
	view: Viewport = { v0: 0, pxPerV: 1, width: 1 };
	selected = -1;
	laneMode: LaneMode = "course";
	last: DrawResult | null = null;
	/** Re-reads the course colours before a show (set by mount). */
	refreshColors: () => void = () => undefined;
	private frame = 0;
	private fitted = false;

	constructor(
		parent: HTMLElement,
		readonly host: AxisHost,
		on: On,
	) {
		this.el = parent.createDiv({ cls: "sb-ax sb-tl-hidden" });
		const bar = this.el.createDiv({ cls: "sb-ax-bar" });
		this.laneSelect = bar.createEl("select", {
			cls: "dropdown sb-ax-lanes",
			attr: { "aria-label": t("Swimlanes") },
		});
		for (const [v, label] of LANE_LABELS)
			this.laneSelect.createEl("option", { text: t(label), attr: { value: v } });
		on(this.laneSelect, "change", () => this.host.setLaneMode(this.laneSelect.value as LaneMode));
		const buttons = bar.createDiv({ cls: "sb-ax-buttons" });
		const button = (icon: string, label: string, fn: () => void) => {
			const b = buttons.createEl("button", { cls: "clickable-icon sb-ax-button", attr: { "aria-label": label } });
			setIcon(b, icon);
			on(b, "click", fn);
			return b;
		};
		button("image-down", t("Export as SVG image"), () => this.host.exportImage("svg"));
		button("image", t("Export as PNG image"), () => this.host.exportImage("png"));
		const list = bar.createEl("button", { cls: "sb-ax-to-list", text: t("Show as list") });
		on(list, "click", () => this.host.showList());
		this.status = this.el.createDiv({ cls: "sb-ax-status", attr: { "aria-live": "polite" } });
		this.viewport = this.el.createDiv({
			cls: "sb-ax-viewport",
			attr: {
				tabindex: "0",
				role: "application",
				"aria-roledescription": t("time axis"),
				"aria-label": t(
					"Time axis. Left and right arrows move between events, shift with arrows pans, plus and minus zoom, Enter opens. The list mode shows the same events as a list.",
				),
			},
		});
		this.svg = svgEl(this.viewport, "svg", { "aria-hidden": "true", focusable: "false" }, "sb-ax-svg");
		this.canvas = new AxisCanvas(this.viewport);
	}

	get width(): number {
		return Math.max(this.viewport.clientWidth, 1);
	}

	/** Show these events (chronological order) in lanes; keeps the window unless it was never fitted. */
	show(events: HistEvent[], mode: LaneMode): void {
		this.refreshColors();
		this.events = events;
		this.laneMode = mode;
		this.laneSelect.value = mode;
		const ys = events.map(eventYears);
		this.scale = buildScale(
			ys.map((y) => y[0]),
			ys.map((y) => y[1]),
		);
		this.data = prepareAxis(events, this.scale, (ev) => laneKey(mode, ev, this.host.lanes));
		this.labelOf = axisLabeler(this.host.dateLabeler?.(events));
		if (this.selected >= events.length) this.selected = -1;
		if (!this.fitted || this.view.width !== this.width) this.view = fitView(this.scale, this.width);
		this.fitted = true;
		this.draw();
	}

	fit(): void {
		this.view = fitView(this.scale, this.width);
		this.requestDraw();
	}

	/** Zoom by a factor around x (default the centre). */
	zoomBy(factor: number, x = this.view.width / 2): void {
		this.view = zoomAt(this.scale, this.view, factor, x);
		this.requestDraw();
	}

	panBy(dx: number): void {
		this.view = panBy(this.scale, this.view, dx);
		this.requestDraw();
	}

	resize(): void {
		if (this.width === this.view.width) return;
		this.view = resizeView(this.scale, this.view, this.width);
		this.draw();
	}

	/** The fractional astronomical year at a pixel of the viewport. */
	yearAt(x: number): number {
		return this.scale.fromV(vAt(this.view, x));
	}

	/** Select an event (chronological position) and bring it on screen. */
	select(pos: number): void {
		if (!this.data || !this.events.length) return;
		this.selected = Math.max(0, Math.min(this.events.length - 1, pos));
		const v = this.data.vStart[this.selected];
		const x = (v - this.view.v0) * this.view.pxPerV;
		if (x < 16 || x > this.view.width - 16) this.view = centreOn(this.scale, this.view, v);
		const ev = this.events[this.selected];
		this.status.setText(`${ev.date.label}: ${ev.text} (${t("{0} of {1}", this.selected + 1, this.events.length)})`);
		this.draw();
	}

	requestDraw(): void {
		if (this.frame) return;
		this.frame = window.requestAnimationFrame(() => {
			this.frame = 0;
			this.draw();
		});
	}

	cancel(): void {
		if (this.frame) window.cancelAnimationFrame(this.frame);
		this.frame = 0;
	}

	draw(): DrawResult | null {
		this.cancel();
		if (!this.data) return null;
		const names = this.data.lanes.map((k) => laneName(this.laneMode, k));
		this.last = drawAxis(this.svg, {
			data: this.data,
			scale: this.scale,
			view: this.view,
			laneNames: names,
			colorClass: (i) => this.host.colorClass(this.events[i].briefPath),
			selected: this.selected,
			canvas: this.canvas,
			labelOf: this.labelOf,
			tickText: this.host.eraText,
		});
		return this.last;
	}
}
