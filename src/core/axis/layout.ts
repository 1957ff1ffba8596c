/**
 * What the axis draws for a view: per swimlane, events packed into a few rows without overlap (bars for
 * ranges, markers for points, labels only where they fit), and the rest gathered into clusters with a count.
 * The number of marks is bounded by the width and the number of rows, never by the number of events.
 */
import type { HistEvent } from "../model";
import type { AxisScale } from "./scale";
import { axisYear } from "./years";
import { type Viewport, xOf } from "./viewport";

/** Events ready for the axis: typed arrays sorted by start (computed once per refresh). */
export interface AxisData {
	events: readonly HistEvent[];
	/** Index into `events`, sorted by virtual start. */
	order: Int32Array;
	vStart: Float64Array;
	vEnd: Float64Array;
	/** Lane of each event (by event index). */
	lane: Int32Array;
	lanes: string[];
	/** Longest virtual duration, to find ranges that started before the window. */
	maxDur: number;
	/** Is the event a point (drawn as a marker) rather than a range. */
	point: Uint8Array;
}

/** Event i's [start, end] years: end is exclusive of the unit (1933 -> 1933..1934). */
export function eventYears(ev: HistEvent): [number, number] {
	return [axisYear(ev.date.start), axisYear(ev.date.end, true)];
}

/** Ranges are events whose date covers more than a year (decades, centuries, "1914–1918"); the rest are points. */
export function isRange(ev: HistEvent): boolean {
	const d = ev.date;
	return (
		d.end.year > d.start.year ||
		d.precision === "decade" ||
		d.precision === "century" ||
		d.precision === "millennium"
	);
}

export function prepareAxis(
	events: readonly HistEvent[],
	scale: AxisScale,
	laneOf: (ev: HistEvent) => string,
): AxisData {
	const n = events.length;
	const vStart = new Float64Array(n);
	const vEnd = new Float64Array(n);
	const point = new Uint8Array(n);
	const lane = new Int32Array(n);
	const laneIds = new Map<string, number>();
	let maxDur = 0;
	for (let i = 0; i < n; i++) {
		const [a, b] = eventYears(events[i]);
		vStart[i] = scale.toV(a);
		vEnd[i] = scale.toV(Math.max(a, b));
		maxDur = Math.max(maxDur, vEnd[i] - vStart[i]);
		point[i] = isRange(events[i]) ? 0 : 1;
		const key = laneOf(events[i]);
		let id = laneIds.get(key);
		if (id === undefined) laneIds.set(key, (id = laneIds.size));
		lane[i] = id;
	}
	// lanes in name order
	const names = [...laneIds.keys()];
	const sorted = names.slice().sort((a, b) => a.localeCompare(b));
	const remap = new Int32Array(names.length);
	names.forEach((name, id) => (remap[id] = sorted.indexOf(name)));
	for (let i = 0; i < n; i++) lane[i] = remap[lane[i]];
	const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => vStart[a] - vStart[b] || a - b);
	return { events, order, vStart, vEnd, lane, lanes: sorted, maxDur, point };
}

export interface Mark {
	/** Index into AxisData.events. */
	event: number;
	lane: number;
	row: number;
	x0: number;
	x1: number;
	point: boolean;
	/** The label text drawn after the mark, clipped to the room before the next mark ("" when none fits). */
	label: string;
}

export interface Cluster {
	lane: number;
	x0: number;
	x1: number;
	count: number;
	/** Where to zoom to open it: virtual start and end of its events. */
	v0: number;
	v1: number;
	/** The first event in it (for keyboard focus). */
	first: number;
}

export interface AxisLayout {
	marks: Mark[];
	clusters: Cluster[];
	/** Events on screen (drawn or clustered). */
	visible: number;
}

export interface LayoutOptions {
	rows: number;
	/** A point marker's width, and the least a bar is drawn. */
	markerPx: number;
	/** Pixels between marks in a row. */
	gapPx: number;
	/** Pixel width of one label character (an estimate; labels are clipped to it). */
	charPx: number;
	/** The least room a label is shown in. */
	minLabelPx: number;
	/** Clusters gather events in bins this wide. */
	clusterPx: number;
	labelOf(ev: HistEvent): string;
	/**
	 * Keep room for up to this many pixels of label after each mark when packing (static images, which
	 * cannot zoom: fewer marks, each one named). Default 0: pack marks only, labels take what room is left.
	 */
	reserveLabelPx?: number;
}

/** First position in `order` whose start is >= v. */
function lowerBound(data: AxisData, v: number): number {
	let lo = 0;
	let hi = data.order.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (data.vStart[data.order[mid]] < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The marks and clusters for the view. Work: the events in (and just before) the window. */
export function layoutAxis(data: AxisData, view: Viewport, opt: LayoutOptions): AxisLayout {
	const vLo = view.v0;
	const vHi = view.v0 + view.width / view.pxPerV;
	const L = data.lanes.length;
	const rowEnd = new Float64Array(L * opt.rows).fill(-Infinity);
	const rowLast = new Array<Mark | undefined>(L * opt.rows);
	const open = new Array<Cluster | undefined>(L);
	const marks: Mark[] = [];
	const clusters: Cluster[] = [];
	let visible = 0;
	const from = lowerBound(data, vLo - data.maxDur);
	for (let k = from; k < data.order.length; k++) {
		const i = data.order[k];
		const vs = data.vStart[i];
		if (vs > vHi) break;
		const ve = data.vEnd[i];
		if (ve < vLo) continue;
		visible++;
		const lane = data.lane[i];
		const x0 = xOf(view, vs);
		const pt = data.point[i] === 1;
		const x1 = pt ? x0 + opt.markerPx : Math.max(xOf(view, ve), x0 + opt.markerPx);
		const x0c = pt ? x0 - opt.markerPx / 2 : x0;
		const x1c = pt ? x0 + opt.markerPx / 2 : x1;
		const reserve = opt.reserveLabelPx
			? Math.min(opt.labelOf(data.events[i]).length * opt.charPx, opt.reserveLabelPx)
			: 0;
		const needEnd = Math.max(x1c, (pt ? x1c + 2 : x0c + 4) + reserve);
		let placed = false;
		for (let r = 0; r < opt.rows; r++) {
			const slot = lane * opt.rows + r;
			if (rowEnd[slot] + opt.gapPx > x0c) continue;
			const prev = rowLast[slot];
			if (prev) clipLabel(data, prev, x0c - opt.gapPx, opt);
			const m: Mark = { event: i, lane, row: r, x0: x0c, x1: x1c, point: pt, label: "" };
			marks.push(m);
			rowEnd[slot] = needEnd;
			rowLast[slot] = m;
			placed = true;
			break;
		}
		if (placed) continue;
		const c = open[lane];
		if (c && x0c - c.x0 < opt.clusterPx) {
			c.count++;
			c.x1 = Math.max(c.x1, Math.min(x1c, c.x0 + opt.clusterPx));
			c.v1 = Math.max(c.v1, ve);
			continue;
		}
		const nc: Cluster = {
			lane,
			x0: x0c,
			x1: Math.min(x1c, x0c + opt.clusterPx),
			count: 1,
			v0: vs,
			v1: ve,
			first: i,
		};
		clusters.push(nc);
		open[lane] = nc;
	}
	for (const m of rowLast) if (m) clipLabel(data, m, view.width, opt);
	return { marks, clusters, visible };
}

/** The label of a mark, shortened to the room from its end (points) or start (bars) to `limit`. */
function clipLabel(data: AxisData, m: Mark, limit: number, opt: LayoutOptions): void {
	const start = m.point ? m.x1 + 2 : Math.max(m.x0, 0) + 4;
	const room = limit - start;
	if (room < opt.minLabelPx) return;
	const text = opt.labelOf(data.events[m.event]);
	const fits = Math.floor(room / opt.charPx);
	m.label = text.length <= fits ? text : fits >= 4 ? `${text.slice(0, fits - 1).trimEnd()}…` : "";
}
