import type { AxisScale } from "./scale";

/** What part of the virtual axis is on screen: x = (v - v0) * pxPerV. */
export interface Viewport {
	v0: number;
	pxPerV: number;
	width: number;
}

/** The narrowest window: two days. */
export const MIN_SPAN = 2 / 365;
/** The widest window: 100,000 years (or the whole axis, if longer). */
export const MAX_SPAN = 100_000;

export function xOf(view: Viewport, v: number): number {
	return (v - view.v0) * view.pxPerV;
}

export function vAt(view: Viewport, x: number): number {
	return view.v0 + x / view.pxPerV;
}

/** The whole axis in `width` pixels. */
export function fitView(scale: AxisScale, width: number): Viewport {
	const w = Math.max(width, 1);
	const span = Math.max(scale.vMax - scale.vMin, MIN_SPAN);
	return { v0: scale.vMin, pxPerV: w / span, width: w };
}

function maxSpan(scale: AxisScale): number {
	return Math.max(MAX_SPAN, (scale.vMax - scale.vMin) * 1.5);
}

/** Keep the window's span between two days and the widest, and some of the axis on screen. */
export function clampView(scale: AxisScale, view: Viewport): Viewport {
	const span = Math.min(Math.max(view.width / view.pxPerV, MIN_SPAN), maxSpan(scale));
	const pxPerV = view.width / span;
	const margin = span * 0.9;
	const v0 = Math.min(Math.max(view.v0, scale.vMin - margin), scale.vMax - span + margin);
	return { v0, pxPerV, width: view.width };
}

/** Zoom by `factor` (>1 zooms in) keeping the point under x where it is. */
export function zoomAt(scale: AxisScale, view: Viewport, factor: number, x: number): Viewport {
	const v = vAt(view, x);
	const pxPerV = view.pxPerV * factor;
	return clampView(scale, { v0: v - x / pxPerV, pxPerV, width: view.width });
}

/** Move the window by dx pixels (dx > 0 shows later years). */
export function panBy(scale: AxisScale, view: Viewport, dx: number): Viewport {
	return clampView(scale, { ...view, v0: view.v0 + dx / view.pxPerV });
}

/** Centre the window on a virtual position at the same zoom. */
export function centreOn(scale: AxisScale, view: Viewport, v: number): Viewport {
	return clampView(scale, { ...view, v0: v - view.width / 2 / view.pxPerV });
}

/** The same window at a new width (the view was resized): keeps the span, so the scale follows the width. */
export function resizeView(scale: AxisScale, view: Viewport, width: number): Viewport {
	const w = Math.max(width, 1);
	return clampView(scale, { v0: view.v0, pxPerV: view.pxPerV * (w / view.width), width: w });
}
