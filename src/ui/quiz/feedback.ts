import type { StudyHost } from "../host";
import { quizEraText } from "./era-text";
import { keyHint } from "./keys";
import { expectedOf } from "./prompt";
import { sourceLink } from "./source-link";
import type { AnswerRecord } from "../../core/quiz/session";
import type { ReviewGrade } from "../../core/review/scheduler";
import type { ActionSink } from "./actions";
import { GRADE_BUTTONS, gradeLabel, gradeName } from "./types";
import { t, tk } from "../../obsidian/i18n";

export interface FeedbackActions {
	/** Where the buttons' clicks go (delegated at the view root). */
	actions: ActionSink;
	override(grade: ReviewGrade): void;
	next(): void;
	isLast: boolean;
}

const VERDICT = { right: tk("Right"), close: tk("Close"), wrong: tk("Wrong") } as const;
const MARK = { right: "\u2713", close: "\u2248", wrong: "\u2717" } as const;

/**
 * What the reader sees after answering: right/close/wrong, the correct answer, the sentence the
 * question came from with a link to it, the one-tap grade override and "Continue".
 */
export function renderFeedback(
	parent: HTMLElement,
	host: StudyHost,
	rec: AnswerRecord,
	actions: FeedbackActions,
): HTMLElement {
	const { question: q, result } = rec;
	const era = quizEraText(host, q);
	const box = parent.createDiv({
		cls: `sb-quiz-feedback sb-is-${result.grade}`,
		attr: { role: "status", "aria-live": "polite" },
	});
	const verdict = box.createDiv({ cls: "sb-quiz-verdict" });
	verdict.createSpan({ cls: "sb-quiz-verdict-mark", text: MARK[result.grade], attr: { "aria-hidden": "true" } });
	verdict.createSpan({ cls: "sb-quiz-verdict-text", text: t(VERDICT[result.grade]) });
	if (typeof result.score === "number" && !result.note && (q.kind === "match" || q.kind === "order")) {
		verdict.createSpan({ cls: "sb-quiz-verdict-score", text: t("{0}% in place", Math.round(result.score * 100)) });
	}
	if (result.note) box.createDiv({ cls: "sb-quiz-note", text: era(result.note) });

	const answer = box.createDiv({ cls: "sb-quiz-answer" });
	answer.createSpan({ cls: "sb-quiz-answer-label", text: q.kind === "order" ? t("Correct order") : t("Answer") });
	if (q.kind === "order" && q.items?.length) {
		// The full sentences with their dates, in order: what the student needs to learn.
		const ol = answer.createEl("ol", { cls: "sb-quiz-answer-list sb-quiz-answer-dated" });
		(q.reveal?.length === q.items.length ? q.reveal : q.items).forEach((line) => {
			const li = ol.createEl("li");
			const dash = line.indexOf(" — ");
			if (dash > 0 && q.reveal) {
				li.createSpan({ cls: "sb-quiz-answer-date", text: era(line.slice(0, dash)) });
				li.appendText(" — " + line.slice(dash + 3));
			} else li.appendText(line);
		});
	} else if (q.kind === "match" && q.pairs?.length) {
		const ul = answer.createEl("ul", { cls: "sb-quiz-answer-list" });
		for (const p of q.pairs) {
			const li = ul.createEl("li");
			li.createSpan({ cls: "sb-quiz-answer-term", text: p.left });
			li.appendText(" \u2014 " + p.right);
		}
	} else {
		answer.createSpan({
			cls: "sb-quiz-answer-text",
			text: q.kind.startsWith("date") ? era(expectedOf(rec)) : expectedOf(rec),
		});
	}

	const src = box.createDiv({ cls: "sb-quiz-context" });
	// Order and match feedback already lists every sentence in full; the others quote their source sentence.
	if (q.context && q.kind !== "order" && q.kind !== "match")
		src.createEl("blockquote", { cls: "sb-quiz-context-text", text: q.context });
	const linkRow = src.createDiv({ cls: "sb-quiz-context-link" });
	sourceLink(linkRow, host, actions.actions, q.source);
	keyHint(linkRow, "E");

	const grades = box.createDiv({
		cls: "sb-quiz-grades",
		attr: { role: "group", "aria-label": t("Grade for review") },
	});
	grades.createSpan({ cls: "sb-quiz-grades-label", text: t("Review as") });
	GRADE_BUTTONS.forEach((g, i) => {
		const b = grades.createEl("button", {
			cls: `sb-quiz-grade sb-grade-${gradeName(g)}`,
			attr: { type: "button", "data-rating": gradeName(g) },
		});
		keyHint(b, String(i + 1));
		b.createSpan({ text: gradeLabel(g) });
		b.toggleClass("sb-is-active", rec.grade === g);
		b.setAttr("aria-pressed", rec.grade === g ? "true" : "false");
		actions.actions.on(b, () => actions.override(g));
	});

	const next = box.createDiv({ cls: "sb-quiz-actions" });
	const btn = next.createEl("button", { cls: "sb-quiz-continue mod-cta", attr: { type: "button" } });
	btn.createSpan({ text: actions.isLast ? t("See results") : t("Continue") });
	keyHint(btn, "Enter");
	actions.actions.on(btn, () => actions.next());
	return box;
}
