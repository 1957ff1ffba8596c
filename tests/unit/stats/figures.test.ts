/** Every study figure against histories small enough to compute by hand. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, mostMissed, studyStats, type StudyCard, type StudyReview } from "../../../src/core/stats";
import type { ReviewGrade } from "../../../src/core/review/scheduler";
import { fuzzParams } from "../../support/fuzz";

const DAY = 86_400_000;
/** Friday 2026-12-04, 12:00 UTC. */
const NOW = Date.UTC(2026, 11, 4, 12);

function card(id: string, reviews: Array<[number, ReviewGrade]>, extra: Partial<StudyCard> = {}): StudyCard {
	const rs: StudyReview[] = reviews.map(([t, grade]) => ({ t, grade }));
	return {
		id,
		briefPath: "Rome/Caesar.md",
		briefTitle: "Caesar",
		course: "Rome",
		due: NOW + DAY,
		recall: 0.5,
		isNew: rs.length === 0,
		orphaned: false,
		reviews: rs,
		...extra,
	};
}

const at = (daysAgo: number, hour = 10) => NOW - daysAgo * DAY + (hour - 12) * 3_600_000;

describe("study figures", () => {
	it("an empty history gives zeros, full ranges and no rows", () => {
		const s = studyStats([], { now: NOW });
		expect(s.today).toBe("2026-12-04");
		expect(s.totals).toEqual({
			reviews: 0,
			today: 0,
			cards: 0,
			newCards: 0,
			dueNow: 0,
			mastered: 0,
			fromTheFuture: 0,
		});
		expect(s.streak).toEqual({ current: 0, longest: 0, reviewedToday: false });
		expect(s.heatmap.days).toHaveLength(365);
		expect(s.heatmap.days.at(-1)).toEqual({ date: "2026-12-04", count: 0 });
		expect(s.heatmap.max).toBe(0);
		expect(s.forecast).toHaveLength(30);
		expect(s.forecast.every((d) => d.due === 0)).toBe(true);
		expect(s.retention).toHaveLength(26);
		expect(s.retention.at(-1)).toEqual({ week: "2026-11-30", checks: 0, recalled: 0, rate: null });
		expect([s.courses, s.briefs, s.missed]).toEqual([[], [], []]);
		expect(s.desiredRetention).toBe(0.9);
	});

	it("one review: today's count, a streak of one, due tomorrow, no recall check yet", () => {
		const s = studyStats([card("c1", [[at(0), 3]], { due: NOW + DAY, recall: 0.97 })], { now: NOW });
		expect(s.totals).toMatchObject({ reviews: 1, today: 1, cards: 1, newCards: 0, dueNow: 0, mastered: 1 });
		expect(s.streak).toEqual({ current: 1, longest: 1, reviewedToday: true });
		expect(s.heatmap.days.at(-1)?.count).toBe(1);
		expect(s.heatmap.max).toBe(1);
		expect(s.forecast[1]).toEqual({ date: "2026-12-05", due: 1 });
		expect(s.forecast.reduce((n, d) => n + d.due, 0)).toBe(1);
		expect(s.retention.every((w) => w.checks === 0)).toBe(true);
		expect(s.briefs).toEqual([
			{ key: "Rome/Caesar.md", label: "Caesar", cards: 1, mastered: 1, share: 1, dueNow: 0 },
		]);
	});

	it("streak: alive through yesterday, broken by a missed day; the longest run anywhere", () => {
		const days = [1, 2, 4, 6, 7, 8, 9, 10];
		const s = studyStats(
			[
				card(
					"c1",
					days.map((d) => [at(d), 3]),
				),
			],
			{ now: NOW },
		);
		expect(s.streak).toEqual({ current: 2, longest: 5, reviewedToday: false });
		const later = studyStats(
			[
				card(
					"c1",
					days.map((d) => [at(d), 3]),
				),
			],
			{ now: NOW + 2 * DAY },
		);
		expect(later.streak.current).toBe(0);
	});

	it("retention per week: a card's first review is not a check; Hard counts as recalled, Again does not", () => {
		// Week of Mon 2026-11-23: first sight (not a check), Again. Week of 2026-11-30: Good, Hard.
		const c = card("c1", [
			[at(10), 3],
			[at(9), 1],
			[at(3), 3],
			[at(2), 2],
		]);
		const s = studyStats([c], { now: NOW, weeks: 3 });
		expect(s.retention).toEqual([
			{ week: "2026-11-16", checks: 0, recalled: 0, rate: null },
			{ week: "2026-11-23", checks: 1, recalled: 0, rate: 0 },
			{ week: "2026-11-30", checks: 2, recalled: 2, rate: 1 },
		]);
	});

	it("forecast: overdue counts today; new and orphaned cards are not forecast; beyond the range is left out", () => {
		const cards = [
			card("overdue", [[at(5), 3]], { due: NOW - 3 * DAY }),
			card("today", [[at(5), 3]], { due: NOW + 3_600_000 }),
			card("in29", [[at(5), 3]], { due: NOW + 29 * DAY }),
			card("in30", [[at(5), 3]], { due: NOW + 30 * DAY }),
			card("new", [], { due: 0 }),
			card("gone", [[at(5), 3]], { due: NOW, orphaned: true }),
		];
		const s = studyStats(cards, { now: NOW });
		expect(s.forecast[0].due).toBe(2);
		expect(s.forecast[29]).toEqual({ date: "2027-01-02", due: 1 });
		expect(s.forecast.reduce((n, d) => n + d.due, 0)).toBe(3);
		expect(s.totals).toMatchObject({ cards: 5, newCards: 1, dueNow: 2, reviews: 5 });
	});

	it("clock skew: a review stamped in the future counts on today, and out-of-order reviews find the first one", () => {
		// Device clock 3 days ahead; the card's true first review comes later in the list.
		const c = card("c1", [
			[NOW + 3 * DAY, 1],
			[at(1), 3],
		]);
		const s = studyStats([c], { now: NOW, weeks: 1 });
		expect(s.totals.fromTheFuture).toBe(1);
		expect(s.totals.today).toBe(1);
		expect(s.streak).toEqual({ current: 2, longest: 2, reviewedToday: true });
		expect(s.heatmap.days.at(-1)?.count).toBe(1);
		expect(s.heatmap.days.length).toBe(365);
		// First review (yesterday) is not a check; the future Again is this week's one failed check.
		expect(s.retention).toEqual([{ week: "2026-11-30", checks: 1, recalled: 0, rate: 0 }]);
	});

	it("days are local: with UTC+2 a review at 23:30 UTC belongs to the next day", () => {
		const late = Date.UTC(2026, 11, 3, 23, 30);
		const plus2 = () => 120;
		expect(dayOf(late)).toBe(dayOf(NOW) - 1);
		expect(dayOf(late, plus2)).toBe(dayOf(NOW));
		const s = studyStats([card("c1", [[late, 3]])], { now: NOW, offsetAt: plus2 });
		expect(s.totals.today).toBe(1);
		expect(studyStats([card("c1", [[late, 3]])], { now: NOW }).totals.today).toBe(0);
	});

	it("mastery per course and per brief counts live cards only, sorted by name", () => {
		const cards = [
			card("a1", [[at(3), 3]], { recall: 0.95 }),
			card("a2", [[at(3), 1]], { recall: 0.4, due: NOW - 1 }),
			card("b1", [[at(3), 3]], {
				briefPath: "Russia/1917.md",
				briefTitle: "1917",
				course: "Russia",
				recall: 0.9,
			}),
			card("b2", [], { briefPath: "Russia/1917.md", briefTitle: "1917", course: "Russia", recall: 0, due: 0 }),
			card("old", [[at(3), 3]], { recall: 1, orphaned: true }),
			card("loose", [[at(3), 3]], { briefPath: "", briefTitle: undefined, course: "", recall: 0.1 }),
		];
		const s = studyStats(cards, { now: NOW });
		expect(s.courses).toEqual([
			{ key: "", label: "No course", cards: 1, mastered: 0, share: 0, dueNow: 0 },
			{ key: "Rome", label: "Rome", cards: 2, mastered: 1, share: 0.5, dueNow: 1 },
			{ key: "Russia", label: "Russia", cards: 2, mastered: 1, share: 0.5, dueNow: 1 },
		]);
		expect(s.briefs.map((b) => [b.label, b.cards, b.mastered])).toEqual([
			["1917", 2, 1],
			["Caesar", 2, 1],
			["loose", 1, 0],
		]);
		expect(s.totals).toMatchObject({ cards: 5, mastered: 2 });
	});

	it("most missed: by misses, then miss rate, then the latest miss; orphans and clean cards left out", () => {
		const cards = [
			card(
				"two-of-4",
				[
					[at(9), 1],
					[at(8), 3],
					[at(7), 1],
					[at(6), 3],
				],
				{ label: "Veni, vidi, vici", source: { path: "Rome/Caesar.md", line: 12 } },
			),
			card("two-of-2", [
				[at(9), 1],
				[at(8), 1],
			]),
			card("one-late", [
				[at(1), 1],
				[at(0), 3],
			]),
			card("one-early", [
				[at(5), 1],
				[at(4), 3],
			]),
			card("clean", [[at(5), 3]]),
			card(
				"orphan",
				[
					[at(5), 1],
					[at(4), 1],
					[at(3), 1],
				],
				{ orphaned: true },
			),
		];
		const s = studyStats(cards, { now: NOW, missedLimit: 3 });
		expect(s.missed.map((m) => m.card)).toEqual(["two-of-2", "two-of-4", "one-late"]);
		expect(s.missed[1]).toEqual({
			card: "two-of-4",
			briefPath: "Rome/Caesar.md",
			briefTitle: "Caesar",
			label: "Veni, vidi, vici",
			source: { path: "Rome/Caesar.md", line: 12 },
			misses: 2,
			reviews: 4,
			lastMiss: at(7),
		});
		expect(s.missed[0].label).toBe("two-of-2");
	});

	it("property: totals, heatmap and streak agree with each other for any history", () => {
		const review = fc.record({
			daysAgo: fc.integer({ min: -3, max: 400 }),
			grade: fc.constantFrom<ReviewGrade>(1, 2, 3, 4),
		});
		fc.assert(
			fc.property(fc.array(fc.array(review, { maxLength: 12 }), { maxLength: 20 }), (hist) => {
				const cards = hist.map((rs, i) =>
					card(
						`c${i}`,
						rs.map((r) => [at(r.daysAgo), r.grade]),
					),
				);
				const s = studyStats(cards, { now: NOW });
				const all = hist.flat();
				expect(s.totals.reviews).toBe(all.length);
				const inRange = all.filter((r) => r.daysAgo < 365).length;
				expect(s.heatmap.days.reduce((n, d) => n + d.count, 0)).toBe(inRange);
				expect(s.totals.fromTheFuture).toBe(all.filter((r) => r.daysAgo < 0).length);
				expect(s.streak.current).toBeLessThanOrEqual(s.streak.longest);
				const checks = s.retention.reduce((n, w) => n + w.checks, 0);
				expect(checks).toBeLessThanOrEqual(all.length);
				for (const w of s.retention) if (w.rate !== null) expect(w.rate).toBeGreaterThanOrEqual(0);
			}),
			fuzzParams(22_001, 60),
		);
	});

	it("property: the top-k of most missed is the head of the fully sorted list", () => {
		const review = fc.record({
			daysAgo: fc.integer({ min: 0, max: 30 }),
			grade: fc.constantFrom<ReviewGrade>(1, 1, 3),
		});
		fc.assert(
			fc.property(
				fc.array(fc.array(review, { maxLength: 8 }), { maxLength: 40 }),
				fc.integer({ min: 0, max: 12 }),
				(hist, k) => {
					const cards = hist.map((rs, i) =>
						card(
							`c${i}`,
							rs.map((r) => [at(r.daysAgo), r.grade]),
						),
					);
					const all = mostMissed(cards, Infinity);
					for (let i = 1; i < all.length; i++) {
						const [a, b] = [all[i - 1], all[i]];
						expect(
							a.misses > b.misses ||
								(a.misses === b.misses && a.misses / a.reviews >= b.misses / b.reviews),
						).toBe(true);
					}
					expect(mostMissed(cards, k)).toEqual(all.slice(0, k));
				},
			),
			fuzzParams(22_002, 80),
		);
	});
});
