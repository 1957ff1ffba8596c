import type { QuizScope } from "../../core/quiz/quiz-set";
import type { StudyHost } from "../host";
import type { ActionSink } from "./actions";
import { t } from "../../obsidian/i18n";

export interface ViewMessage {
	title: string;
	text: string;
}

function noteName(path: string): string {
	return path.split("/").pop()?.replace(/\.md$/i, "") ?? path;
}

/** Why a scope cannot be quizzed before asking for questions (a note that is not a brief), or null. */
export function scopeProblem(host: StudyHost, scope: QuizScope): ViewMessage | null {
	if (scope.kind !== "brief" && scope.kind !== "item") return null;
	const key = host.settings.publishKey;
	if (!scope.path.toLowerCase().endsWith(".md")) {
		return {
			title: t("This note is not a brief"),
			text: t(
				'"{0}" is not a Markdown note. Quizzes are made from study briefs: Markdown notes whose front-matter has "{1}: true".',
				noteName(scope.path),
				key,
			),
		};
	}
	// Drafts (the key present but false) are briefs too: the reader chose this note, so it can be quizzed.
	if (!host.index.get(scope.path)) {
		return {
			title: t("This note is not a brief"),
			text: t(
				'"{0}" is not a study brief. A brief is a note whose front-matter has the "{1}" key (for example "{2}: true"). Add that line to its front-matter, or choose another note, and run "Quiz this brief" again.',
				noteName(scope.path),
				key,
				key,
			),
		};
	}
	return null;
}

/** The view without a quiz: why not (not a brief, nothing to ask, an error), or how to start one. */
export function renderEmpty(
	parent: HTMLElement,
	host: StudyHost,
	message: ViewMessage | null,
	scope: QuizScope | null,
	start: (scope: QuizScope) => void,
	actions: ActionSink,
): void {
	const box = parent.createDiv({ cls: "sb-quiz-empty" });
	if (message) {
		box.createEl("h3", { cls: "sb-quiz-empty-title", text: message.title });
		box.createEl("p", { cls: "sb-quiz-empty-text", text: message.text });
		const brief =
			scope && (scope.kind === "brief" || scope.kind === "item") ? host.index.get(scope.path) : undefined;
		if (brief?.problems.length) {
			const ul = box.createEl("ul", { cls: "sb-quiz-problems" });
			for (const p of brief.problems.slice(0, 5))
				ul.createEl("li", { text: t("Line {0}: {1}", p.line + 1, p.message) });
		}
		return;
	}
	box.createEl("h3", { cls: "sb-quiz-empty-title", text: t("Quiz") });
	const path = host.activePath();
	if (!path) {
		box.createEl("p", {
			cls: "sb-quiz-empty-text",
			text: t("Open a study brief, then start a quiz from the command palette."),
		});
		return;
	}
	box.createEl("p", { cls: "sb-quiz-empty-text", text: t('Test yourself on "{0}".', noteName(path)) });
	const btn = box.createEl("button", { cls: "mod-cta", text: t("Quiz this note"), attr: { type: "button" } });
	actions.on(btn, () => start({ kind: "brief", path }));
}
