import { keyHint, digitIndex, type QuestionControl } from "./keys";
import { expectedOf, sameText, type RenderCtx } from "./prompt";
import { t } from "../../obsidian/i18n";

/**
 * Option buttons for date-choice, term-choice, which-brief, which-speaker and true-false: full width, wrapping,
 * each with its key ("1".."9"). Once answered the chosen option and the correct one are marked.
 */
export function renderChoice(parent: HTMLElement, ctx: RenderCtx): QuestionControl {
	const q = ctx.question;
	const options = q.options?.length ? q.options : [q.answer];
	const list = parent.createDiv({ cls: "sb-quiz-options", attr: { role: "group", "aria-label": t("Answers") } });
	const buttons: HTMLButtonElement[] = [];
	const rec = ctx.answered;
	const chosen = rec && typeof rec.response === "string" ? rec.response : null;
	const expected = rec ? expectedOf(rec) : null;
	options.forEach((opt, i) => {
		const btn = list.createEl("button", {
			cls: "sb-quiz-option",
			attr: { type: "button", "data-index": String(i) },
		});
		if (i < 9) keyHint(btn, String(i + 1));
		btn.createSpan({ cls: "sb-quiz-option-text", text: ctx.eraText ? ctx.eraText(opt) : opt });
		if (rec) {
			btn.disabled = true;
			const isCorrect = expected !== null && (sameText(opt, expected) || sameText(opt, q.answer));
			const isChosen = chosen !== null && opt === chosen;
			if (isCorrect) btn.addClass("sb-is-correct");
			if (isChosen) btn.addClass("sb-is-chosen");
			if (isChosen && !isCorrect) btn.addClass("sb-is-wrong");
			btn.setAttr("aria-pressed", isChosen ? "true" : "false");
		} else {
			ctx.actions.on(btn, () => ctx.submit(opt));
		}
		buttons.push(btn);
	});
	return {
		onKey(key: string): boolean {
			if (rec) return false;
			const i = digitIndex(key);
			if (i < 0 || i >= options.length) return false;
			ctx.submit(options[i]);
			return true;
		},
		submit: () => false,
		focus: () => undefined,
	};
}
