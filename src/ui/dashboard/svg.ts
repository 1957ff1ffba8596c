/** Plain SVG building (no chart library, no innerHTML): elements with attributes, colours from CSS classes. */

const NS = "http://www.w3.org/2000/svg";

export type SvgAttrs = Record<string, string | number>;

export function svgEl<K extends keyof SVGElementTagNameMap>(
	parent: Element,
	tag: K,
	attrs: SvgAttrs = {},
	cls?: string,
): SVGElementTagNameMap[K] {
	const el = parent.ownerDocument.createElementNS(NS, tag);
	for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
	if (cls) el.setAttribute("class", cls);
	parent.appendChild(el);
	return el;
}

/** A chart's root: scales to its container's width; hidden from screen readers (each chart has a table). */
export function svgRoot(parent: HTMLElement, width: number, height: number, cls: string): SVGSVGElement {
	return svgEl(
		parent,
		"svg",
		{
			viewBox: `0 0 ${width} ${height}`,
			width: "100%",
			preserveAspectRatio: "xMinYMin meet",
			"aria-hidden": "true",
			focusable: "false",
		},
		`sb-dash-chart ${cls}`,
	);
}

export function svgText(
	parent: Element,
	x: number,
	y: number,
	text: string,
	cls: string,
	anchor: "start" | "middle" | "end" = "start",
): SVGTextElement {
	const el = svgEl(parent, "text", { x, y, "text-anchor": anchor }, cls);
	el.textContent = text;
	return el;
}

/** A tooltip (shown on hover) for a shape. */
export function svgTitle(parent: Element, text: string): void {
	svgEl(parent, "title").textContent = text;
}
