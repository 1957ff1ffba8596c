import type { Problem } from "../../core/model";
import { elementOf, modeOf } from "./interactions";
import type { PanelsTarget } from "./targets";
import { t } from "../../obsidian/i18n";

/** What the view says when there is nothing to show: why, and what makes a note a brief. */
export function renderEmpty(view: PanelsTarget, el: HTMLElement, empty: boolean): void {
	el.empty();
	if (!empty) return;
	const s = view.state;
	const idx = view.host.index;
	const anyBrief = idx.briefs({ includeUnpublished: s.includeUnpublished }).length > 0;
	const filtered = s.text.trim() !== "" || s.scope !== "all";
	if (filtered && anyBrief) {
		const reason =
			s.scope === "active" && !(view.activePath && idx.get(view.activePath))
				? t("The active note is not a brief.")
				: s.scope === "course" && !(view.activePath && idx.get(view.activePath))
					? t("Open a brief to see the events of its course.")
					: t("No events match the filter.");
		el.createDiv({ cls: "sb-tl-empty-title", text: reason });
		el.createEl("button", { cls: "mod-cta", text: t("Show all events"), attr: { "data-action": "show-all" } });
		return;
	}
	const key = view.host.settings.publishKey;
	el.createDiv({
		cls: "sb-tl-empty-title",
		text: anyBrief ? t("Your briefs have no dated events yet.") : t("No briefs yet."),
	});
	const p = el.createEl("p");
	p.appendText(t("A note becomes a brief when its front-matter marks it for publishing: "));
	p.createEl("code", { text: `${key}: true` });
	p.appendText(t(". The timeline collects the dated sentences of every brief, for example:"));
	el.createEl("pre", {
		cls: "sb-tl-example",
		text: `---\n${key}: true\n---\n## The Roman Republic\n- In 509 BC the Romans expelled their last king.\n- Caesar was killed on 15 March 44 BC.`,
	});
	const hint = el.createEl("p", { cls: "sb-tl-empty-hint" });
	hint.appendText(
		t(
			"Years, BC dates, decades (1930s), centuries, months (November 1933), ranges (1933–1939) and circa dates (c. 1150) all count.",
		),
	);
	if (!s.includeUnpublished)
		hint.appendText(t(' Notes that are not marked for publishing are hidden: tick "Unpublished" to include them.'));
}

/** The footer that lists notes that could not be read; a click opens the note. */
export function renderProblems(el: HTMLElement, problems: Problem[]): void {
	el.empty();
	el.toggleClass("sb-tl-hidden", problems.length === 0);
	if (!problems.length) return;
	const details = el.createEl("details");
	const paths = new Set(problems.map((p) => p.path));
	details.createEl("summary", {
		text:
			paths.size === 1
				? t("1 note could not be read completely ({0})", problemCount(problems.length))
				: t("{0} notes could not be read completely ({1})", paths.size, problemCount(problems.length)),
	});
	const list = details.createEl("ul");
	for (const p of problems.slice(0, 200)) {
		const li = list.createEl("li", { cls: `sb-tl-problem is-${p.severity}` });
		li.createEl("a", {
			cls: "sb-tl-problem-path",
			text: `${p.path}${p.line ? `:${p.line + 1}` : ""}`,
			attr: { href: "#", "data-path": p.path, "data-line": String(p.line) },
		});
		li.createSpan({ cls: "sb-tl-problem-message", text: ` — ${p.message}` });
	}
}

/** One delegated click handler each for the empty state and the problems footer. */
export function bindPanels(view: PanelsTarget, empty: HTMLElement, footer: HTMLElement): void {
	view.registerDomEvent(empty, "click", (e: MouseEvent) => {
		if (!elementOf(e.target)?.closest("[data-action=show-all]")) return;
		view.toolbar.filter.value = "";
		view.change({ scope: "all", text: "" });
	});
	view.registerDomEvent(footer, "click", (e: MouseEvent) => {
		const a = elementOf(e.target)?.closest<HTMLElement>("a[data-path]");
		if (!a) return;
		e.preventDefault();
		const ref = { path: a.getAttribute("data-path") ?? "", line: Number(a.getAttribute("data-line") ?? 0) };
		view.host.openSource(ref, modeOf(e)).catch((err: unknown) => console.error(err));
	});
}

function problemCount(n: number): string {
	return n === 1 ? t("1 problem") : t("{0} problems", n);
}
