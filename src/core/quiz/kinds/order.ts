/** order: put 3-5 events of distinct years in chronological order. */
import { normalizeAnswer } from "../normalize";
import { truncate } from "../text";
import type { Question } from "../types";
import type { DatedStem, KindContext } from "./common";
import { datedStem, questionId } from "./common";

const ITEM_MAX = 160;

export function orderQuestions(ctx: KindContext): Question[] {
	const byYear = new Map<number, DatedStem[]>();
	const seenText = new Set<string>();
	for (const e of ctx.brief.events) {
		const stem = datedStem(e, ctx.today, ctx.brief);
		if (!stem) continue;
		const key = normalizeAnswer(truncate(stem.prompt, ITEM_MAX));
		if (seenText.has(key)) continue;
		seenText.add(key);
		const list = byYear.get(stem.year) ?? [];
		list.push(stem);
		byYear.set(stem.year, list);
	}
	if (byYear.size < 3) return [];
	const rng = ctx.rng("order");
	const years = [...byYear.keys()].sort((a, b) => a - b);
	const out: Question[] = [];
	// Several drills when there are many years: disjoint groups of up to 5 years each.
	const shuffledYears = rng.shuffle(years);
	for (let i = 0; i + 3 <= shuffledYears.length && out.length < 3; i += 5) {
		const group = shuffledYears.slice(i, i + 5).sort((a, b) => a - b);
		if (group.length < 3) break;
		const stems = group.map((y) => rng.pick(byYear.get(y) ?? []));
		const items = stems.map((s) => truncate(s.prompt, ITEM_MAX));
		let options = rng.shuffle(items);
		for (let tries = 0; tries < 5 && options.every((o, k) => o === items[k]); tries++) options = rng.shuffle(items);
		if (options.every((o, k) => o === items[k])) options = [...items.slice(1), items[0]];
		const first = stems[0].event;
		out.push({
			id: questionId(ctx.brief, `order:${stems.map((s) => s.event.id).join("+")}`, "order"),
			kind: "order",
			prompt: "Put these events in chronological order, earliest first.",
			options,
			answer: items.join("\n"),
			items,
			context: stems.map((s) => s.event.text).join("\n"),
			itemId: `order:${first.id}`,
			briefPath: ctx.brief.path,
			source: { ...first.source },
		});
	}
	return out;
}
