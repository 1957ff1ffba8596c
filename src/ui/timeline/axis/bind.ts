/**
 * Mouse, wheel, touch and keyboard on the axis. Every listener goes through the view's registerDomEvent.
 * Wheel zooms around the pointer (trackpad pinch arrives as ctrl+wheel), horizontal wheel and drag pan,
 * two fingers pinch; a click on a mark opens its source line, on a cluster zooms into it.
 */
import type { HistEvent } from "../../../core/model";
import { elementOf } from "../interactions";
import type { AxisPane, On } from "./pane";

export interface AxisActions {
	open(ev: HistEvent, e: MouseEvent | KeyboardEvent): void;
	menu(ev: HistEvent, at: MouseEvent | { x: number; y: number }): void;
	hover(ev: HistEvent, target: Element, e: MouseEvent): void;
	/** The mark under the pointer changed (null: none): its tooltip, e.g. where an inferred year came from. */
	tip?(ev: HistEvent | null): void;
}

/** The mark under the pointer: the dense layer is a canvas, so by position against the last frame's marks. */
function hitEvent(pane: AxisPane, e: MouseEvent): { pos: number; el: Element } | null {
	if (elementOf(e.target) !== pane.canvas.el) return null;
	const r = pane.canvas.el.getBoundingClientRect();
	const m = pane.canvas.hitAt(e.clientX - r.left, e.clientY - r.top).mark;
	return m && pane.events[m.event] ? { pos: m.event, el: pane.canvas.el } : null;
}

function hitCluster(pane: AxisPane, e: MouseEvent): { v0: number; v1: number; first: number } | null {
	if (elementOf(e.target) !== pane.canvas.el) return null;
	const r = pane.canvas.el.getBoundingClientRect();
	return pane.canvas.hitAt(e.clientX - r.left, e.clientY - r.top).cluster ?? null;
}

/** Zoom so the cluster's years fill most of the width. */
export function openCluster(pane: AxisPane, c: { v0: number; v1: number }): void {
	const span = Math.max(c.v1 - c.v0, 2 / 365);
	const pxPerV = Math.max((pane.view.width * 0.8) / span, pane.view.pxPerV * 4);
	pane.view = { v0: (c.v0 + c.v1) / 2 - pane.view.width / 2 / pxPerV, pxPerV, width: pane.view.width };
	pane.zoomBy(1);
}

export function bindAxis(pane: AxisPane, on: On, act: AxisActions): void {
	const vp = pane.viewport;
	const x = (e: { clientX: number }) => e.clientX - vp.getBoundingClientRect().left;
	on(
		vp,
		"wheel",
		(e: WheelEvent) => {
			e.preventDefault();
			const dx = e.shiftKey ? e.deltaY : e.deltaX;
			if (Math.abs(dx) > Math.abs(e.deltaY) || e.shiftKey) return pane.panBy(dx);
			const k = e.ctrlKey ? 0.01 : 0.0025; // pinch deltas are small
			pane.zoomBy(Math.exp(-e.deltaY * k * (e.deltaMode === 1 ? 33 : 1)), x(e));
		},
		{ passive: false },
	);
	const drag = bindPointers(pane, on, x);
	on(vp, "click", (e: MouseEvent) => {
		if (drag.moved() > 4) return;
		const hit = hitEvent(pane, e);
		if (hit) {
			pane.select(hit.pos);
			return act.open(pane.events[hit.pos], e);
		}
		const c = hitCluster(pane, e);
		if (c) openCluster(pane, c);
	});
	on(vp, "contextmenu", (e: MouseEvent) => {
		const hit = hitEvent(pane, e);
		if (!hit) return;
		e.preventDefault();
		pane.select(hit.pos);
		act.menu(pane.events[hit.pos], e);
	});
	// one preview per mark entered (the canvas is one element: entering a mark is a move onto it)
	let hovered = -1;
	const hover = (e: MouseEvent) => {
		if (drag.active()) return;
		const hit = hitEvent(pane, e);
		const pos = hit?.pos ?? -1;
		if (pos === hovered) return;
		hovered = pos;
		act.tip?.(hit ? pane.events[hit.pos] : null);
		if (hit) act.hover(pane.events[hit.pos], hit.el, e);
	};
	on(vp, "mouseover", hover);
	on(vp, "mousemove", hover);
	on(vp, "focus", () => {
		if (pane.selected < 0 && pane.events.length) pane.select(firstVisible(pane));
	});
	on(vp, "keydown", (e: KeyboardEvent) => onAxisKey(pane, e, act));
}

/**
 * Drag to pan and pinch to zoom (pointer events; a pinch is two pointers down). Says how far the pointer moved
 * since it went down (a click after a drag is no click) and whether a pointer is down.
 */
function bindPointers(
	pane: AxisPane,
	on: On,
	x: (e: { clientX: number }) => number,
): { moved(): number; active(): boolean } {
	const vp = pane.viewport;
	const pointers = new Map<number, number>();
	let moved = 0;
	let pinch = 0;
	on(vp, "pointerdown", (e: PointerEvent) => {
		if (e.button !== 0) return;
		pointers.set(e.pointerId, x(e));
		moved = 0;
		pinch = pointers.size === 2 ? spread(pointers) : 0;
		try {
			vp.setPointerCapture(e.pointerId);
		} catch {
			// a synthetic or already-ended pointer: dragging still works inside the viewport
		}
	});
	on(vp, "pointermove", (e: PointerEvent) => {
		const prev = pointers.get(e.pointerId);
		if (prev === undefined) return;
		const now = x(e);
		pointers.set(e.pointerId, now);
		if (pointers.size === 2 && pinch > 0) {
			const s = spread(pointers);
			const mid = [...pointers.values()].reduce((a, b) => a + b, 0) / 2;
			pane.zoomBy(s / pinch, mid);
			pinch = s;
			moved += 10;
			return;
		}
		moved += Math.abs(now - prev);
		pane.panBy(prev - now);
	});
	const up = (e: PointerEvent) => {
		pointers.delete(e.pointerId);
		pinch = 0;
	};
	on(vp, "pointerup", up);
	on(vp, "pointercancel", up);
	return { moved: () => moved, active: () => pointers.size > 0 };
}

function spread(p: Map<number, number>): number {
	const [a, b] = [...p.values()];
	return Math.max(Math.abs(a - b), 1);
}

function firstVisible(pane: AxisPane): number {
	const d = pane.data;
	if (!d) return 0;
	for (let k = 0; k < d.order.length; k++) if (d.vStart[d.order[k]] >= pane.view.v0) return d.order[k];
	return 0;
}

export function onAxisKey(pane: AxisPane, e: KeyboardEvent, act: AxisActions): void {
	const n = pane.events.length;
	const cur = pane.selected;
	const step = pane.view.width / 4;
	let handled = true;
	if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
		const dir = e.key === "ArrowRight" ? 1 : -1;
		if (e.shiftKey) pane.panBy(dir * step);
		else if (n) pane.select(cur < 0 ? firstVisible(pane) : cur + dir);
	} else if (e.key === "Home" && n) pane.select(0);
	else if (e.key === "End" && n) pane.select(n - 1);
	else if (e.key === "+" || e.key === "=") pane.zoomBy(2);
	else if (e.key === "-" || e.key === "_") pane.zoomBy(0.5);
	else if (e.key === "0") pane.fit();
	else if ((e.key === "Enter" || e.key === " ") && cur >= 0) act.open(pane.events[cur], e);
	else if ((e.key === "ContextMenu" || (e.key === "F10" && e.shiftKey)) && cur >= 0) {
		const r = pane.viewport.getBoundingClientRect();
		act.menu(pane.events[cur], { x: r.left + r.width / 2, y: r.top + 40 });
	} else handled = false;
	if (!handled) return;
	e.preventDefault();
	e.stopPropagation();
}
