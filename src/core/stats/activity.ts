/** Reviews per day: the heatmap, the streak and the day counts behind them (one pass over the reviews). */
import { dateOf, dayOf, type OffsetAt } from "./days";
import type { Heatmap, StudyCard, Streak } from "./types";

export interface DayCounts {
	/** Reviews per local day number. */
	byDay: Map<number, number>;
	total: number;
	/** Reviews stamped after now (counted on today). */
	future: number;
}

/** Counts reviews per local day; a review from the future (a clock ahead) counts on today. */
export function countDays(cards: Iterable<StudyCard>, now: number, offsetAt?: OffsetAt): DayCounts {
	const today = dayOf(now, offsetAt);
	const byDay = new Map<number, number>();
	let total = 0;
	let future = 0;
	for (const c of cards) {
		for (const r of c.reviews) {
			let day = dayOf(r.t, offsetAt);
			if (day > today) {
				day = today;
				future++;
			}
			byDay.set(day, (byDay.get(day) ?? 0) + 1);
			total++;
		}
	}
	return { byDay, total, future };
}

/** The last `days` days, oldest first, ending today. */
export function heatmapOf(counts: DayCounts, today: number, days: number): Heatmap {
	const out: Heatmap = { days: [], max: 0 };
	for (let d = today - Math.max(1, days) + 1; d <= today; d++) {
		const count = counts.byDay.get(d) ?? 0;
		out.days.push({ date: dateOf(d), count });
		if (count > out.max) out.max = count;
	}
	return out;
}

/** Current streak (alive until a whole day passes without a review) and the longest one. */
export function streakOf(counts: DayCounts, today: number): Streak {
	const has = (d: number) => (counts.byDay.get(d) ?? 0) > 0;
	const reviewedToday = has(today);
	let current = 0;
	for (let d = reviewedToday ? today : today - 1; has(d); d--) current++;
	let longest = 0;
	for (const d of counts.byDay.keys()) {
		if (has(d - 1) || !has(d)) continue; // only count runs from their first day
		let run = 0;
		while (has(d + run)) run++;
		if (run > longest) longest = run;
	}
	return { current, longest, reviewedToday };
}
