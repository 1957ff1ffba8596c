/** The quote list's delegated DOM events (one listener per kind for all recycled rows), registered on the view. */
import type { Component } from "obsidian";
import { localDayKey } from "../../core/quotes/daily";
import type { QuoteActions } from "./quote-actions";
import type { QuoteCursor } from "./quote-cursor";
import { handleListKey, type ListKeyTarget } from "./quote-keys";

/** What the list's events need from the panel. */
export interface ListEventTarget extends ListKeyTarget, Pick<Component, "registerDomEvent"> {
	readonly contentEl: HTMLElement;
	readonly scrollEl: HTMLElement;
	readonly actions: Pick<QuoteActions, "open" | "run" | "showMenu" | "citation">;
	readonly cursor: Pick<QuoteCursor, "entry" | "move" | "jumpTo" | "rect" | "cardAt" | "set">;
	/** A click (or middle click) in the list. */
	onClick(e: MouseEvent): void;
}

export function wireListEvents(view: ListEventTarget): void {
	view.registerDomEvent(view.scrollEl, "click", (e: MouseEvent) => view.onClick(e));
	view.registerDomEvent(view.scrollEl, "auxclick", (e: MouseEvent) => {
		if (e.button === 1) view.onClick(e);
	});
	view.registerDomEvent(view.scrollEl, "contextmenu", (e: MouseEvent) => {
		const i = rowIndexOf(e.target);
		const entry = view.cursor.cardAt(i);
		if (!entry) return;
		e.preventDefault();
		view.cursor.set(i, false);
		view.actions.showMenu(entry, e);
	});
	view.registerDomEvent(view.scrollEl, "dragstart", (e: DragEvent) => {
		const entry = view.cursor.cardAt(rowIndexOf(e.target));
		if (!entry || !e.dataTransfer) return;
		e.dataTransfer.setData("text/plain", view.actions.citation(entry));
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

/** What the day rollover needs from the panel. */
export interface DayRolloverTarget extends Pick<Component, "registerInterval"> {
	readonly searchEl: HTMLInputElement;
	/** The clock (the host's: injectable in tests). */
	now(): Date;
	refresh(resetScroll: boolean): void;
}

/** The quote of the day changes at local midnight even while the panel stays open: check once a minute. */
export function wireDayRollover(view: DayRolloverTarget): void {
	let day = localDayKey(view.now());
	view.registerInterval(
		window.setInterval(() => {
			const today = localDayKey(view.now());
			if (today === day) return;
			day = today;
			if (!view.searchEl.value.trim()) view.refresh(false);
		}, 60_000),
	);
}
