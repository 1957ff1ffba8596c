/** The quiz's header (title, undo button, count), the first-question banner and the progress bar. */
import type { QuizSet } from "../../core/quiz/quiz-set";
import type { QuizSession } from "../../core/quiz/session";
import { t } from "../../obsidian/i18n";
import type { ActionSink } from "./actions";
import { keyHint } from "./keys";

export function renderHeader(
	wrap: HTMLElement,
	s: QuizSession,
	set: QuizSet | null,
	actions: ActionSink,
	undo: () => void,
): void {
	const header = wrap.createDiv({ cls: "sb-quiz-header" });
	header.createDiv({ cls: "sb-quiz-title", text: set?.title ?? t("Quiz") });
	if (set?.note && s.index === 0 && s.phase === "question")
		wrap.createDiv({ cls: "sb-quiz-note-banner", text: set.note });
	const done = s.phase === "end" ? s.questions.length : s.index + (s.phase === "feedback" ? 1 : 0);
	if (s.canUndo()) {
		// Touch screens have no U key: undo is a button too.
		const button = header.createEl("button", {
			cls: "sb-quiz-undo",
			attr: { type: "button", "aria-label": t("Undo last answer") },
		});
		button.createSpan({ text: t("Undo") });
		keyHint(button, "U");
		actions.on(button, undo);
	}
	header.createDiv({
		cls: "sb-quiz-count",
		text: s.phase === "end" ? t("Done") : `${s.index + 1} / ${s.questions.length}`,
	});
	const bar = wrap.createDiv({
		cls: "sb-quiz-progress",
		attr: {
			role: "progressbar",
			"aria-valuemin": "0",
			"aria-valuemax": String(s.questions.length),
			"aria-valuenow": String(done),
		},
	});
	bar.createDiv({ cls: "sb-quiz-progress-fill" }).setCssProps({
		"--sb-quiz-progress": `${(done / s.questions.length) * 100}%`,
	});
}
