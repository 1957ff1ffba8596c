/**
 * SVG nodes kept from frame to frame: each frame takes the nodes it needs in order, and only the
 * attributes and text that changed are written; nodes left over are taken out of the DOM (and kept for
 * later frames). A pan or zoom frame then costs attribute writes, not building hundreds of elements.
 */
const NS = "http://www.w3.org/2000/svg";

interface Pooled<E extends SVGElement> {
	el: E;
	attrs: Record<string, string>;
	text: string | null;
}

export class SvgPool<K extends keyof SVGElementTagNameMap> {
	private readonly items: Pooled<SVGElementTagNameMap[K]>[] = [];
	private used = 0;

	constructor(
		private readonly parent: Element,
		private readonly tag: K,
		private readonly cls = "",
	) {}

	/** Start a frame: every node is free again. */
	begin(): void {
		this.used = 0;
	}

	/** The next node, with these attributes (the same keys every time for a pool) and text. */
	take(attrs: Record<string, string | number>, cls = this.cls, text: string | null = null): SVGElementTagNameMap[K] {
		let it = this.items[this.used];
		if (!it) {
			it = { el: this.parent.ownerDocument.createElementNS(NS, this.tag), attrs: {}, text: null };
			this.items.push(it);
		}
		this.used++;
		const el = it.el;
		if (el.parentNode !== this.parent) this.parent.appendChild(el);
		for (const k in attrs) {
			const v = String(attrs[k]);
			if (it.attrs[k] !== v) {
				el.setAttribute(k, v);
				it.attrs[k] = v;
			}
		}
		if (it.attrs.class !== cls) {
			el.setAttribute("class", cls);
			it.attrs.class = cls;
		}
		if (text !== null && it.text !== text) {
			el.textContent = text;
			it.text = text;
		}
		return el;
	}

	/** End a frame: nodes not taken leave the DOM. */
	end(): void {
		for (let i = this.used; i < this.items.length; i++) {
			const el = this.items[i].el;
			if (el.parentNode) el.remove();
		}
	}

	/** Nodes in the DOM now. */
	get size(): number {
		return this.used;
	}
}

/** Round a coordinate to a tenth of a pixel: shorter strings, and fewer writes when nothing really moved. */
export function px(v: number): number {
	return Math.round(v * 10) / 10;
}
