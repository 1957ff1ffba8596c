import { digitIndex, keyHint, letterFor, letterIndex, type QuestionControl } from "./keys";
import type { RenderCtx } from "./prompt";
import type { ActionSink } from "./actions";
import { t } from "../../obsidian/i18n";

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

/** Pairs (term index → definition index) of a recorded answer. */
function pairsAnswered(response: unknown, lefts: string[], rights: string[]): Map<number, number> {
	const chosen = new Map<number, number>();
	if (!Array.isArray(response)) return chosen;
	for (const r of response as (string | Pair)[]) {
		if (typeof r === "string") continue;
		const li = lefts.indexOf(r.left);
		const ri = rights.indexOf(r.right);
		if (li >= 0 && ri >= 0) chosen.set(li, ri);
	}
	return chosen;
}

/** What the two columns are drawn from. */
interface MatchView {
	pairs: Pair[];
	lefts: string[];
	rights: string[];
	chosen: Map<number, number>;
	selected: number | null;
	answered: boolean;
	actions: ActionSink;
}

/** The terms: digit hints, the letter of their partner, right or wrong once answered. */
function drawTerms(col: HTMLElement, m: MatchView, pick: (li: number) => void): void {
	m.lefts.forEach((left, li) => {
		const btn = col.createEl("button", {
			cls: "sb-quiz-option sb-quiz-match-left",
			attr: { type: "button", "data-index": String(li) },
		});
		keyHint(btn, String(li + 1));
		btn.createSpan({ cls: "sb-quiz-option-text", text: left });
		const ri = m.chosen.get(li);
		if (ri !== undefined) btn.createSpan({ cls: "sb-quiz-pair-badge", text: letterFor(ri) });
		btn.toggleClass("sb-is-selected", m.selected === li);
		btn.toggleClass("sb-is-paired", ri !== undefined);
		if (m.answered) {
			btn.disabled = true;
			const ok = ri !== undefined && m.rights[ri] === m.pairs[li].right;
			btn.addClass(ok ? "sb-is-correct" : "sb-is-wrong");
		} else m.actions.on(btn, () => pick(li));
	});
}

/** The definitions: letter hints and the number of the term paired with each. */
function drawDefinitions(col: HTMLElement, m: MatchView, pair: (ri: number) => void): void {
	m.rights.forEach((right, ri) => {
		const btn = col.createEl("button", {
			cls: "sb-quiz-option sb-quiz-match-right",
			attr: { type: "button", "data-index": String(ri) },
		});
		keyHint(btn, letterFor(ri));
		btn.createSpan({ cls: "sb-quiz-option-text", text: right });
		const li = [...m.chosen].find(([, r]) => r === ri)?.[0];
		if (li !== undefined) btn.createSpan({ cls: "sb-quiz-pair-badge", text: String(li + 1) });
		btn.toggleClass("sb-is-paired", li !== undefined);
		if (m.answered) btn.disabled = true;
		else m.actions.on(btn, () => pair(ri));
	});
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
	const chosen = pairsAnswered(rec?.response, lefts, rights);
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
		const m: MatchView = { pairs, lefts, rights, chosen, selected, answered: !!rec, actions: ctx.actions };
		drawTerms(leftCol, m, selectLeft);
		drawDefinitions(rightCol, m, pairWith);
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
