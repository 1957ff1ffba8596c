/** The quote panel's empty states: where quotes come from, or why nothing matches. */

export type EmptyKind = "none" | "no-match" | "filtered";

export function renderEmptyState(el: HTMLElement, kind: EmptyKind, query = ""): void {
	el.empty();
	if (kind === "no-match") {
		el.createEl("p", { cls: "sb-quotes-empty-title", text: `No quotes match “${query.trim()}”.` });
		el.createEl("p", { text: "Case, accents and punctuation are ignored; every word must appear. Check the filters too." });
		return;
	}
	if (kind === "filtered") {
		el.createEl("p", { cls: "sb-quotes-empty-title", text: "No quotes pass the current filters." });
		el.createEl("p", { text: "Reset the filters, or include unpublished briefs." });
		return;
	}
	el.createEl("p", { cls: "sb-quotes-empty-title", text: "No quotes yet" });
	el.createEl("p", { text: "The quote index collects quotes from the briefs in your vault (notes marked for publishing):" });
	const ul = el.createEl("ul");
	item(ul, "List items in a quotes section: ", "**Key Quotes:**", " or a heading of that name.");
	item(ul, "Blockquotes that end with an attribution line: ", "> — Speaker", "");
	item(ul, "Quote callouts: ", "> [!quote] Speaker", "");
	el.createEl("p", { text: "Notes that are not marked for publishing appear when the publish filter includes them." });
}

function item(ul: HTMLElement, before: string, code: string, after: string): void {
	const li = ul.createEl("li");
	li.appendText(before);
	li.createEl("code", { text: code });
	if (after) li.appendText(after);
}

/** The line above the list: how many quotes, found, or close matches. */
export function statusText(n: number, query: string, fuzzy: boolean): string {
	const quotes = `${n} ${n === 1 ? "quote" : "quotes"}`;
	if (fuzzy) return `No exact matches: ${n} close ${n === 1 ? "match" : "matches"}`;
	return query.trim() ? `${quotes} found` : quotes;
}
