/** The quote list's delegated DOM events (one listener per kind for all recycled rows), registered on the view. */
import { localDayKey } from "../../core/quotes/daily";
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

/** The quote of the day changes at local midnight even while the panel stays open: check once a minute. */
export function wireDayRollover(view: QuoteIndexView): void {
	let day = localDayKey(view.host.now());
	view.registerInterval(
		window.setInterval(() => {
			const today = localDayKey(view.host.now());
			if (today === day) return;
			day = today;
			if (!view.searchEl.value.trim()) view.refresh(false);
		}, 60_000),
	);
}
