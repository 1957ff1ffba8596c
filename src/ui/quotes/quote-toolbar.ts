/** The quote panel's toolbar: search box, filter toggle, random quote. */
import { setIcon, type Component } from "obsidian";
import { t } from "../../obsidian/i18n";

/** What the toolbar needs from the panel. */
export interface ToolbarTarget extends Pick<Component, "registerDomEvent"> {
	/** Rebuild the rows for the current query. */
	refresh(resetScroll: boolean): void;
	/** Move focus to the list (and make its first card active when none is). */
	focusList(): void;
	/** Show or hide the filter bar; returns whether it is open now. */
	toggleFilters(): boolean;
	showRandomQuote(): unknown;
}

export function buildToolbar(
	view: ToolbarTarget,
	root: HTMLElement,
): { searchEl: HTMLInputElement; filterToggle: HTMLButtonElement } {
	const bar = root.createDiv({ cls: "sb-quotes-toolbar" });
	const searchEl = bar.createEl("input", {
		cls: "sb-quotes-search",
		attr: {
			type: "search",
			placeholder: t("Search quotes…"),
			"aria-label": t("Search quotes"),
			spellcheck: "false",
		},
	});
	view.registerDomEvent(searchEl, "input", () => view.refresh(false));
	view.registerDomEvent(searchEl, "keydown", (e: KeyboardEvent) => {
		if (e.key === "ArrowDown" || e.key === "Enter") {
			e.preventDefault();
			view.focusList();
		} else if (e.key === "Escape" && searchEl.value) {
			e.preventDefault();
			searchEl.value = "";
			view.refresh(true);
		}
	});
	const button = (icon: string, label: string, cb: () => void): HTMLButtonElement => {
		const b = bar.createEl("button", {
			cls: "sb-quotes-tool clickable-icon",
			attr: { type: "button", "aria-label": label },
		});
		setIcon(b, icon);
		view.registerDomEvent(b, "click", cb);
		return b;
	};
	const filterToggle = button("sliders-horizontal", t("Filters and grouping"), () => {
		filterToggle.setAttr("aria-expanded", String(view.toggleFilters()));
	});
	filterToggle.setAttr("aria-expanded", "false");
	button("dices", t("Random quote"), () => view.showRandomQuote());
	return { searchEl, filterToggle };
}
