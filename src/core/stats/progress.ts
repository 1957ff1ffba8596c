/** Retention per week and the due forecast. */
import { dateOf, dayOf, mondayOf, weekOf, type OffsetAt } from "./days";
import type { ForecastDay, StudyCard, WeekRetention } from "./types";

/**
 * Weekly retention: every review but a card's first is a recall check; right or close (grade 2+) is recalled,
 * as FSRS counts it. The last `weeks` weeks, oldest first, ending with this week (future reviews count now).
 */
export function retentionByWeek(
	cards: Iterable<StudyCard>,
	now: number,
	weeks: number,
	offsetAt?: OffsetAt,
): WeekRetention[] {
	const today = dayOf(now, offsetAt);
	const thisWeek = weekOf(today);
	const first = thisWeek - Math.max(1, weeks) + 1;
	const checks = new Map<number, number>();
	const recalled = new Map<number, number>();
	for (const c of cards) {
		if (c.reviews.length < 2) continue;
		let firstT = Infinity;
		let firstIdx = -1;
		c.reviews.forEach((r, i) => {
			if (r.t < firstT) {
				firstT = r.t;
				firstIdx = i;
			}
		});
		c.reviews.forEach((r, i) => {
			if (i === firstIdx) return;
			const w = weekOf(Math.min(dayOf(r.t, offsetAt), today));
			if (w < first) return;
			checks.set(w, (checks.get(w) ?? 0) + 1);
			if (r.grade >= 2) recalled.set(w, (recalled.get(w) ?? 0) + 1);
		});
	}
	const out: WeekRetention[] = [];
	for (let w = first; w <= thisWeek; w++) {
		const n = checks.get(w) ?? 0;
		const ok = recalled.get(w) ?? 0;
		out.push({ week: dateOf(mondayOf(w)), checks: n, recalled: ok, rate: n ? ok / n : null });
	}
	return out;
}

/** Reviewed, live cards due on each of the next `days` days; today includes everything overdue. */
export function dueForecast(cards: Iterable<StudyCard>, now: number, days: number, offsetAt?: OffsetAt): ForecastDay[] {
	const today = dayOf(now, offsetAt);
	const n = Math.max(1, days);
	const due = new Array<number>(n).fill(0);
	for (const c of cards) {
		if (c.isNew || c.orphaned) continue;
		const d = Math.max(0, dayOf(c.due, offsetAt) - today);
		if (d < n) due[d]++;
	}
	return due.map((count, i) => ({ date: dateOf(today + i), due: count }));
}
