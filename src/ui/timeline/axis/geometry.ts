import type { LayoutOptions } from "../../../core/axis";
import type { HistEvent } from "../../../core/model";

/** Pixel sizes of the live axis (12 px labels). */
export const AXIS = {
	header: 30,
	laneTitle: 18,
	rowH: 22,
	clusterH: 20,
	rows: 3,
	markerPx: 9,
	charPx: 6.8,
	tickPx: 96,
} as const;

export function laneHeight(named: boolean): number {
	return (named ? AXIS.laneTitle : 4) + AXIS.rows * AXIS.rowH + AXIS.clusterH;
}

/** The y of a lane's top. */
export function laneTop(lane: number, named: boolean): number {
	return AXIS.header + lane * laneHeight(named);
}

export function layoutOptions(labelOf: (ev: HistEvent) => string): LayoutOptions {
	return {
		rows: AXIS.rows,
		markerPx: AXIS.markerPx,
		gapPx: 4,
		charPx: AXIS.charPx,
		minLabelPx: 28,
		clusterPx: 28,
		labelOf,
	};
}

const labels = new WeakMap<HistEvent, string>();

/** An event's label on the axis: its bold label, else the start of its sentence (built once per event: frames ask again and again). */
export function eventLabel(ev: HistEvent): string {
	let s = labels.get(ev);
	if (s === undefined) {
		s = `${ev.date.label} · ${ev.label ?? ev.text}`;
		labels.set(ev, s);
	}
	return s;
}

/** J's `inferred` flag on HistDate, when present (a year read from context, not written in the sentence). */
export function isInferred(ev: HistEvent): boolean {
	return (ev.date as { inferred?: unknown }).inferred === true;
}
