/** The dashboard's work grows linearly with the review history: double the reviews (and cards), at most ~2.2× the time. */
import { expectLinearGrowth } from "../../support/growth";
import { describe, expect, it } from "vitest";
import type { CardState, Memory } from "../../../src/core/review";
import { createScheduler } from "../../../src/core/review";
import { briefLookup, studyCardsOf, studyStats } from "../../../src/core/stats";
import { studyBriefs } from "../../../bench/study-history";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 12);

/** `cards` card states with `perCard` reviews each over the last 400 days (deterministic). */
function history(cards: number, perCard: number): CardState[] {
	const out: CardState[] = [];
	let x = 7;
	const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
	for (let c = 0; c < cards; c++) {
		const hist: CardState["history"] = [];
		for (let r = 0; r < perCard; r++)
			hist.push({ t: NOW - Math.floor(next() * 400) * DAY, grade: next() < 0.15 ? 1 : 3, device: "d" });
		hist.sort((a, b) => a.t - b.t);
		const memory: Memory = {
			due: NOW + Math.floor(next() * 40 - 5) * DAY,
			stability: 1 + next() * 60,
			difficulty: 5,
			scheduledDays: 10,
			learningSteps: 0,
			reps: perCard,
			lapses: 1,
			phase: "review",
			lastReview: hist[hist.length - 1].t,
		};
		out.push({
			id: `History/Cold War/Brief ${(c % 12) + 1}.md#ev-${c}/date`,
			briefPath: "",
			memory,
			history: hist,
			orphaned: false,
			formerIds: [],
		});
	}
	return out;
}

describe("dashboard growth", () => {
	it("the figures for 2× the reviews (and cards) take at most ~2.2× as long (ratio of medians)", () => {
		const scheduler = createScheduler();
		const lookup = briefLookup(studyBriefs(4, 3, 6));
		const small = studyCardsOf(history(800, 20), NOW, scheduler, lookup);
		const large = studyCardsOf(history(1_600, 20), NOW, scheduler, lookup);
		for (const cards of [small, large])
			expect(studyStats(cards, { now: NOW }).totals.reviews).toBe(cards.length * 20);
		// The shared growth check (tests/support/growth.ts): CPU time, medians of interleaved samples.
		const r = expectLinearGrowth({
			label: "dashboard figures",
			n: 1,
			make: (k) => (k === 1 ? small : large),
			run: (cards) => studyStats(cards, { now: NOW }),
		});
		expect(r.ratio).toBeGreaterThan(1.2); // it does scale with the input (the measure is not all overhead)
	});

	it("every review is read a fixed number of times: 2× the reviews, exactly 2× the reads (counted)", () => {
		const scheduler = createScheduler();
		const reads = (states: CardState[]) => {
			let n = 0;
			const counted = states.map((s) => ({
				...s,
				history: new Proxy(s.history, {
					get(target, key, receiver) {
						if (typeof key === "string" && /^\d+$/.test(key)) n++;
						return Reflect.get(target, key, receiver) as unknown;
					},
				}),
			}));
			studyStats(
				studyCardsOf(counted, NOW, scheduler, () => undefined),
				{ now: NOW },
			);
			return n;
		};
		const one = reads(history(200, 10));
		const two = reads(history(400, 10));
		expect(one).toBeGreaterThan(0);
		expect(two).toBe(2 * one);
	});
});
