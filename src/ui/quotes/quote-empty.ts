/** The quote panel's empty states: where quotes come from, or why nothing matches. */
import { t } from "../../obsidian/i18n";

export type EmptyKind = "none" | "no-match" | "filtered";

export function renderEmptyState(el: HTMLElement, kind: EmptyKind, query = ""): void {
	el.empty();
	if (kind === "no-match") {
		el.createEl("p", { cls: "sb-quotes-empty-title", text: t("No quotes match “{0}”.", query.trim()) });
		el.createEl("p", {
			text: t("Case, accents and punctuation are ignored; every word must appear. Check the filters too."),
		});
		return;
	}
	if (kind === "filtered") {
		el.createEl("p", { cls: "sb-quotes-empty-title", text: t("No quotes pass the current filters.") });
		el.createEl("p", { text: t("Reset the filters, or include unpublished briefs.") });
		return;
	}
	el.createEl("p", { cls: "sb-quotes-empty-title", text: t("No quotes yet") });
	el.createEl("p", {
		text: t("The quote index collects quotes from the briefs in your vault (notes marked for publishing):"),
	});
	const ul = el.createEl("ul");
	item(ul, t("List items in a quotes section: "), "**Key Quotes:**", t(" or a heading of that name."));
	item(ul, t("Blockquotes that end with an attribution line: "), "> — Speaker", "");
	item(ul, t("Quote callouts: "), "> [!quote] Speaker", "");
	el.createEl("p", {
		text: t("Notes that are not marked for publishing appear when the publish filter includes them."),
	});
}

function item(ul: HTMLElement, before: string, code: string, after: string): void {
	const li = ul.createEl("li");
	li.appendText(before);
	li.createEl("code", { text: code });
	if (after) li.appendText(after);
}

/** The line above the list: how many quotes, found, or close matches. */
export function statusText(n: number, query: string, fuzzy: boolean): string {
	if (fuzzy) return n === 1 ? t("No exact matches: 1 close match") : t("No exact matches: {0} close matches", n);
	if (query.trim()) return n === 1 ? t("1 quote found") : t("{0} quotes found", n);
	return n === 1 ? t("1 quote") : t("{0} quotes", n);
}
