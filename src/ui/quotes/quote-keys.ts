/** Keyboard navigation of the quote list (the list has focus; the active card is aria-activedescendant). */
import { openModeFor } from "./quote-actions";
import type { QuoteIndexView } from "./quote-view";

/** Arrow keys move, Home/End jump, Enter opens (Mod+Enter: new tab), c copies the citation,
 * t copies the text, q quizzes, the context-menu key or Shift+F10 opens the menu, "/" searches. */
export function handleListKey(view: QuoteIndexView, e: KeyboardEvent): void {
	if (e.altKey) return;
	const plain = !e.ctrlKey && !e.metaKey;
	const entry = view.activeEntry();
	const stop = () => {
		e.preventDefault();
		e.stopPropagation();
	};
	switch (e.key) {
		case "ArrowDown":
		case "j":
			if (e.key === "j" && !plain) return;
			stop();
			view.move(1);
			return;
		case "ArrowUp":
		case "k":
			if (e.key === "k" && !plain) return;
			stop();
			view.move(-1);
			return;
		case "Home":
			stop();
			view.setActive(-1, false);
			view.move(1);
			return;
		case "End":
			stop();
			view.active = view.rows.length;
			view.move(-1);
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
			showMenuAtActive(view);
			return;
	}
}

function showMenuAtActive(view: QuoteIndexView): void {
	const entry = view.activeEntry();
	if (!entry) return;
	const el = view.list.elementAt(view.active);
	const r = (el ?? view.scrollEl).getBoundingClientRect();
	view.actions.showMenu(entry, { x: r.left + 16, y: r.top + 16 });
}
