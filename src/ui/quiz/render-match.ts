import { digitIndex, keyHint, letterFor, letterIndex, type QuestionControl } from "./keys";
import type { RenderCtx } from "./prompt";
import { t } from "../i18n";

type Pair = { left: string; right: string };

/** The definitions in display order: the generator's shuffled `options` when they fit, else a rotation. */
function rightOrder(pairs: Pair[], options: string[] | undefined): string[] {
	const rights = pairs.map((p) => p.right);
	if (
		options &&
		options.length === rights.length &&
		[...options].sort().join("\u0000") === [...rights].sort().join("\u0000")
	) {
		return options;
	}
	return rights.length > 1 ? [...rights.slice(1), rights[0]] : rights;
}

/**
 * Match terms to definitions: pick a term (click or its digit), then a definition (click or its letter).
 * Picking a paired term again unpairs it. "Check" (Enter) is ready once every term has a partner.
 */
export function renderMatch(parent: HTMLElement, ctx: RenderCtx): QuestionControl {
	const q = ctx.question;
	const pairs = q.pairs ?? [];
	const lefts = pairs.map((p) => p.left);
	const rights = rightOrder(pairs, q.options);
	const rec = ctx.answered;
	const chosen = new Map<number, number>();
	if (rec && Array.isArray(rec.response)) {
		for (const r of rec.response) {
			if (typeof r === "string") continue;
			const li = lefts.indexOf(r.left);
			const ri = rights.indexOf(r.right);
			if (li >= 0 && ri >= 0) chosen.set(li, ri);
		}
	}
	let selected: number | null = null;
	const root = parent.createDiv({ cls: "sb-quiz-match" });

	const complete = () => chosen.size === lefts.length && lefts.length > 0;
	const pairWith = (ri: number) => {
		if (selected === null) return;
		for (const [l, r] of chosen) if (r === ri) chosen.delete(l);
		chosen.set(selected, ri);
		const next = lefts.findIndex((_, i) => !chosen.has(i));
		selected = next >= 0 ? next : null;
		draw();
	};
	/** Pick a term; picking the selected term again when it is paired unpairs it. */
	const selectLeft = (li: number) => {
		if (chosen.has(li) && selected === li) chosen.delete(li);
		selected = li;
		draw();
	};
	const submit = (): boolean => {
		if (rec || !complete()) return false;
		ctx.submit(lefts.map((left, i) => ({ left, right: rights[chosen.get(i) ?? 0] })));
		return true;
	};

	function draw(): void {
		root.empty();
		const cols = root.createDiv({ cls: "sb-quiz-match-cols" });
		const leftCol = cols.createDiv({ cls: "sb-quiz-match-col", attr: { role: "group", "aria-label": t("Terms") } });
		const rightCol = cols.createDiv({
			cls: "sb-quiz-match-col",
			attr: { role: "group", "aria-label": t("Definitions") },
		});
		lefts.forEach((left, li) => {
			const btn = leftCol.createEl("button", {
				cls: "sb-quiz-option sb-quiz-match-left",
				attr: { type: "button", "data-index": String(li) },
			});
			keyHint(btn, String(li + 1));
			btn.createSpan({ cls: "sb-quiz-option-text", text: left });
			const ri = chosen.get(li);
			if (ri !== undefined) btn.createSpan({ cls: "sb-quiz-pair-badge", text: letterFor(ri) });
			btn.toggleClass("sb-is-selected", selected === li);
			btn.toggleClass("sb-is-paired", ri !== undefined);
			if (rec) {
				btn.disabled = true;
				const ok = ri !== undefined && rights[ri] === pairs[li].right;
				btn.addClass(ok ? "sb-is-correct" : "sb-is-wrong");
			} else ctx.actions.on(btn, () => selectLeft(li));
		});
		rights.forEach((right, ri) => {
			const btn = rightCol.createEl("button", {
				cls: "sb-quiz-option sb-quiz-match-right",
				attr: { type: "button", "data-index": String(ri) },
			});
			keyHint(btn, letterFor(ri));
			btn.createSpan({ cls: "sb-quiz-option-text", text: right });
			const li = [...chosen].find(([, r]) => r === ri)?.[0];
			if (li !== undefined) btn.createSpan({ cls: "sb-quiz-pair-badge", text: String(li + 1) });
			btn.toggleClass("sb-is-paired", li !== undefined);
			if (rec) btn.disabled = true;
			else ctx.actions.on(btn, () => pairWith(ri));
		});
		if (!rec) {
			const actions = root.createDiv({ cls: "sb-quiz-actions" });
			const check = actions.createEl("button", { cls: "sb-quiz-submit mod-cta", attr: { type: "button" } });
			check.createSpan({ text: complete() ? t("Check") : t("Pair all {0} terms", lefts.length) });
			keyHint(check, "Enter");
			check.disabled = !complete();
			ctx.actions.on(check, () => submit());
		}
	}
	if (!rec) selected = lefts.length ? 0 : null;
	draw();

	return {
		onKey(key: string): boolean {
			if (rec) return false;
			const d = digitIndex(key);
			if (d >= 0 && d < lefts.length) {
				selectLeft(d);
				return true;
			}
			const l = letterIndex(key);
			if (l >= 0 && l < rights.length) {
				pairWith(l);
				return true;
			}
			return false;
		},
		submit,
		focus: () => undefined,
	};
}
