import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allQuestions, generateQuiz } from "../../../src/core/quiz";
import type { QuestionKind } from "../../../src/core/quiz/types";
import { ALL_FIXTURES, BCE, EMPTY, RECENT, SEED, SIBLING_A, SIBLING_B, TINY, TODAY } from "./fixtures";
import { checkQuiz } from "./invariants";
import { fuzzParams } from "../../support/fuzz";

const SIBS = [SEED, SIBLING_A, SIBLING_B];

describe("generateQuiz on hand-built briefs", () => {
	test("the seed brief gives a full mixed quiz of every kind", () => {
		const qs = generateQuiz(SEED, { seed: 7, today: TODAY, siblings: [SIBLING_A, SIBLING_B] });
		// Fewer, better: only questions that pass the gate, one per fact.
		expect(qs.length).toBeGreaterThanOrEqual(5);
		expect(qs.length).toBeLessThanOrEqual(10);
		const kinds = new Set(qs.map((q) => q.kind));
		expect(kinds.size).toBeGreaterThanOrEqual(3);
		const all = allQuestions(SEED, { seed: 7, today: TODAY, siblings: [SIBLING_A, SIBLING_B] });
		expect(all.has("cloze")).toBe(true);
		expect(all.has("which-brief")).toBe(false);
	});

	test("deterministic for a seed, different across seeds", () => {
		const a = generateQuiz(SEED, { seed: 42, today: TODAY, siblings: [SIBLING_A] });
		const b = generateQuiz(SEED, { seed: 42, today: TODAY, siblings: [SIBLING_A] });
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		const c = generateQuiz(SEED, { seed: 43, today: TODAY, siblings: [SIBLING_A] });
		expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
	});

	test("invariants hold for every fixture, seed and count", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 31 }),
				fc.constantFrom(...ALL_FIXTURES),
				fc.integer({ min: 1, max: 25 }),
				fc.boolean(),
				(seed, brief, count, withSiblings) => {
					const siblings = withSiblings ? SIBS.filter((s) => s !== brief) : [];
					const qs = generateQuiz(brief, { seed, count, today: TODAY, siblings });
					checkQuiz(qs, brief, TODAY, count, siblings);
					expect(JSON.stringify(generateQuiz(brief, { seed, count, today: TODAY, siblings }))).toBe(
						JSON.stringify(qs),
					);
				},
			),
			fuzzParams(0xec7f13, 400),
		);
	});

	test("kinds can be restricted", () => {
		const kinds: QuestionKind[] = ["date-choice"];
		const qs = generateQuiz(SEED, { seed: 1, today: TODAY, kinds, count: 20 });
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.every((q) => q.kind === "date-choice")).toBe(true);
	});

	test("little material gives fewer questions, none invalid", () => {
		expect(generateQuiz(EMPTY, { seed: 1, today: TODAY })).toEqual([]);
		expect(generateQuiz(TINY, { seed: 1, today: TODAY })).toEqual([]);
		expect(generateQuiz(SEED, { seed: 1, today: TODAY, count: 0 })).toEqual([]);
		const many = generateQuiz(SEED, { seed: 1, today: TODAY, count: 200 });
		expect(many.length).toBeLessThan(200);
		checkQuiz(many, SEED, TODAY, 200, []);
	});

	test("no date question about the future; no option after today", () => {
		for (let seed = 0; seed < 200; seed++) {
			const qs = generateQuiz(RECENT, { seed, today: TODAY, kinds: ["date-choice", "date-typed"] });
			expect(qs.some((q) => q.answer === "2030")).toBe(false);
			checkQuiz(qs, RECENT, TODAY, 10, []);
		}
		// On 1 January 1934, 1934 is still allowed but 1935 is not.
		const early = { year: 1934, month: 1, day: 1 };
		for (let seed = 0; seed < 200; seed++) {
			const qs = generateQuiz(SEED, { seed, today: early, kinds: ["date-choice"] });
			checkQuiz(qs, SEED, early, 10, []);
			expect(qs.every((q) => !q.answer.startsWith("1939"))).toBe(true);
		}
	});

	test("BCE years are labelled BC and ordered by astronomical year", () => {
		const qs = generateQuiz(BCE, { seed: 3, today: TODAY, kinds: ["date-choice"], count: 10 });
		const caesar = qs.find((q) => q.prompt.startsWith("Caesar was assassinated"));
		// The stem shows "____ BC", so the options are bare numbers (never "44 BC BC" once filled in).
		expect(caesar?.answer).toBe("44");
		expect(caesar?.prompt).toBe("Caesar was assassinated in ____ BC by a group of senators.");
		const years = caesar!.options!.map((o) => 1 - Number(o));
		expect([...years].sort((a, b) => a - b)).toEqual(years);
	});

	test("date distractors: one near, one mid, one in-domain year when available", () => {
		let domainHits = 0;
		for (let seed = 0; seed < 300; seed++) {
			const [q] = generateQuiz(SEED, {
				seed,
				today: TODAY,
				kinds: ["date-choice"],
				count: 1,
				siblings: [SIBLING_A, SIBLING_B],
			});
			const answer = Number(q.answer);
			const offs = q
				.options!.map(Number)
				.filter((y) => y !== answer)
				.map((y) => Math.abs(y - answer));
			expect(offs.some((d) => d >= 1 && d <= 3)).toBe(true);
			expect(offs.some((d) => d >= 4 && d <= 12)).toBe(true);
			const domain = new Set([1917, 1918, 1922, 1924, 1933, 1938, 1939, 1941]);
			if (q.options!.some((o) => Number(o) !== answer && domain.has(Number(o)))) domainHits++;
		}
		expect(domainHits).toBeGreaterThan(200);
	});

	test("cloze avoids the title's words", () => {
		const qs = generateQuiz(SEED, { seed: 5, today: TODAY, kinds: ["cloze"], count: 20 });
		expect(qs.length).toBeGreaterThanOrEqual(6);
		for (const q of qs) expect(["soviet union", "recognition"]).not.toContain(q.answer.toLowerCase());
	});

	test("term questions: no generic label, no visible mask", () => {
		for (let seed = 0; seed < 20; seed++) {
			const qs = generateQuiz(SEED, {
				seed,
				today: TODAY,
				kinds: ["term-choice", "true-false", "match"],
				count: 20,
				siblings: [SIBLING_A, SIBLING_B],
			});
			for (const q of qs) {
				expect(q.answer).not.toBe("Reasons for Recognition");
				expect([q.prompt, ...(q.options ?? [])].join(" ")).not.toMatch(/(?<!_)___(?!_)/);
			}
		}
	});

	test("which-brief only in a quiz across several briefs, never a quote naming a title word", () => {
		expect(
			generateQuiz(SEED, { seed: 1, today: TODAY, kinds: ["which-brief"], siblings: [SIBLING_A, SIBLING_B] }),
		).toEqual([]);
		expect(
			generateQuiz(SEED, {
				seed: 1,
				today: TODAY,
				kinds: ["which-brief"],
				siblings: [SEED, SIBLING_A],
				multiBrief: true,
			}),
		).toEqual([]);
		for (let seed = 0; seed < 20; seed++) {
			const qs = generateQuiz(SEED, {
				seed,
				today: TODAY,
				kinds: ["which-brief"],
				siblings: [SIBLING_A, SIBLING_B],
				multiBrief: true,
			});
			for (const q of qs) {
				expect(q.prompt).not.toMatch(/recognition|soviet union/i);
				expect(q.prompt).not.toContain("___");
			}
		}
	});
});
