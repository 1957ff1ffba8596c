/** The dashboard's text sections: the summary tiles, mastery bars and the most-missed list. */
import type { MasteryRow, MissedItem, StudyStats } from "../../core/stats/types";
import type { StudyHost } from "../host";
import { pct } from "./tables";
import { t } from "../../obsidian/i18n";

/** "1 card" / "12 cards" in the interface language. */
function count(n: number, one: string, many: string): string {
	return n === 1 ? t(one) : t(many, n.toLocaleString());
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
	tile(
		box,
		count(st.current, "1 day", "{0} days"),
		t("Streak"),
		st.current && !st.reviewedToday
			? t("Review today to keep it · longest {0}", st.longest)
			: t("Longest {0}", count(st.longest, "1 day", "{0} days")),
	);
	tile(box, s.totals.today.toLocaleString(), t("Reviews today"), t("{0} in all", s.totals.reviews.toLocaleString()));
	tile(
		box,
		s.totals.dueNow.toLocaleString(),
		t("Due now"),
		s.totals.newCards ? t("{0} never studied", s.totals.newCards.toLocaleString()) : undefined,
	);
	tile(
		box,
		s.totals.cards ? pct(s.totals.mastered / s.totals.cards) : "\u2013",
		t("Mastered"),
		t("{0} of {1}", s.totals.mastered.toLocaleString(), count(s.totals.cards, "1 card", "{0} cards")),
	);
}

/** One bar per row; with `quiz`, each name (of a row `quiz` accepts) starts a quiz on that course or brief. */
export function renderMastery(
	parent: HTMLElement,
	rows: MasteryRow[],
	quiz: { can(row: MasteryRow): boolean; start(row: MasteryRow): void } | null,
	limit = Infinity,
): void {
	const list = parent.createDiv({ cls: "sb-dash-mastery" });
	const addRow = (into: HTMLElement, r: MasteryRow) => {
		const row = into.createDiv({ cls: "sb-dash-mastery-row", attr: { "data-key": r.key } });
		const q = quiz?.can(r) ? quiz : null;
		const name = row.createEl(q ? "button" : "span", {
			cls: "sb-dash-mastery-name",
			text: r.label,
			attr: q ? { type: "button", "aria-label": t("Quiz: {0}", r.label) } : {},
		});
		if (q) name.addEventListener("click", () => q.start(r));
		const bar = row.createDiv({ cls: "sb-dash-mastery-bar", attr: { "aria-hidden": "true" } });
		bar.createDiv({ cls: "sb-dash-mastery-fill" }).setCssProps({ "--sb-dash-share": pct(r.share) });
		row.createSpan({
			cls: "sb-dash-mastery-pct",
			text: `${t("{0} of {1}", pct(r.share), count(r.cards, "1 card", "{0} cards"))}${r.dueNow ? ` \u00b7 ${t("{0} due", r.dueNow.toLocaleString())}` : ""}`,
		});
	};
	const shown = rows.slice(0, limit);
	for (const r of shown) addRow(list, r);
	if (rows.length > shown.length) {
		const more = list.createEl("details", { cls: "sb-dash-more" });
		more.createEl("summary", { text: t("Show all ({0})", rows.length.toLocaleString()) });
		for (const r of rows.slice(shown.length)) addRow(more, r);
	}
}

/** Items missed most often: each opens its source line; "Quiz me on these" asks them again. */
export function renderMissed(parent: HTMLElement, host: StudyHost, missed: MissedItem[]): void {
	if (!missed.length) {
		parent.createEl("p", { cls: "sb-dash-note", text: t("Nothing missed yet.") });
		return;
	}
	const btn = parent.createEl("button", {
		cls: "mod-cta sb-dash-quiz-missed",
		text: t("Quiz me on these"),
		attr: { type: "button" },
	});
	btn.addEventListener("click", () => void host.startQuiz({ kind: "cards", ids: missed.map((m) => m.card) }));
	const ol = parent.createEl("ol", { cls: "sb-dash-missed" });
	for (const m of missed) {
		const li = ol.createEl("li", { cls: "sb-dash-missed-item", attr: { "data-card": m.card } });
		const source = m.source;
		if (source) {
			const a = li.createEl("a", {
				cls: "sb-dash-missed-label",
				text: m.label,
				href: "#",
				attr: { "aria-label": t("{0} (open {1}, line {2})", m.label, m.briefTitle, source.line + 1) },
			});
			a.addEventListener("click", (e) => {
				e.preventDefault();
				void host.openSource(source, e.metaKey || e.ctrlKey ? "tab" : "same");
			});
		} else li.createSpan({ cls: "sb-dash-missed-label", text: m.label });
		li.createDiv({
			cls: "sb-dash-missed-meta",
			text: `${t("Missed {0} of {1}", m.misses, count(m.reviews, "1 review", "{0} reviews"))} \u00b7 ${m.briefTitle}`,
		});
	}
}

/** Weakest first (the ones to work on), then by name. */
export function weakestFirst(rows: MasteryRow[]): MasteryRow[] {
	return [...rows].sort((a, b) => a.share - b.share || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
