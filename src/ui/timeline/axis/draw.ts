/**
 * Draws one frame of the live axis: the grid (ticks, axis breaks, lanes, cursor) as SVG whose few nodes are
 * kept between frames (see pool.ts), and the dense layer (bars, markers, labels, clusters) on a canvas
 * (see paint.ts). Only what is on screen is drawn (the layout bounds it), so a frame costs the same at 100
 * or 100,000 events, reads no layout, and adds no DOM nodes per mark.
 */
import {
	axisTicks,
	layoutAxis,
	spaceTicks,
	xOf,
	type AxisData,
	type AxisLayout,
	type AxisScale,
	type Viewport,
} from "../../../core/axis";
import { svgEl, svgTitle } from "../../dashboard/svg";
import { AXIS, eventLabel, isInferred, laneHeight, laneTop, layoutOptions } from "./geometry";
import type { HistEvent } from "../../../core/model";
import type { AxisCanvas } from "./paint";
import { px, SvgPool } from "./pool";
import { t } from "../../../obsidian/i18n";

export interface DrawContext {
	data: AxisData;
	scale: AxisScale;
	view: Viewport;
	/** Lane titles ("" for a single unnamed lane). */
	laneNames: string[];
	/** CSS class of an event's colour (sb-ax-c0 .. sb-ax-c11). */
	colorClass(event: number): string;
	selected: number;
	/** The canvas the dense layer is painted on. */
	canvas: AxisCanvas;
	/** A tick's words in the "Era labels" setting ("200 BCE"); default as built. */
	tickText?: (label: string) => string;
	/** A mark's label (axisLabeler); default eventLabel. */
	labelOf?: (ev: HistEvent) => string;
}

export interface DrawResult {
	height: number;
	/** What was drawn (export redraws it as SVG). */
	layout: AxisLayout;
	named: boolean;
	marks: number;
	clusters: number;
	visible: number;
}

/** The groups and node pools of one live SVG. */
class Frame {
	readonly breaks: SVGGElement;
	readonly tickLines: SvgPool<"line">;
	readonly tickLabels: SvgPool<"text">;
	readonly laneLines: SvgPool<"line">;
	readonly laneTitles: SvgPool<"text">;
	readonly cursor: SvgPool<"line">;
	breaksKey = "";
	size = "";

	constructor(svg: SVGSVGElement) {
		svg.replaceChildren();
		const grid = svgEl(svg, "g", {}, "sb-ax-grid");
		this.breaks = svgEl(grid, "g");
		this.tickLines = new SvgPool(grid, "line", "sb-ax-tick");
		this.tickLabels = new SvgPool(svgEl(grid, "g"), "text", "sb-ax-tick-label");
		this.laneLines = new SvgPool(grid, "line", "sb-ax-lane-line");
		this.laneTitles = new SvgPool(grid, "text", "sb-ax-lane-title");
		this.cursor = new SvgPool(svg, "line", "sb-ax-cursor");
	}

	get pools() {
		return [this.tickLines, this.tickLabels, this.laneLines, this.laneTitles, this.cursor];
	}
}

const frames = new WeakMap<SVGSVGElement, Frame>();

export function drawAxis(svg: SVGSVGElement, c: DrawContext): DrawResult {
	let f = frames.get(svg);
	if (!f || f.breaks.ownerSVGElement !== svg) {
		f = new Frame(svg);
		frames.set(svg, f);
	}
	for (const p of f.pools) p.begin();
	const named = c.laneNames.some((n) => n !== "");
	const lanes = Math.max(c.data.lanes.length, 1);
	const height = AXIS.header + lanes * laneHeight(named) + 8;
	const { view } = c;
	const size = `${view.width}x${height}`;
	if (f.size !== size) {
		f.size = size;
		svg.setAttribute("viewBox", `0 0 ${view.width} ${height}`);
		svg.setAttribute("width", String(view.width));
		svg.setAttribute("height", String(height));
	}
	for (const t of spaceTicks(axisTicks(c.scale, view, AXIS.tickPx).ticks, AXIS.charPx, 8, view.width)) {
		const x = px(t.x);
		f.tickLines.take({ x1: x, x2: x, y1: AXIS.header - 6, y2: height });
		f.tickLabels.take(
			{ x: px(t.labelX ?? t.x), y: AXIS.header - 12, "text-anchor": "middle", "data-year": t.year },
			"sb-ax-tick-label",
			c.tickText ? c.tickText(t.label) : t.label,
		);
	}
	drawBreaks(f, c, height);
	for (let l = 0; l < lanes; l++) {
		const top = laneTop(l, named);
		if (l > 0) f.laneLines.take({ x1: 0, x2: view.width, y1: top, y2: top });
		if (named) f.laneTitles.take({ x: 6, y: top + 13 }, "sb-ax-lane-title", c.laneNames[l] ?? "");
	}
	const lay = layoutAxis(c.data, view, layoutOptions(c.labelOf ?? eventLabel));
	const rowTop = (lane: number, row: number) => laneTop(lane, named) + (named ? AXIS.laneTitle : 4) + row * AXIS.rowH;
	c.canvas.paint(
		lay,
		view.width,
		height,
		{
			markY: (m) => rowTop(m.lane, m.row),
			clusterY: (k) => rowTop(k.lane, AXIS.rows),
			color: (i) => Number(c.colorClass(i).slice("sb-ax-c".length)) || 0,
			approx: (i) => c.data.events[i].date.approximate,
			inferred: (i) => isInferred(c.data.events[i]),
		},
		c.selected,
	);
	if (c.selected >= 0 && c.selected < c.data.vStart.length) {
		const x = px((c.data.vStart[c.selected] - view.v0) * view.pxPerV);
		if (x >= 0 && x <= view.width) f.cursor.take({ x1: x, x2: x, y1: AXIS.header - 6, y2: height });
	}
	for (const p of f.pools) p.end();
	return { height, layout: lay, named, marks: lay.marks.length, clusters: lay.clusters.length, visible: lay.visible };
}

/** Axis breaks (few): rebuilt only when they moved. */
function drawBreaks(f: Frame, c: DrawContext, height: number): void {
	const { view } = c;
	const shown: [number, number][] = [];
	for (const b of c.scale.breaks) {
		const x0 = px(xOf(view, b.v0));
		const x1 = px(xOf(view, b.v1));
		if (x1 >= 0 && x0 <= view.width) shown.push([x0, x1]);
	}
	const key = `${height}:${shown.join(";")}`;
	if (key === f.breaksKey) return;
	f.breaksKey = key;
	f.breaks.replaceChildren();
	for (const [x0, x1] of shown) {
		const g = svgEl(f.breaks, "g", {}, "sb-ax-break");
		svgEl(g, "rect", { x: x0, y: AXIS.header - 6, width: Math.max(x1 - x0, 4), height: height - AXIS.header + 6 });
		svgEl(g, "path", { d: `M${x0 - 3},${AXIS.header - 2} l4,-8 M${x0 + 3},${AXIS.header - 2} l4,-8` });
		svgTitle(g, t("Axis break: empty years left out"));
	}
}
