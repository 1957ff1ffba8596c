import { yearLabel } from "./eras";
import { t } from "../../obsidian/i18n";

const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 100000];

/**
 * "Nice" ticks inside [lo, hi] (astronomical years), about `want` of them, counted the historian's way
 * (500 BC, 1 BC, AD 1 ... there is no year 0), each with the astronomical year it sits at.
 */
export function rulerTicks(lo: number, hi: number, want = 6): { year: number; label: string }[] {
	const span = Math.max(hi - lo, 1);
	const step = TICK_STEPS.find((s) => span / s <= want) ?? Math.ceil(span / want);
	const toHist = (y: number) => (y > 0 ? y : y - 1);
	const out: { year: number; label: string }[] = [];
	for (let h = Math.ceil(toHist(lo) / step) * step; out.length < 50; h += step) {
		if (h === 0) continue;
		const year = h > 0 ? h : h + 1;
		if (year > hi) break;
		if (year >= lo) out.push({ year, label: h < 0 ? `${-h} BC` : yearLabel(h) });
	}
	return out;
}

/**
 * The overview ruler: a proportional axis over the window [lo, hi] (the whole timeline when fitted)
 * with a density strip of events and a marker for the part of the list on screen. Click or drag jumps.
 * Listeners are registered by the owner through `bind` (so they go through register*).
 */
export class Ruler {
	/** A tick's words in the "Era labels" setting ("200 BCE"); default as built. */
	tickText: (label: string) => string = (label) => label;
	readonly el: HTMLElement;
	private readonly canvas: HTMLCanvasElement;
	private readonly viewport: HTMLElement;
	private readonly ticks: HTMLElement;
	private years: Float64Array = new Float64Array(0);
	lo = 0;
	hi = 1;
	private dragging = false;
	private shown = "";
	private pending = false;

	constructor(
		parent: HTMLElement,
		private readonly onJump: (year: number) => void,
	) {
		this.el = parent.createDiv({
			cls: "sb-tl-ruler",
			attr: {
				role: "slider",
				tabindex: "0",
				"aria-label": t(
					"Timeline overview: click or drag to jump; arrows move, Home and End go to the ends, plus and minus zoom",
				),
			},
		});
		this.canvas = this.el.createEl("canvas", { cls: "sb-tl-density" });
		this.viewport = this.el.createDiv({ cls: "sb-tl-viewport" });
		this.ticks = this.el.createDiv({ cls: "sb-tl-ticks" });
	}

	/** The events' start years (sorted ascending) and the window to show; `later` draws in the next frame. */
	setData(years: Float64Array, lo: number, hi: number, later = false): void {
		this.years = years;
		this.setWindow(lo, hi, later);
	}

	setWindow(lo: number, hi: number, later = false): void {
		this.lo = lo;
		this.hi = hi > lo ? hi : lo + 1;
		if (!later) return this.draw();
		// drawing needs the ruler's size: reading it before the first layout would force one
		if (this.pending) return;
		this.pending = true;
		window.requestAnimationFrame(() => {
			if (this.pending) this.draw();
		});
	}

	/** Mark the years [a, b] that the list shows. */
	setViewport(a: number, b: number): void {
		const key = `${a}|${b}|${this.lo}|${this.hi}`;
		if (key === this.shown) return;
		this.shown = key;
		this.at = Math.min(a, b);
		const span = this.hi - this.lo;
		const l = Math.max(0, Math.min(1, (Math.min(a, b) - this.lo) / span));
		const r = Math.max(0, Math.min(1, (Math.max(a, b) - this.lo) / span));
		this.viewport.setCssProps({
			"--sb-tl-left": `${(l * 100).toFixed(3)}%`,
			"--sb-tl-width": `${(Math.max(r - l, 0) * 100).toFixed(3)}%`,
		});
		this.el.setAttrs({
			"aria-valuetext": t("{0} to {1}", yearLabel(a), yearLabel(b)),
			"aria-valuemin": String(Math.floor(this.lo)),
			"aria-valuemax": String(Math.ceil(this.hi)),
			"aria-valuenow": String(Math.floor(a)),
		});
	}

	/** The year under a client x coordinate. */
	yearAt(clientX: number): number {
		const r = this.el.getBoundingClientRect();
		const f = r.width > 0 ? Math.max(0, Math.min(1, (clientX - r.left) / r.width)) : 0;
		return this.lo + f * (this.hi - this.lo);
	}

	/** Where the list is (start of the marked years), for the keys. */
	private at = 0;

	/**
	 * Keyboard use of the ruler (registered by the owner): arrows move the list a twentieth of the window
	 * (page up/down a quarter), Home and End jump to the ends, + and - zoom, 0 fits.
	 */
	onKey(e: KeyboardEvent, zoom: (delta: number | "fit") => void): void {
		const span = this.hi - this.lo;
		const step = {
			ArrowLeft: -span / 20,
			ArrowRight: span / 20,
			ArrowUp: -span / 20,
			ArrowDown: span / 20,
			PageUp: -span / 4,
			PageDown: span / 4,
		}[e.key];
		if (step !== undefined) this.onJump(this.at + step);
		else if (e.key === "Home") this.onJump(-Infinity);
		else if (e.key === "End") this.onJump(Infinity);
		else if (e.key === "+" || e.key === "=") zoom(1);
		else if (e.key === "-" || e.key === "_") zoom(-1);
		else if (e.key === "0") zoom("fit");
		else return;
		e.preventDefault();
		e.stopPropagation();
	}

	/** Pointer handlers for the owner to register. */
	bind(
		register: (
			type: "pointerdown" | "pointermove" | "pointerup" | "pointercancel",
			fn: (e: PointerEvent) => void,
		) => void,
	): void {
		register("pointerdown", (e) => {
			this.dragging = true;
			this.el.setPointerCapture?.(e.pointerId);
			this.onJump(this.yearAt(e.clientX));
			e.preventDefault();
		});
		register("pointermove", (e) => {
			if (this.dragging) this.onJump(this.yearAt(e.clientX));
		});
		const end = (e: PointerEvent) => {
			this.dragging = false;
			if (this.el.hasPointerCapture?.(e.pointerId)) this.el.releasePointerCapture(e.pointerId);
		};
		register("pointerup", end);
		register("pointercancel", end);
	}

	/** Redraw the density strip and the tick labels (after a resize, a theme or window change). */
	draw(): void {
		this.pending = false;
		const width = Math.max(1, Math.round(this.el.clientWidth || 300));
		const height = Math.max(1, Math.round(this.canvas.clientHeight || 18));
		const ratio = activeWindow.devicePixelRatio || 1;
		this.canvas.width = Math.round(width * ratio);
		this.canvas.height = Math.round(height * ratio);
		const ctx = this.canvas.getContext("2d");
		if (ctx) {
			const bins = new Uint32Array(Math.max(1, Math.floor(width / 2)));
			const span = this.hi - this.lo;
			let max = 0;
			for (let i = 0; i < this.years.length; i++) {
				const f = (this.years[i] - this.lo) / span;
				if (f < 0 || f > 1) continue;
				const b = Math.min(bins.length - 1, Math.floor(f * bins.length));
				bins[b]++;
				if (bins[b] > max) max = bins[b];
			}
			ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
			ctx.fillStyle = activeWindow.getComputedStyle(this.canvas).color || "#888";
			const bw = this.canvas.width / bins.length;
			for (let b = 0; b < bins.length; b++) {
				if (!bins[b]) continue;
				const h = Math.max(1, (Math.sqrt(bins[b]) / Math.sqrt(max)) * this.canvas.height);
				ctx.fillRect(b * bw, this.canvas.height - h, Math.max(1, bw - ratio * 0.5), h);
			}
		}
		this.ticks.empty();
		for (const tick of rulerTicks(this.lo, this.hi, Math.max(2, Math.floor(width / 90)))) {
			const t = this.ticks.createDiv({ cls: "sb-tl-tick", text: this.tickText(tick.label) });
			t.setCssProps({ "--sb-tl-left": `${(((tick.year - this.lo) / (this.hi - this.lo)) * 100).toFixed(3)}%` });
		}
	}
}
