/**
 * Draws one frame of the live axis as SVG: ticks, axis breaks, lanes, bars, markers, labels and clusters.
 * Only what is on screen is drawn (the layout bounds it), so a frame costs the same at 100 or 100,000 events.
 */
import { axisTicks, layoutAxis, spaceTicks, xOf, type AxisData, type AxisScale, type Viewport } from "../../../core/axis";
import { svgEl, svgText, svgTitle } from "../../dashboard/svg";
import { AXIS, eventLabel, isInferred, laneHeight, laneTop, layoutOptions } from "./geometry";
import { t } from "../../i18n";

export interface DrawContext {
	data: AxisData;
	scale: AxisScale;
	view: Viewport;
	/** Lane titles ("" for a single unnamed lane). */
	laneNames: string[];
	/** CSS class of an event's colour (sb-ax-c0 .. sb-ax-c11). */
	colorClass(event: number): string;
	selected: number;
}

export interface DrawResult {
	height: number;
	marks: number;
	clusters: number;
	visible: number;
}

export function drawAxis(svg: SVGSVGElement, c: DrawContext): DrawResult {
	const named = c.laneNames.some((n) => n !== "");
	const lanes = Math.max(c.data.lanes.length, 1);
	const height = AXIS.header + lanes * laneHeight(named) + 8;
	const { view } = c;
	svg.replaceChildren();
	svg.setAttribute("viewBox", `0 0 ${view.width} ${height}`);
	svg.setAttribute("width", String(view.width));
	svg.setAttribute("height", String(height));
	const grid = svgEl(svg, "g", {}, "sb-ax-grid");
	for (const t of spaceTicks(axisTicks(c.scale, view, AXIS.tickPx).ticks, AXIS.charPx, 8, view.width)) {
		svgEl(grid, "line", { x1: t.x, x2: t.x, y1: AXIS.header - 6, y2: height }, "sb-ax-tick");
		svgText(grid, t.labelX ?? t.x, AXIS.header - 12, t.label, "sb-ax-tick-label", "middle").setAttribute("data-year", String(t.year));
	}
	for (const b of c.scale.breaks) {
		const x0 = xOf(view, b.v0);
		const x1 = xOf(view, b.v1);
		if (x1 < 0 || x0 > view.width) continue;
		const g = svgEl(grid, "g", {}, "sb-ax-break");
		svgEl(g, "rect", { x: x0, y: AXIS.header - 6, width: Math.max(x1 - x0, 4), height: height - AXIS.header + 6 });
		svgEl(g, "path", { d: `M${x0 - 3},${AXIS.header - 2} l4,-8 M${x0 + 3},${AXIS.header - 2} l4,-8` });
		svgTitle(g, t("Axis break: empty years left out"));
	}
	for (let l = 0; l < lanes; l++) {
		const top = laneTop(l, named);
		if (l > 0) svgEl(grid, "line", { x1: 0, x2: view.width, y1: top, y2: top }, "sb-ax-lane-line");
		if (named) svgText(grid, 6, top + 13, c.laneNames[l] ?? "", "sb-ax-lane-title");
	}
	const lay = layoutAxis(c.data, view, layoutOptions(eventLabel));
	const marks = svgEl(svg, "g", {}, "sb-ax-marks");
	for (const m of lay.marks) {
		const ev = c.data.events[m.event];
		const y = laneTop(m.lane, named) + (named ? AXIS.laneTitle : 4) + m.row * AXIS.rowH;
		const cls = ["sb-ax-mark", "sb-ax-shape", c.colorClass(m.event), m.point ? "is-point" : "is-range"];
		if (ev.date.approximate) cls.push("is-approx");
		if (isInferred(ev)) cls.push("is-inferred");
		if (m.event === c.selected) cls.push("is-selected");
		// one node per mark (two with a label): a frame's cost is its node count
		const attrs = { "data-ev": m.event };
		if (m.point) {
			const cx = (m.x0 + m.x1) / 2;
			const r = AXIS.markerPx / 2 + 1;
			svgEl(marks, "path", { ...attrs, d: `M${cx},${y + 10 - r} l${r},${r} l${-r},${r} l${-r},${-r} z` }, cls.join(" "));
		} else {
			svgEl(marks, "rect", { ...attrs, x: m.x0, y: y + 4, width: m.x1 - m.x0, height: 14, rx: 3 }, cls.join(" "));
		}
		if (m.label) {
			const t = svgText(marks, m.point ? m.x1 + 2 : Math.max(m.x0, 0) + 4, y + 15, m.label, isInferred(ev) ? "sb-ax-label is-inferred" : "sb-ax-label");
			t.setAttribute("data-ev", String(m.event));
		}
	}
	for (const k of lay.clusters) {
		const y = laneTop(k.lane, named) + (named ? AXIS.laneTitle : 4) + AXIS.rows * AXIS.rowH;
		// two nodes per cluster: the pill (which takes the click) and its count
		const w = Math.max(k.x1 - k.x0, 22);
		svgEl(marks, "rect", { "data-cluster": `${k.v0}:${k.v1}`, "data-first": k.first, x: k.x0, y: y + 2, width: w, height: 15, rx: 7 }, "sb-ax-cluster");
		svgText(marks, k.x0 + w / 2, y + 13.5, k.count > 999 ? `${Math.round(k.count / 100) / 10}k` : String(k.count), "sb-ax-count", "middle");
	}
	return { height, marks: lay.marks.length, clusters: lay.clusters.length, visible: lay.visible };
}
