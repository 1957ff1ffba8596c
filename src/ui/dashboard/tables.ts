/** The table behind each chart, for screen readers (visually hidden: the chart shows the same numbers). */

export function srTable(
	parent: HTMLElement,
	caption: string,
	headers: string[],
	rows: Array<Array<string | number>>,
): HTMLTableElement {
	const table = parent.createEl("table", { cls: "sb-dash-sr-only" });
	table.createEl("caption", { text: caption });
	const head = table.createEl("thead").createEl("tr");
	for (const h of headers) head.createEl("th", { text: h, attr: { scope: "col" } });
	const body = table.createEl("tbody");
	for (const r of rows) {
		const tr = body.createEl("tr");
		r.forEach((cell, i) =>
			tr.createEl(i === 0 ? "th" : "td", { text: String(cell), attr: i === 0 ? { scope: "row" } : {} }),
		);
	}
	return table;
}

export function pct(x: number): string {
	return `${Math.round(x * 100)}%`;
}
