import { describe, expect, test } from "vitest";
import { generateQuiz } from "../../../src/core/quiz";
import type { Brief } from "../../../src/core/model";
import type { QuestionKind } from "../../../src/core/quiz/types";
import { BCE, SEED, SIBLING_A, SIBLING_B, TODAY } from "./fixtures";

/** Chi-square critical values at p = 0.001 by degrees of freedom. */
const CRITICAL_001: Record<number, number> = { 1: 10.828, 2: 13.816, 3: 16.266 };

function chiSquare(counts: number[]): number {
	const total = counts.reduce((a, b) => a + b, 0);
	const expected = total / counts.length;
	return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

function positions(brief: Brief, kind: QuestionKind, seeds: number, siblings: Brief[], width: number): number[] {
	const counts = new Array<number>(width).fill(0);
	for (let seed = 0; seed < seeds; seed++) {
		// One question per seed keeps the samples independent.
		const [q] = generateQuiz(brief, {
			seed,
			today: TODAY,
			kinds: [kind],
			count: 1,
			siblings,
			multiBrief: kind === "which-brief",
		});
		if (!q?.options || q.options.length !== width) continue;
		counts[q.options.indexOf(q.answer)]++;
	}
	return counts;
}

describe("answer position is uniform across seeds (chi-square, p > 0.001)", () => {
	const cases: Array<[string, Brief, QuestionKind, Brief[], number]> = [
		["date-choice, seed brief", SEED, "date-choice", [SIBLING_A, SIBLING_B], 4],
		["date-choice, seed brief alone", SEED, "date-choice", [], 4],
		["date-choice, BCE", BCE, "date-choice", [], 4],
		// term-choice, which-brief and true-false positions are checked on the example vault (tests/unit/quiz/golden.test.ts):
		// the gate leaves the hand-built seed brief no real term of one kind and no quote free of title words.
	];
	test.each(cases)("%s", (_name, brief, kind, siblings, width) => {
		const counts = positions(brief, kind, 2400, siblings, width);
		const total = counts.reduce((a, b) => a + b, 0);
		// The gate keeps fewer items per brief (only same-kind terms, no self-evident pairs): still ≥ 1000 samples.
		expect(total).toBeGreaterThanOrEqual(1000);
		const chi = chiSquare(counts);
		expect(chi, `counts ${counts.join("/")}`).toBeLessThan(CRITICAL_001[width - 1]);
	});
});
