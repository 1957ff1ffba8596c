/** The one quiz builder (core/quiz/quiz-set.ts): the day rule, one brief quiz for plugin, CLI and garden, scopes. */
import { afterEach, describe, expect, it } from "vitest";
import { BriefIndex } from "../../../src/core/index/brief-index";
import { gardenQuizFor } from "../../../src/core/garden/quiz-source";
import { generateQuiz, hashString, mulberry32 } from "../../../src/core/quiz";
import { briefQuiz, makeQuizSet, quizDay, siblingsOf, type QuizSetOptions } from "../../../src/core/quiz/quiz-set";
import { questionsByCard } from "../../../src/core/review";
import { ALL_FIXTURES, BCE, SEED, SIBLING_A, SIBLING_B, TODAY } from "./fixtures";

function indexOf(briefs = ALL_FIXTURES): BriefIndex {
	const index = new BriefIndex();
	for (const b of briefs) index.upsert(b);
	return index;
}

const OPTS: QuizSetOptions = {
	quizLength: 6,
	includeUnpublished: false,
	publishKey: "dg-publish",
	today: TODAY,
	seed: 42,
};

describe("quizDay: the local calendar day", () => {
	const tz = process.env.TZ;
	afterEach(() => {
		process.env.TZ = tz;
	});

	it("is the day on the student's calendar, not the UTC day", () => {
		const instant = new Date("2026-12-04T20:00:00Z");
		process.env.TZ = "America/New_York"; // 15:00 on the 4th
		expect(quizDay(instant)).toEqual({ year: 2026, month: 12, day: 4 });
		process.env.TZ = "Asia/Tokyo"; // 05:00 on the 5th
		expect(quizDay(instant)).toEqual({ year: 2026, month: 12, day: 5 });
		process.env.TZ = "Pacific/Kiritimati"; // UTC+14: New Year's Day comes first here
		expect(quizDay(new Date("2026-12-31T12:00:00Z"))).toEqual({ year: 2027, month: 1, day: 1 });
	});
});

describe("briefQuiz: one brief's quiz, the same for the plugin, the CLI and the garden", () => {
	it("takes its siblings from the pool: same course, never the brief itself", () => {
		expect(siblingsOf(SEED, ALL_FIXTURES).map((b) => b.path)).toEqual([SIBLING_A.path, SIBLING_B.path]);
		const mine = briefQuiz(SEED, ALL_FIXTURES, { seed: 7, count: 8, today: TODAY });
		expect(mine.length).toBeGreaterThan(0);
		expect(mine).toEqual(generateQuiz(SEED, { seed: 7, count: 8, today: TODAY, siblings: [SIBLING_A, SIBLING_B] }));
	});

	it("the garden's page quiz is briefQuiz seeded by the brief id", () => {
		const page = gardenQuizFor(5, TODAY)(SEED, ALL_FIXTURES);
		expect(page).toEqual(
			briefQuiz(SEED, ALL_FIXTURES, { seed: hashString(`garden:${SEED.id}`), count: 5, today: TODAY }),
		);
	});

	it("the plugin's brief quiz is briefQuiz over the brief's folder", () => {
		const set = makeQuizSet(indexOf(), { kind: "brief", path: SEED.path }, OPTS);
		expect(set.title).toBe(SEED.title);
		expect(set.questions).toEqual(briefQuiz(SEED, ALL_FIXTURES, { seed: 42, count: 6, today: TODAY }));
	});
});

describe("makeQuizSet: scopes", () => {
	it("a path that is not a brief names the publish key", () => {
		const set = makeQuizSet(indexOf(), { kind: "brief", path: "Nope.md" }, { ...OPTS, publishKey: "share" });
		expect(set.questions).toEqual([]);
		expect(set.problem).toBe(
			'Nope.md is not a brief: a brief has "share" in its front-matter (for example share: true).',
		);
	});

	it("a course quiz mixes its briefs with the seeded shuffle of core's rng, reproducibly", () => {
		const index = indexOf();
		const set = makeQuizSet(index, { kind: "course", folder: "History" }, OPTS);
		expect(set.title).toBe("Course: History");
		const briefs = index.briefs({ folder: "History" });
		const per = Math.ceil(6 / briefs.length);
		const pool = briefs.flatMap((b) =>
			briefQuiz(b, briefs, {
				seed: 42 ^ hashString(b.path),
				count: Math.max(2, per),
				today: TODAY,
				multiBrief: true,
			}),
		);
		expect(set.questions).toEqual(mulberry32(42).shuffle(pool).slice(0, 6));
		expect(makeQuizSet(index, { kind: "course", folder: "History" }, OPTS)).toEqual(set);
		expect(makeQuizSet(index, { kind: "course", folder: "History" }, { ...OPTS, seed: 43 }).questions).not.toEqual(
			set.questions,
		);
	});

	it("an item quiz asks at most four questions about that item", () => {
		const event = SEED.events[0];
		const set = makeQuizSet(indexOf(), { kind: "item", path: SEED.path, itemId: event.id }, OPTS);
		expect(set.questions.length).toBeGreaterThan(0);
		expect(set.questions.length).toBeLessThanOrEqual(4);
		for (const q of set.questions) expect(q.itemId).toBe(event.id);
	});

	it("due and chosen cards: one question per card; nothing due says so", () => {
		const index = indexOf([BCE]);
		const due = makeQuizSet(index, { kind: "due" }, OPTS);
		expect(due.questions).toEqual([]);
		expect(due.problem).toMatch(/Nothing is due/);
		const cards = [...questionsByCard(briefQuiz(BCE, [BCE], { seed: 1, count: 20, today: TODAY })).keys()].slice(
			0,
			2,
		);
		expect(cards).toHaveLength(2);
		for (const set of [
			makeQuizSet(index, { kind: "due" }, { ...OPTS, dueCards: cards }),
			makeQuizSet(index, { kind: "cards", ids: cards }, OPTS),
		]) {
			expect([...questionsByCard(set.questions).keys()].sort()).toEqual([...cards].sort());
			expect(set.questions).toHaveLength(2);
		}
		expect(makeQuizSet(index, { kind: "cards", ids: ["gone/date"] }, OPTS).problem).toBe(
			"These items are no longer in your briefs.",
		);
	});
});
