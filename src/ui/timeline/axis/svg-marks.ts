/**
 * The dense layer of the axis as SVG nodes (bars, markers, labels, clusters), for export: the live axis
 * paints them on a canvas (paint.ts), an exported image needs them as vector shapes and text.
 */
import type { AxisLayout } from "../../../core/axis";
import type { HistEvent } from "../../../core/model";
import { svgEl, svgText } from "../../dashboard/svg";
import { AXIS, isInferred, laneTop } from "./geometry";

export function svgMarks(
	parent: Element,
	lay: AxisLayout,
	named: boolean,
	events: readonly HistEvent[],
	colorClass: (event: number) => string,
): void {
	const marks = svgEl(parent, "g", {}, "sb-ax-marks");
	const rowTop = (lane: number, row: number) => laneTop(lane, named) + (named ? AXIS.laneTitle : 4) + row * AXIS.rowH;
	for (const m of lay.marks) {
		const ev = events[m.event];
		const y = rowTop(m.lane, m.row);
		const cls = ["sb-ax-mark", "sb-ax-shape", colorClass(m.event), m.point ? "is-point" : "is-range"];
		if (ev.date.approximate) cls.push("is-approx");
		if (isInferred(ev)) cls.push("is-inferred");
		if (m.point) {
			const cx = (m.x0 + m.x1) / 2;
			const r = AXIS.markerPx / 2 + 1;
			svgEl(marks, "path", { d: `M${cx},${y + 10 - r} l${r},${r} l${-r},${r} l${-r},${-r} z` }, cls.join(" "));
		} else {
			svgEl(marks, "rect", { x: m.x0, y: y + 4, width: m.x1 - m.x0, height: 14, rx: 3 }, cls.join(" "));
		}
		if (m.label)
			svgText(
				marks,
				m.point ? m.x1 + 2 : Math.max(m.x0, 0) + 4,
				y + 15,
				m.label,
				isInferred(ev) ? "sb-ax-label is-inferred" : "sb-ax-label",
			);
	}
	for (const k of lay.clusters) {
		const y = rowTop(k.lane, AXIS.rows);
		const w = Math.max(k.x1 - k.x0, 22);
		svgEl(marks, "rect", { x: k.x0, y: y + 2, width: w, height: 15, rx: 7 }, "sb-ax-cluster");
		svgText(
			marks,
			k.x0 + w / 2,
			y + 13.5,
			k.count > 999 ? `${Math.round(k.count / 100) / 10}k` : String(k.count),
			"sb-ax-count",
			"middle",
		);
	}
}
