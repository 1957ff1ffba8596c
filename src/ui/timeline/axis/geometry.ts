import type { LayoutOptions } from "../../../core/axis";
import type { HistEvent } from "../../../core/model";
import { shownLabel } from "../../../core/dates/format";

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

/**
 * An event's label on the axis: its shown date ("44 BCE", "AD 43", "Mar 1914?") and its bold label, else the
 * start of its sentence. Built once per event and labeler (frames ask again and again).
 */
export function axisLabeler(
	dateLabel: (ev: HistEvent) => string = (ev) => shownLabel(ev.date),
): (ev: HistEvent) => string {
	const labels = new WeakMap<HistEvent, string>();
	return (ev) => {
		let s = labels.get(ev);
		if (s === undefined) {
			s = `${dateLabel(ev)} · ${ev.label ?? ev.text}`;
			labels.set(ev, s);
		}
		return s;
	};
}

/** The default labeler (no era setting): the shown label of the date. */
export const eventLabel = axisLabeler();

/** J's `inferred` flag on HistDate, when present (a year read from context, not written in the sentence). */
export function isInferred(ev: HistEvent): boolean {
	return (ev.date as { inferred?: unknown }).inferred === true;
}
