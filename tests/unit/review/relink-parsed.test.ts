import { readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { candidateQuestions } from "../../../src/core/quiz/generate";
import { cardIdFor, linkItemsOf, relink, relinkEvents, replay, serializeEvent } from "../../../src/core/review";
import { OWN_SEED_BRIEF } from "../../fixtures/paths";

const TODAY = { year: 2026, month: 11, day: 28 };
const text = readFileSync(OWN_SEED_BRIEF, "utf8");
const parse = (t: string) => parseBrief({ path: "seed.md", text: t }, { parseYaml: (y) => load(y) });

describe("relink on a parsed seed-format brief", () => {
	const before = parse(text);
	// A small edit of quote 1, quote 3 removed, one fact label reworded slightly.
	const edited = text
		.replace("only patches the damage", "only patches damage")
		.replace(/^- "By refusing the offer.*$/m, "")
		.replace("**End of the Programme:**", "**End of the Program:**");
	const after = parse(edited);

	test("the edit changes the item ids (so relinking is needed)", () => {
		expect(after.quotes).toHaveLength(2);
		expect(after.quotes[0].id).not.toBe(before.quotes[0].id);
	});

	test("small edits relink, removal orphans, untouched items keep their ids", () => {
		const r = relink(linkItemsOf(before), linkItemsOf(after));
		const relinked = new Map(r.relinks.map((x) => [x.from, x.to]));
		expect(relinked.get(before.quotes[0].id)).toBe(after.quotes[0].id);
		const oldFact = before.facts.find((f) => f.term.startsWith("End of the"))!;
		const newFact = after.facts.find((f) => f.term.startsWith("End of the"))!;
		expect(oldFact.id).not.toBe(newFact.id);
		expect(relinked.get(oldFact.id)).toBe(newFact.id);
		expect(r.orphans).toEqual([before.quotes[2].id]);
		expect(r.kept).toContain(before.quotes[1].id);
	});

	test("review history follows the relinked cards; the removed quote's cards are orphaned, not deleted", () => {
		// Every candidate question, plus the "which brief?" card of each quote (asked in course quizzes): the quiz
		// gate of issue 18 keeps no cloze of the first quote (its only blank, "Europe", is the topic).
		const qs = [...candidateQuestions(before, { seed: 2, today: TODAY }).values()].flat();
		const attr = before.quotes.map((q) => `${before.id}#${q.id}/attr`);
		const cards = [...new Set([...qs.map(cardIdFor).filter((c): c is string => c !== null), ...attr])];
		const t = Date.UTC(2026, 10, 1);
		const reviews = cards.map((card, i) => serializeEvent({ k: "review", card, grade: 3, t: t + i }));
		const r = relink(linkItemsOf(before), linkItemsOf(after));
		const events = relinkEvents(cards, r, t + 10_000).map(serializeEvent);
		const states = replay([{ device: "laptop", text: [...reviews, ...events].join("\n") }]);
		const quote0Cards = cards.filter((c) => c.includes(`#${before.quotes[0].id}/`));
		expect(quote0Cards.length).toBeGreaterThan(0);
		for (const c of quote0Cards) {
			expect(states.has(c)).toBe(false);
			const moved = c.replace(before.quotes[0].id, after.quotes[0].id);
			expect(states.get(moved)!.history).toHaveLength(1);
		}
		const gone = cards.filter((c) => c.includes(`#${before.quotes[2].id}/`));
		expect(gone.length).toBeGreaterThan(0);
		for (const c of gone) expect(states.get(c)!.orphaned).toBe(true);
		expect(states.size).toBe(cards.length);
	});
});
