/** Keyboard navigation of the quote list (the list has focus; the active card is aria-activedescendant). */
import type { QuoteEntry } from "../../core/quotes/entries";
import type { QuoteActions } from "./quote-actions";
import type { QuoteCursor } from "./quote-cursor";
import { openModeFor } from "./quote-actions";

/** What the list keys need from the panel. */
export interface ListKeyTarget {
	readonly searchEl: HTMLInputElement;
	readonly actions: Pick<QuoteActions, "open" | "run" | "showMenu">;
	/** The keyboard-active card. */
	readonly cursor: Pick<QuoteCursor, "entry" | "move" | "jumpTo" | "rect">;
}

/** Arrow keys move, Home/End jump, Enter opens (Mod+Enter: new tab), c copies the citation,
 * t copies the text, q quizzes, the context-menu key or Shift+F10 opens the menu, "/" searches. */
export function handleListKey(view: ListKeyTarget, e: KeyboardEvent): void {
	if (e.altKey) return;
	const plain = !e.ctrlKey && !e.metaKey;
	const entry = view.cursor.entry();
	const stop = () => {
		e.preventDefault();
		e.stopPropagation();
	};
	switch (e.key) {
		case "ArrowDown":
		case "j":
			if (e.key === "j" && !plain) return;
			stop();
			view.cursor.move(1);
			return;
		case "ArrowUp":
		case "k":
			if (e.key === "k" && !plain) return;
			stop();
			view.cursor.move(-1);
			return;
		case "Home":
		case "End":
			stop();
			view.cursor.jumpTo(e.key === "Home" ? "first" : "last");
			return;
		case "Enter":
			if (!entry) return;
			stop();
			void view.actions.open(entry, openModeFor(e));
			return;
		case "c":
		case "t":
		case "q":
			if (!entry || !plain) return;
			stop();
			void view.actions.run(e.key === "c" ? "cite" : e.key === "t" ? "copy" : "quiz", entry);
			return;
		case "/":
			stop();
			view.searchEl.focus();
			view.searchEl.select();
			return;
		case "Escape":
			if (!view.searchEl.value) return;
			stop();
			view.searchEl.focus();
			return;
		case "ContextMenu":
		case "F10":
			if (!entry || (e.key === "F10" && !e.shiftKey)) return;
			stop();
			showMenuAtActive(view, entry);
			return;
	}
}

function showMenuAtActive(view: ListKeyTarget, entry: QuoteEntry): void {
	const r = view.cursor.rect();
	view.actions.showMenu(entry, { x: r.left + 16, y: r.top + 16 });
}
