/** order: put 3-4 events of distinct years in chronological order; feedback shows each full sentence with its date. */
import type { Lang } from "../../lang/lang";
import { localYear } from "../messages";
import { missingSubject, titleShowsYear, writtenYears } from "../gate-dates";
import { sourceProblem } from "../gate-source";
import { normalizeAnswer } from "../normalize";
import { yearLabel } from "../years";
import type { Question } from "../types";
import type { DatedStem, KindContext } from "./common";
import { datedStem, questionId } from "./common";
import { itemNeedsHeading } from "./order-items";

const ITEM_MAX = 160;

/** One stem per year and per source line; items never cut (a cut item could lose its blank). */
function candidates(ctx: KindContext): Map<number, DatedStem[]> {
	const byYear = new Map<number, DatedStem[]>();
	const seenText = new Set<string>();
	for (const e of ctx.brief.events) {
		const stem = datedStem(e, ctx.today, ctx.brief);
		if (!stem || stem.range || stem.prompt.length > ITEM_MAX) continue;
		// An item that still shows another year ("met on 5 May 1789 for the first time since ____") would be ordered
		// by the blanked year while it reads as the shown one: ambiguous.
		if (writtenYears(stem.prompt).some((w) => w.year !== stem.year)) continue;
		// The gate's per-item rules (gate.ts, gateOrder), applied before drawing: one bad item sinks the question.
		if (e.date.inferred || titleShowsYear(ctx.brief, e.date.start.year) || missingSubject(stem.prompt)) continue;
		if (sourceProblem(e.text, ctx.brief, e.source.line, e.label)) continue;
		// Shown without its heading, the item must say whose or which event it is (order-items.ts).
		if (itemNeedsHeading(stem.prompt, e.label, e.text)) continue;
		const key = normalizeAnswer(stem.prompt);
		if (seenText.has(key)) continue;
		seenText.add(key);
		const list = byYear.get(stem.year) ?? [];
		list.push(stem);
		byYear.set(stem.year, list);
	}
	return byYear;
}

/** "264 BC — First Punic War: Fought from 264 to 241 BC over Sicily." */
export function revealLine(stem: DatedStem, lang?: Lang): string {
	const e = stem.event;
	return `${localYear(yearLabel(stem.year), lang)} — ${e.label ? `${e.label}: ` : ""}${e.text}`;
}

export function orderQuestions(ctx: KindContext): Question[] {
	const byYear = candidates(ctx);
	if (byYear.size < 3) return [];
	const rng = ctx.rng("order");
	const out: Question[] = [];
	const ids = new Set<string>();
	// Four events at most: each is a fact the rest of the quiz then leaves alone. Several draws, so that a quiz
	// whose other questions took some facts still finds an order question on the rest.
	for (let draw = 0; draw < 8 && out.length < 6; draw++) {
		const group = rng
			.shuffle([...byYear.keys()])
			.slice(0, 4)
			.sort((a, b) => a - b);
		const lines = new Set<number>();
		const stems: DatedStem[] = [];
		for (const y of group) {
			const s = rng.shuffle(byYear.get(y) ?? []).find((c) => !lines.has(c.event.source.line));
			if (!s) continue;
			lines.add(s.event.source.line);
			stems.push(s);
		}
		if (stems.length < 3) continue;
		const items = stems.map((s) => s.prompt);
		let options = rng.shuffle(items);
		for (let tries = 0; tries < 5 && options.every((o, k) => o === items[k]); tries++) options = rng.shuffle(items);
		if (options.every((o, k) => o === items[k])) options = [...items.slice(1), items[0]];
		const first = stems[0].event;
		const id = questionId(ctx.brief, `order:${stems.map((s) => s.event.id).join("+")}`, "order");
		if (ids.has(id)) continue;
		ids.add(id);
		out.push({
			id,
			kind: "order",
			prompt: ctx.msg.order,
			options,
			answer: items.join("\n"),
			items,
			reveal: stems.map((s) => revealLine(s, ctx.brief.lang)),
			context: stems.map((s) => s.event.text).join("\n"),
			parts: stems.map((s) => s.event.id),
			sources: stems.map((s) => ({ ...s.event.source })),
			itemId: `order:${first.id}`,
			briefPath: ctx.brief.path,
			source: { ...first.source },
		});
	}
	return out;
}
