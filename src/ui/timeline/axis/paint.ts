/**
 * The dense layer of the live axis on a canvas: bars, markers, their labels and the cluster pills. A
 * frame is one clear and a few hundred fills, whatever the number of events; nothing is added to the DOM.
 * Colours are the theme's, read once per theme from probe elements (CSS classes in axis.css).
 */
import type { AxisLayout, Cluster, Mark } from "../../../core/axis";

/** Where a mark is on the canvas (CSS pixels), for hit tests and tests. */
export interface MarkHit {
	event: number;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	/** Right end of the label (or of the mark without one): a click there opens the event too. */
	xEnd: number;
	point: boolean;
	approx: boolean;
	inferred: boolean;
	color: number;
	label: string;
}

export interface ClusterHit {
	x0: number;
	x1: number;
	y0: number;
	y1: number;
	count: number;
	v0: number;
	v1: number;
	first: number;
}

/** How a mark is drawn (also what tests check: dashes for circa and inferred dates, hollow inferred). */
export function markStyle(h: Pick<MarkHit, "point" | "approx" | "inferred">): {
	dash: number[];
	fillAlpha: number;
	hollow: boolean;
} {
	return {
		dash: h.inferred ? [2, 2] : h.approx ? [4, 2] : [],
		fillAlpha: h.inferred ? 1 : h.point ? 1 : 0.35,
		hollow: h.inferred,
	};
}

const TOKENS = ["text", "faint", "hover", "bg", "accent"] as const;
type Token = (typeof TOKENS)[number];

/** Theme colours, resolved to rgb() by the browser (probe spans with the classes of axis.css). */
class Palette {
	private key = "";
	courses: string[] = [];
	tokens = {} as Record<Token, string>;
	font = "12px sans-serif";
	small = "11px sans-serif";

	resolve(host: HTMLElement): void {
		const doc = host.ownerDocument;
		const key = `${doc.body.className}|${host.closest(".theme-dark") ? "d" : "l"}`;
		if (key === this.key && this.courses.length) return;
		this.key = key;
		const probe = host.createSpan({ cls: "sb-ax-probe" });
		const win = doc.defaultView ?? activeWindow;
		const read = (cls: string) => {
			probe.className = `sb-ax-probe ${cls}`;
			return win.getComputedStyle(probe).color;
		};
		this.courses = Array.from({ length: 12 }, (_, i) => read(`sb-ax-c${i}`));
		for (const t of TOKENS) this.tokens[t] = read(`is-${t}`);
		const family = win.getComputedStyle(host).fontFamily || "sans-serif";
		this.font = `12px ${family}`;
		this.small = `11px ${family}`;
		probe.remove();
	}
}

export class AxisCanvas {
	readonly el: HTMLCanvasElement;
	private readonly palette = new Palette();
	marks: MarkHit[] = [];
	clusters: ClusterHit[] = [];
	private size = "";

	constructor(parent: HTMLElement) {
		this.el = parent.createEl("canvas", { cls: "sb-ax-canvas" });
	}

	/** Which mark or cluster is at a point of the canvas (CSS pixels), labels included. */
	hitAt(x: number, y: number): { mark?: MarkHit; cluster?: ClusterHit } {
		for (const m of this.marks)
			if (y >= m.y0 && y <= m.y1 && x >= m.x0 - 1 && x <= Math.max(m.x1, m.xEnd) + 1) return { mark: m };
		for (const c of this.clusters) if (y >= c.y0 && y <= c.y1 && x >= c.x0 && x <= c.x1) return { cluster: c };
		return {};
	}

	paint(
		lay: AxisLayout,
		width: number,
		height: number,
		place: {
			markY(m: Mark): number;
			clusterY(c: Cluster): number;
			color(event: number): number;
			approx(event: number): boolean;
			inferred(event: number): boolean;
		},
		selected: number,
	): void {
		const ratio = activeWindow.devicePixelRatio || 1;
		const size = `${width}x${height}@${ratio}`;
		if (size !== this.size) {
			this.size = size;
			this.el.width = Math.round(width * ratio);
			this.el.height = Math.round(height * ratio);
			this.el.setCssProps({ width: `${width}px`, height: `${height}px` });
		}
		this.marks = lay.marks.map((m) => {
			const y = place.markY(m);
			const labelX = m.point ? m.x1 + 2 : Math.max(m.x0, 0) + 4;
			return {
				event: m.event,
				x0: m.x0,
				x1: m.x1,
				y0: y + 3,
				y1: y + 19,
				xEnd: m.label ? labelX + m.label.length * 6.8 : m.x1,
				point: m.point,
				approx: place.approx(m.event),
				inferred: place.inferred(m.event),
				color: place.color(m.event),
				label: m.label,
			};
		});
		this.clusters = lay.clusters.map((k) => {
			const y = place.clusterY(k);
			const w = Math.max(k.x1 - k.x0, 22);
			return {
				x0: k.x0,
				x1: k.x0 + w,
				y0: y + 2,
				y1: y + 17,
				count: k.count,
				v0: k.v0,
				v1: k.v1,
				first: k.first,
			};
		});
		this.el.setAttribute("data-marks", String(this.marks.length));
		this.el.setAttribute("data-clusters", String(this.clusters.length));
		const ctx = this.el.getContext("2d");
		if (!ctx) return; // no canvas (jsdom): the hit areas above still work
		this.palette.resolve(this.el.parentElement ?? this.el);
		ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
		ctx.clearRect(0, 0, width, height);
		this.paintMarks(ctx, selected);
		this.paintClusters(ctx);
	}

	private paintMarks(ctx: CanvasRenderingContext2D, selected: number): void {
		const p = this.palette;
		ctx.lineWidth = 1;
		for (const m of this.marks) {
			const color = p.courses[m.color % 12];
			const st = markStyle(m);
			ctx.setLineDash(st.dash);
			ctx.beginPath();
			if (m.point) {
				const cx = (m.x0 + m.x1) / 2;
				const r = 5.5;
				const cy = m.y0 + 7;
				ctx.moveTo(cx, cy - r);
				ctx.lineTo(cx + r, cy);
				ctx.lineTo(cx, cy + r);
				ctx.lineTo(cx - r, cy);
				ctx.closePath();
			} else ctx.roundRect(m.x0, m.y0 + 1, m.x1 - m.x0, 14, 3);
			ctx.globalAlpha = st.fillAlpha;
			ctx.fillStyle = st.hollow ? p.tokens.bg : color;
			ctx.fill();
			ctx.globalAlpha = 1;
			ctx.strokeStyle = m.event === selected ? p.tokens.text : color;
			ctx.lineWidth = m.event === selected ? 2 : 1;
			ctx.stroke();
			ctx.lineWidth = 1;
		}
		ctx.setLineDash([]);
		ctx.fillStyle = p.tokens.text;
		ctx.textBaseline = "alphabetic";
		ctx.textAlign = "start";
		for (const m of this.marks) {
			if (!m.label) continue;
			ctx.font = m.inferred ? `italic ${p.font}` : p.font;
			ctx.fillText(m.label, m.point ? m.x1 + 2 : Math.max(m.x0, 0) + 4, m.y0 + 12);
		}
	}

	private paintClusters(ctx: CanvasRenderingContext2D): void {
		const p = this.palette;
		ctx.font = p.small;
		ctx.textAlign = "center";
		for (const c of this.clusters) {
			ctx.beginPath();
			ctx.roundRect(c.x0, c.y0, c.x1 - c.x0, 15, 7);
			ctx.fillStyle = p.tokens.hover;
			ctx.fill();
			ctx.strokeStyle = p.tokens.faint;
			ctx.stroke();
			ctx.fillStyle = p.tokens.text;
			ctx.fillText(
				c.count > 999 ? `${Math.round(c.count / 100) / 10}k` : String(c.count),
				(c.x0 + c.x1) / 2,
				c.y0 + 11.5,
			);
		}
		ctx.textAlign = "start";
	}
}
