import type { StudyHost } from "../host";
import { keyHint } from "./keys";
import { expectedOf } from "./prompt";
import type { QuizSession } from "../../core/quiz/session";
import { sourceLink } from "./source-link";
import type { ActionSink } from "./actions";
import { t } from "../../obsidian/i18n";

export interface EndActions {
	/** Where the buttons' clicks go (delegated at the view root). */
	actions: ActionSink;
	retryMissed(): void;
	restart(): void;
	close(): void;
}

function briefName(host: StudyHost, path: string): string {
	return host.index.get(path)?.title ?? path.split("/").pop()?.replace(/\.md$/i, "") ?? path;
}

/** The end of a quiz: the score, the missed questions with links, "Retry missed", and review stats per brief. */
export function renderEnd(
	parent: HTMLElement,
	host: StudyHost,
	session: QuizSession,
	actions: EndActions,
): HTMLElement {
	const box = parent.createDiv({ cls: "sb-quiz-end" });
	const s = session.score();
	const pct = s.total ? Math.round(((s.right + s.close * 0.5) / s.total) * 100) : 0;
	const score = box.createDiv({ cls: "sb-quiz-score", attr: { role: "status" } });
	score.createDiv({ cls: "sb-quiz-score-big", text: `${s.right} / ${s.total}` });
	score.createDiv({
		cls: "sb-quiz-score-detail",
		text: t("{0} right · {1} close · {2} wrong · {3}%", s.right, s.close, s.wrong, pct),
	});

	const missed = session.missed();
	const actionsEl = box.createDiv({ cls: "sb-quiz-actions" });
	if (missed.length) {
		const retry = actionsEl.createEl("button", { cls: "sb-quiz-retry mod-cta", attr: { type: "button" } });
		retry.createSpan({ text: t("Retry missed ({0})", missed.length) });
		keyHint(retry, "R");
		actions.actions.on(retry, () => actions.retryMissed());
	}
	const again = actionsEl.createEl("button", { cls: "sb-quiz-restart", attr: { type: "button" } });
	again.createSpan({ text: t("New quiz") });
	keyHint(again, "N");
	actions.actions.on(again, () => actions.restart());
	const close = actionsEl.createEl("button", { cls: "sb-quiz-close", attr: { type: "button" } });
	close.createSpan({ text: t("Close") });
	keyHint(close, "Esc");
	actions.actions.on(close, () => actions.close());
	if (host.openDashboard) {
		const dash = actionsEl.createEl("button", {
			cls: "sb-quiz-dashboard",
			text: t("Study dashboard"),
			attr: { type: "button" },
		});
		actions.actions.on(dash, () => host.openDashboard?.());
	}

	if (missed.length) {
		box.createEl("h4", { cls: "sb-quiz-section-title", text: t("Missed") });
		const list = box.createEl("ul", { cls: "sb-quiz-missed" });
		for (const rec of missed) {
			const li = list.createEl("li", { cls: `sb-quiz-missed-item sb-is-${rec.result.grade}` });
			li.createDiv({ cls: "sb-quiz-missed-prompt", text: rec.question.prompt });
			const ans = li.createDiv({ cls: "sb-quiz-missed-answer" });
			ans.createSpan({ cls: "sb-quiz-answer-label", text: t("Answer") });
			ans.createSpan({ text: expectedOf(rec).split("\n").join(" \u2192 ") });
			sourceLink(li.createDiv({ cls: "sb-quiz-context-link" }), host, actions.actions, rec.question.source);
		}
	} else if (s.total) {
		box.createDiv({ cls: "sb-quiz-perfect", text: t("Nothing missed.") });
	}

	if (host.reviewStats) {
		const paths = [...new Set(session.questions.map((q) => q.briefPath))];
		const rows = paths.map((p) => ({ path: p, stats: host.reviewStats?.(p) ?? null })).filter((r) => r.stats);
		if (rows.length) {
			box.createEl("h4", { cls: "sb-quiz-section-title", text: t("Spaced review") });
			const table = box.createDiv({ cls: "sb-quiz-mastery" });
			for (const r of rows) {
				const st = r.stats as { due: number; mastery: number };
				const row = table.createDiv({ cls: "sb-quiz-mastery-row", attr: { "data-path": r.path } });
				row.createSpan({ cls: "sb-quiz-mastery-name", text: briefName(host, r.path) });
				const bar = row.createDiv({ cls: "sb-quiz-mastery-bar", attr: { "aria-hidden": "true" } });
				bar.createDiv({ cls: "sb-quiz-mastery-fill" }).setCssProps({
					"--sb-quiz-mastery": `${Math.round(st.mastery * 100)}%`,
				});
				row.createSpan({ cls: "sb-quiz-mastery-pct", text: t("{0}% mastered", Math.round(st.mastery * 100)) });
				row.createSpan({ cls: "sb-quiz-mastery-due", text: st.due === 1 ? "1 due" : `${st.due} due` });
			}
		}
	}
	return box;
}
