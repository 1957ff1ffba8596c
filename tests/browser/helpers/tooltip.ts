/**
 * Obsidian shows an element's `aria-label` (set by setTooltip) in a `.tooltip` box under it on hover; the shim
 * sets only the attribute. This draws the box the way Obsidian does, so a screenshot shows the tooltip.
 */
export function showTooltip(el: Element, at?: { x: number; y: number }): HTMLElement {
	const text = el.getAttribute("aria-label") ?? "";
	document.querySelectorAll(".tooltip").forEach((t) => t.remove());
	const tip = document.body.createDiv({ cls: "tooltip mod-bottom", text });
	const r = el.getBoundingClientRect();
	const x = at?.x ?? r.left + r.width / 2;
	const y = at?.y ?? r.bottom;
	tip.style.left = `${Math.max(4, x - 40)}px`;
	tip.style.top = `${y + 8}px`;
	return tip;
}
