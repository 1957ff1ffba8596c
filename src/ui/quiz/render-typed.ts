import { keyHint, type QuestionControl } from "./keys";
import type { RenderCtx } from "./prompt";
import { t } from "../../obsidian/i18n";

/**
 * A text field for date-typed and cloze: Enter submits (an empty field does not). While the field has
 * focus the view's single-key shortcuts are off, so typing "1933" or "u" is just typing.
 */
export function renderTyped(parent: HTMLElement, ctx: RenderCtx): QuestionControl {
	const q = ctx.question;
	const row = parent.createDiv({ cls: "sb-quiz-typed" });
	const isYear = q.kind === "date-typed";
	const input = row.createEl("input", {
		cls: "sb-quiz-input",
		attr: {
			type: "text",
			autocomplete: "off",
			autocapitalize: "off",
			spellcheck: "false",
			enterkeyhint: "done",
			"aria-label": isYear ? t("Year") : t("Missing words"),
			placeholder: isYear ? t("Year, e.g. 1933 or 44 BC") : t("Missing words"),
		},
	});
	const btn = row.createEl("button", { cls: "sb-quiz-submit mod-cta", attr: { type: "button" } });
	btn.createSpan({ text: t("Check") });
	keyHint(btn, "Enter");
	const rec = ctx.answered;
	if (rec) {
		input.value = typeof rec.response === "string" ? rec.response : "";
		input.disabled = true;
		btn.disabled = true;
		input.addClass(
			rec.result.grade === "right"
				? "sb-is-correct"
				: rec.result.grade === "close"
					? "sb-is-close"
					: "sb-is-wrong",
		);
	}
	const submit = (): boolean => {
		if (rec) return false;
		const value = input.value.trim();
		if (!value) {
			input.focus();
			return false;
		}
		ctx.submit(value);
		return true;
	};
	ctx.actions.onEnter(input, () => void submit());
	ctx.actions.on(btn, () => void submit());
	return {
		onKey: () => false,
		submit,
		focus: () => {
			if (!rec) input.focus({ preventScroll: true });
		},
	};
}
