/** The dashboard's text sections: the summary tiles, mastery bars and the most-missed list. */
import type { MasteryRow, MissedItem, StudyStats } from "../../core/stats/types";
import type { StudyHost } from "../host";
import { pct } from "./tables";

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

function tile(parent: HTMLElement, value: string, label: string, detail?: string): void {
	const t = parent.createDiv({ cls: "sb-dash-tile" });
	t.createDiv({ cls: "sb-dash-tile-value", text: value });
	t.createDiv({ cls: "sb-dash-tile-label", text: label });
	if (detail) t.createDiv({ cls: "sb-dash-tile-detail", text: detail });
}

export function renderSummary(parent: HTMLElement, s: StudyStats): void {
	const box = parent.createDiv({ cls: "sb-dash-tiles" });
	const st = s.streak;
	tile(box, plural(st.current, "day"), "Streak", st.current && !st.reviewedToday ? `Review today to keep it \u00b7 longest ${st.longest}` : `Longest ${plural(st.longest, "day")}`);
	tile(box, s.totals.today.toLocaleString(), "Reviews today", `${s.totals.reviews.toLocaleString()} in all`);
	tile(box, s.totals.dueNow.toLocaleString(), "Due now", s.totals.newCards ? `${s.totals.newCards.toLocaleString()} never studied` : undefined);
	tile(box, s.totals.cards ? pct(s.totals.mastered / s.totals.cards) : "\u2013", "Mastered", `${s.totals.mastered.toLocaleString()} of ${plural(s.totals.cards, "card")}`);
}

/** One bar per row; with `quiz`, each name (of a row `quiz` accepts) starts a quiz on that course or brief. */
export function renderMastery(parent: HTMLElement, rows: MasteryRow[], quiz: { can(row: MasteryRow): boolean; start(row: MasteryRow): void } | null, limit = Infinity): void {
	const list = parent.createDiv({ cls: "sb-dash-mastery" });
	const addRow = (into: HTMLElement, r: MasteryRow) => {
		const row = into.createDiv({ cls: "sb-dash-mastery-row", attr: { "data-key": r.key } });
		const q = quiz?.can(r) ? quiz : null;
		const name = row.createEl(q ? "button" : "span", { cls: "sb-dash-mastery-name", text: r.label, attr: q ? { type: "button", "aria-label": `Quiz: ${r.label}` } : {} });
		if (q) name.addEventListener("click", () => q.start(r));
		const bar = row.createDiv({ cls: "sb-dash-mastery-bar", attr: { "aria-hidden": "true" } });
		bar.createDiv({ cls: "sb-dash-mastery-fill" }).setCssProps({ "--sb-dash-share": pct(r.share) });
		row.createSpan({ cls: "sb-dash-mastery-pct", text: `${pct(r.share)} of ${plural(r.cards, "card")}${r.dueNow ? ` \u00b7 ${r.dueNow.toLocaleString()} due` : ""}` });
	};
	const shown = rows.slice(0, limit);
	for (const r of shown) addRow(list, r);
	if (rows.length > shown.length) {
		const more = list.createEl("details", { cls: "sb-dash-more" });
		more.createEl("summary", { text: `Show all ${plural(rows.length, "brief")}` });
		for (const r of rows.slice(shown.length)) addRow(more, r);
	}
}

/** Items missed most often: each opens its source line; "Quiz me on these" asks them again. */
export function renderMissed(parent: HTMLElement, host: StudyHost, missed: MissedItem[]): void {
	if (!missed.length) {
		parent.createEl("p", { cls: "sb-dash-note", text: "Nothing missed yet." });
		return;
	}
	const btn = parent.createEl("button", { cls: "mod-cta sb-dash-quiz-missed", text: "Quiz me on these", attr: { type: "button" } });
	btn.addEventListener("click", () => void host.startQuiz({ kind: "cards", ids: missed.map((m) => m.card) }));
	const ol = parent.createEl("ol", { cls: "sb-dash-missed" });
	for (const m of missed) {
		const li = ol.createEl("li", { cls: "sb-dash-missed-item", attr: { "data-card": m.card } });
		const source = m.source;
		if (source) {
			const a = li.createEl("a", { cls: "sb-dash-missed-label", text: m.label, href: "#", attr: { "aria-label": `${m.label} (open ${m.briefTitle}, line ${source.line + 1})` } });
			a.addEventListener("click", (e) => {
				e.preventDefault();
				void host.openSource(source, e.metaKey || e.ctrlKey ? "tab" : "same");
			});
		} else li.createSpan({ cls: "sb-dash-missed-label", text: m.label });
		li.createDiv({ cls: "sb-dash-missed-meta", text: `Missed ${m.misses} of ${plural(m.reviews, "review")} \u00b7 ${m.briefTitle}` });
	}
}

/** Weakest first (the ones to work on), then by name. */
export function weakestFirst(rows: MasteryRow[]): MasteryRow[] {
	return [...rows].sort((a, b) => a.share - b.share || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
