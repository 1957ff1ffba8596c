/** The quote list's delegated DOM events (one listener per kind for all recycled rows), registered on the view. */
import { handleListKey } from "./quote-keys";
import type { QuoteIndexView } from "./quote-view";

export function wireListEvents(view: QuoteIndexView): void {
	view.registerDomEvent(view.scrollEl, "click", (e: MouseEvent) => view.onClick(e));
	view.registerDomEvent(view.scrollEl, "auxclick", (e: MouseEvent) => {
		if (e.button === 1) view.onClick(e);
	});
	view.registerDomEvent(view.scrollEl, "contextmenu", (e: MouseEvent) => {
		const i = rowIndexOf(e.target);
		const row = i < 0 ? null : view.rows[i];
		if (row?.kind !== "card") return;
		e.preventDefault();
		view.setActive(i, false);
		view.actions.showMenu(row.entry, e);
	});
	view.registerDomEvent(view.scrollEl, "dragstart", (e: DragEvent) => {
		const i = rowIndexOf(e.target);
		const row = i < 0 ? null : view.rows[i];
		if (row?.kind !== "card" || !e.dataTransfer) return;
		e.dataTransfer.setData("text/plain", view.actions.citation(row.entry));
		e.dataTransfer.effectAllowed = "copy";
	});
	view.registerDomEvent(view.scrollEl, "keydown", (e: KeyboardEvent) => handleListKey(view, e));
	view.registerDomEvent(view.contentEl, "keydown", (e: KeyboardEvent) => {
		const t = e.target as HTMLElement;
		if (e.key === "/" && !t.closest("input, select, textarea")) {
			e.preventDefault();
			view.searchEl.focus();
		}
	});
}

/** The row index of the list row an event happened in, or -1. */
export function rowIndexOf(target: EventTarget | null): number {
	const el = target instanceof Element ? target.closest<HTMLElement>(".sb-vlist-row") : null;
	return el?.dataset.index ? Number(el.dataset.index) : -1;
}
