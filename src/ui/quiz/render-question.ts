import type { QuizScope } from "../../core/quiz/quiz-set";
import type { QuestionControl } from "./keys";
import type { RenderCtx } from "./prompt";
import { renderChoice } from "./render-choice";
import { renderMatch } from "./render-match";
import { renderOrder } from "./render-order";
import { renderTyped } from "./render-typed";

/** A quiz scope as stored in the view state (restored from the workspace layout: check its shape). */
export function isScope(v: unknown): v is QuizScope {
	if (typeof v !== "object" || v === null) return false;
	const k = (v as { kind?: unknown }).kind;
	if (k === "cards")
		return (
			Array.isArray((v as { ids?: unknown }).ids) &&
			(v as { ids: unknown[] }).ids.every((id) => typeof id === "string")
		);
	return k === "brief" || k === "course" || k === "item" || k === "due";
}

/** The answer controls for a question's kind. */
export function renderControl(parent: HTMLElement, ctx: RenderCtx): QuestionControl {
	switch (ctx.question.kind) {
		case "date-typed":
		case "cloze":
			return renderTyped(parent, ctx);
		case "match":
			return renderMatch(parent, ctx);
		case "order":
			return renderOrder(parent, ctx);
		default:
			return renderChoice(parent, ctx);
	}
}
