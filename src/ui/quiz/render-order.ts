import { digitIndex, keyHint, type QuestionControl } from "./keys";
import type { RenderCtx } from "./prompt";
import { t } from "../../obsidian/i18n";
import type { ActionSink } from "./actions";

function startOrder(items: string[], options: string[] | undefined): string[] {
	if (
		options &&
		options.length === items.length &&
		[...options].sort().join("\u0000") === [...items].sort().join("\u0000")
	) {
		return [...options];
	}
	return [...items].reverse();
}

/** Positions (in `order`) of one longest run of items already in true relative order: these are marked right. */
export function inPlace(order: string[], truth: string[]): Set<number> {
	const rank = order.map((item) => truth.indexOf(item));
	const len = rank.map(() => 1);
	const prev = rank.map(() => -1);
	for (let i = 0; i < rank.length; i++) {
		for (let j = 0; j < i; j++) {
			if (rank[j] >= 0 && rank[j] < rank[i] && len[j] + 1 > len[i]) {
				len[i] = len[j] + 1;
				prev[i] = j;
			}
		}
	}
	const out = new Set<number>();
	let best = -1;
	rank.forEach((r, i) => {
		if (r >= 0 && (best < 0 || len[i] > len[best])) best = i;
	});
	for (let i = best; i >= 0; i = prev[i]) out.add(i);
	return out;
}

/** How one row is drawn and what its buttons do. */
interface RowOptions {
	last: number;
	selected: boolean;
	/** Once answered: whether the row is in its place. */
	answered: boolean | undefined;
	actions: ActionSink;
	pick(): void;
	move(by: number): void;
}

/** One event: its digit hint, its text, and move up/down buttons (all locked once answered). */
function drawRow(list: HTMLElement, item: string, i: number, o: RowOptions): void {
	const row = list.createEl("li", { cls: "sb-quiz-order-row", attr: { "data-index": String(i) } });
	row.toggleClass("sb-is-selected", o.selected);
	const locked = o.answered !== undefined;
	if (locked) row.addClass(o.answered ? "sb-is-correct" : "sb-is-wrong");
	const pick = row.createEl("button", { cls: "sb-quiz-order-item", attr: { type: "button" } });
	if (i < 9) keyHint(pick, String(i + 1));
	pick.createSpan({ cls: "sb-quiz-option-text", text: item });
	const up = row.createEl("button", {
		cls: "sb-quiz-move sb-quiz-move-up",
		text: "\u2191",
		attr: { type: "button", "aria-label": t("Move up") },
	});
	const down = row.createEl("button", {
		cls: "sb-quiz-move sb-quiz-move-down",
		text: "\u2193",
		attr: { type: "button", "aria-label": t("Move down") },
	});
	up.disabled = locked || i === 0;
	down.disabled = locked || i === o.last;
	pick.disabled = locked;
	if (locked) return;
	o.actions.on(pick, () => o.pick());
	o.actions.on(up, () => o.move(-1));
	o.actions.on(down, () => o.move(1));
}

/**
 * Put events in chronological order: each row has move up/down buttons; by keyboard a digit picks a
 * row, the arrow keys (or K/J) move it, Enter checks.
 */
export function renderOrder(parent: HTMLElement, ctx: RenderCtx): QuestionControl {
	const q = ctx.question;
	const truth = q.items ?? [];
	const rec = ctx.answered;
	const order =
		rec && Array.isArray(rec.response) && rec.response.every((x) => typeof x === "string")
			? rec.response
			: startOrder(truth, q.options);
	let selected: number | null = rec ? null : 0;
	const right = rec ? inPlace(order, truth) : new Set<number>();
	const root = parent.createDiv({ cls: "sb-quiz-order" });

	/** Move row i by one; after a click the focus follows the moved row's button, so it can be clicked again. */
	const move = (i: number, by: number, keepFocus: boolean) => {
		const j = i + by;
		if (rec || j < 0 || j >= order.length) return;
		[order[i], order[j]] = [order[j], order[i]];
		selected = j;
		draw();
		if (keepFocus)
			root.querySelector<HTMLElement>(
				`.sb-quiz-order-row[data-index="${j}"] .sb-quiz-move-${by < 0 ? "up" : "down"}`,
			)?.focus();
	};
	const submit = (): boolean => {
		if (rec) return false;
		ctx.submit([...order]);
		return true;
	};

	function draw(): void {
		root.empty();
		root.createDiv({ cls: "sb-quiz-order-hint", text: t("Earliest first") });
		const list = root.createEl("ol", { cls: "sb-quiz-order-list" });
		order.forEach((item, i) =>
			drawRow(list, item, i, {
				last: order.length - 1,
				selected: selected === i,
				answered: rec ? right.has(i) : undefined,
				actions: ctx.actions,
				pick: () => {
					selected = i;
					draw();
				},
				move: (by) => move(i, by, true),
			}),
		);
		if (!rec) {
			const actions = root.createDiv({ cls: "sb-quiz-actions" });
			const check = actions.createEl("button", { cls: "sb-quiz-submit mod-cta", attr: { type: "button" } });
			check.createSpan({ text: t("Check order") });
			keyHint(check, "Enter");
			ctx.actions.on(check, () => submit());
		}
	}
	draw();

	return {
		onKey(key: string): boolean {
			if (rec) return false;
			const d = digitIndex(key);
			if (d >= 0 && d < order.length) {
				selected = d;
				draw();
				return true;
			}
			if (selected === null) return false;
			if (key === "ArrowUp" || key === "k" || key === "K") {
				move(selected, -1, false);
				return true;
			}
			if (key === "ArrowDown" || key === "j" || key === "J") {
				move(selected, 1, false);
				return true;
			}
			return false;
		},
		submit,
		focus: () => undefined,
	};
}
