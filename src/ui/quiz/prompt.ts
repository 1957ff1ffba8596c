import type { Question, Response } from "../../core/quiz/types";
import type { AnswerRecord } from "../../core/quiz/session";
import type { ActionSink } from "./actions";
import { t } from "../../obsidian/i18n";

/** What every question renderer gets: the question, its answer once given, and how to answer. */
export interface RenderCtx {
	question: Question;
	/** Set once the question is answered: the renderer shows it locked, marked right/wrong. */
	answered?: AnswerRecord;
	submit(response: Response): void;
	/** Where the controls' clicks and Enter go (delegated at the view root). */
	actions: ActionSink;
	/** How an option's words are shown (the era convention, see era-text.ts); default as written. */
	eraText?: (text: string) => string;
}

const BLANK = "____";

/** The prompt as text, a cloze blank ("____") shown as an underlined gap (or the answer once known). */
export function renderPrompt(parent: HTMLElement, q: Question, filled?: string): HTMLElement {
	const el = parent.createDiv({ cls: "sb-quiz-prompt" });
	const parts = q.prompt.split(BLANK);
	parts.forEach((part, i) => {
		if (i > 0) {
			el.createSpan({
				cls: filled ? "sb-quiz-blank sb-is-filled" : "sb-quiz-blank",
				text: filled ?? "\u2003\u2003\u2003",
				attr: filled ? {} : { "aria-label": t("blank") },
			});
		}
		if (part) el.appendText(part);
	});
	return el;
}

/** The correct answer of a question as text (checker's `expected` when given). */
export function expectedOf(rec: AnswerRecord): string {
	return rec.result.expected || rec.question.answer;
}

/** Compare two answers the way the view marks options: trimmed, case-insensitive. */
export function sameText(a: string, b: string): boolean {
	return a.trim().toLowerCase() === b.trim().toLowerCase();
}
