import { describe, expect, test } from "vitest";
import { AGAIN, createScheduler, GOOD, gradeFor, HARD } from "../../../src/core/review";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

describe("scheduler", () => {
	test("grades from the checker, with an override", () => {
		expect(gradeFor("wrong")).toBe(AGAIN);
		expect(gradeFor("close")).toBe(HARD);
		expect(gradeFor("right")).toBe(GOOD);
		expect(gradeFor("right", 4)).toBe(4);
		expect(gradeFor("wrong", 3)).toBe(3);
	});

	test("good reviews push the due date out; again brings it back", () => {
		const s = createScheduler();
		let m = s.initial(T0);
		expect(m.phase).toBe("new");
		expect(s.retrievability(m, T0)).toBe(0);
		let t = T0;
		for (let i = 0; i < 5; i++) {
			m = s.review(m, t, GOOD);
			t = Math.max(t + 1, m.due);
		}
		expect(m.phase).toBe("review");
		expect(m.due - (m.lastReview ?? 0)).toBeGreaterThan(5 * DAY);
		expect(s.retrievability(m, m.lastReview!)).toBeGreaterThan(0.95);
		const lapsed = s.review(m, m.due, AGAIN);
		expect(lapsed.lapses).toBe(1);
		expect(lapsed.due - lapsed.lastReview!).toBeLessThan(DAY);
		expect(JSON.parse(JSON.stringify(lapsed))).toEqual(lapsed);
		expect(s.reset(lapsed, t).phase).toBe("new");
	});

	test("deterministic: the same history gives the same state (fuzz is seeded by the review)", () => {
		const run = () => {
			const s = createScheduler();
			let m = s.initial(0);
			for (let i = 0; i < 8; i++) m = s.review(m, T0 + i * 7 * DAY, GOOD);
			return m;
		};
		expect(run()).toEqual(run());
	});
});
