/** From the review logs to the figures: replay, a renamed brief, an edited item, undo. */
import { describe, expect, it } from "vitest";
import type { Brief } from "../../../src/core/model";
import { createScheduler, replay, serializeEvent } from "../../../src/core/review";
import type { LogEventBody } from "../../../src/core/review";
import { studyCardsOf, studyStats } from "../../../src/core/stats";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 12);

function brief(path: string, id: string, course: string): Brief {
	return {
		path,
		id,
		title: "Caesar crosses the Rubicon",
		publish: true,
		hidden: false,
		course,
		tags: [],
		sections: [],
		themes: [],
		links: [],
		problems: [],
		events: [
			{
				id: "ev-rubicon",
				briefPath: path,
				text: "Caesar crossed the Rubicon.",
				date: { year: -49 } as never,
				source: { path, line: 7 },
			},
		],
		quotes: [
			{
				id: "q-alea",
				briefPath: path,
				text: "The die is cast.",
				section: "Key quotes",
				source: { path, line: 12 },
			},
		],
		facts: [
			{
				id: "f-sen",
				briefPath: path,
				term: "Senate",
				definition: "The council of Rome",
				source: { path, line: 20 },
			},
		],
	};
}

function log(events: LogEventBody[]): string {
	return events.map(serializeEvent).join("\n");
}

const scheduler = createScheduler({ enableFuzz: false });

describe("study cards from the review logs", () => {
	it("a renamed brief (same permalink, new path) keeps its history, title, course and item links", () => {
		const moved = brief("Rome/Late Republic/Caesar.md", "caesar", "Rome/Late Republic");
		const byKey = new Map([
			[moved.path, moved],
			[moved.id, moved],
		]);
		const text = log([
			{ k: "review", card: "caesar#q-alea/cloze", grade: 1, t: NOW - 3 * DAY },
			{ k: "review", card: "caesar#q-alea/cloze", grade: 3, t: NOW - 2 * DAY },
			{ k: "review", card: "caesar#ev-rubicon/date", grade: 1, t: NOW - DAY },
		]);
		// The state still carries the brief's old path (as a stale index would give it).
		const states = replay(
			[{ device: "laptop", text }],
			[{ id: "caesar#q-alea/cloze", briefPath: "Rome/Caesar.md" }],
			scheduler,
		);
		const cards = studyCardsOf(states.values(), NOW, scheduler, (k) => byKey.get(k));
		const quote = cards.find((c) => c.id === "caesar#q-alea/cloze");
		expect(quote).toMatchObject({
			briefPath: moved.path,
			briefTitle: moved.title,
			course: "Rome/Late Republic",
			label: "The die is cast.",
			source: { path: moved.path, line: 12 },
			isNew: false,
		});
		expect(quote?.reviews.map((r) => r.grade)).toEqual([1, 3]);
		const s = studyStats(cards, { now: NOW });
		expect(s.briefs.map((b) => [b.key, b.cards])).toEqual([[moved.path, 2]]);
		expect(s.courses.map((c) => c.key)).toEqual(["Rome/Late Republic"]);
		expect(s.missed.map((m) => [m.label, m.source?.line])).toEqual([
			["Caesar crossed the Rubicon.", 7],
			["The die is cast.", 12],
		]);
		expect(s.totals.reviews).toBe(3);
	});

	it("a brief renamed without a permalink: its cards are unknown now, but their reviews still count", () => {
		const text = log([{ k: "review", card: "Rome/Old name.md#q-alea/cloze", grade: 3, t: NOW - DAY }]);
		const states = replay([{ device: "phone", text }], [], scheduler);
		const cards = studyCardsOf(states.values(), NOW, scheduler, () => undefined);
		expect(cards).toHaveLength(1);
		expect(cards[0]).toMatchObject({ briefPath: "", course: "" });
		const s = studyStats(cards, { now: NOW });
		expect(s.totals.reviews).toBe(1);
		expect(s.briefs).toEqual([
			{ key: "Rome/Old name.md", label: "Old name", cards: 1, mastered: 1, share: 1, dueNow: 1 },
		]); // Good on a new card: a learning step, due again soon
	});

	it("an edited item (relink) keeps one card with both reviews; an undone review does not count", () => {
		const b = brief("Rome/Caesar.md", "Rome/Caesar.md", "Rome");
		const text = log([
			{ k: "review", card: "Rome/Caesar.md#q-old/cloze", grade: 1, t: NOW - 2 * DAY },
			{
				k: "relink",
				from: "Rome/Caesar.md#q-old/cloze",
				to: "Rome/Caesar.md#q-alea/cloze",
				t: NOW - 2 * DAY + 1,
			},
			{ k: "review", card: "Rome/Caesar.md#q-alea/cloze", grade: 3, t: NOW - DAY },
			{ k: "review", card: "Rome/Caesar.md#q-alea/cloze", grade: 1, t: NOW - DAY + 5 },
			{ k: "undo", card: "Rome/Caesar.md#q-alea/cloze", t: NOW - DAY + 6 },
		]);
		const states = replay([{ device: "laptop", text }], [], scheduler);
		const cards = studyCardsOf(states.values(), NOW, scheduler, (k) => (k === b.path ? b : undefined));
		expect(cards.map((c) => [c.id, c.reviews.length])).toEqual([["Rome/Caesar.md#q-alea/cloze", 2]]);
		const s = studyStats(cards, { now: NOW, weeks: 1 });
		expect(s.totals.reviews).toBe(2);
		expect(s.retention[0]).toMatchObject({ checks: 1, recalled: 1 });
		expect(s.missed).toEqual([
			expect.objectContaining({
				card: "Rome/Caesar.md#q-alea/cloze",
				misses: 1,
				reviews: 2,
				label: "The die is cast.",
			}),
		]);
	});

	it("recall comes from the scheduler: a card just answered right is mastered, a new one is not", () => {
		const text = log([{ k: "review", card: "x#q-alea/cloze", grade: 4, t: NOW - 60_000 }]);
		const states = replay([{ device: "d", text }], [{ id: "x#f-sen/t2d", briefPath: "" }], scheduler);
		const cards = studyCardsOf(states.values(), NOW, scheduler, () => undefined);
		const byId = new Map(cards.map((c) => [c.id, c]));
		expect(byId.get("x#q-alea/cloze")?.recall).toBeGreaterThan(0.9);
		expect(byId.get("x#f-sen/t2d")).toMatchObject({ recall: 0, isNew: true });
	});
});
