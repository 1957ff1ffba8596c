/** All the dashboard's figures from one list of cards: linear in the number of reviews (plus a sort of the missed). */
import { countDays, heatmapOf, streakOf } from "./activity";
import { dateOf, dayOf, UTC } from "./days";
import { masteryByBrief, masteryByCourse, mostMissed } from "./mastery";
import { dueForecast, retentionByWeek } from "./progress";
import type { StatsOptions, StudyCard, StudyStats } from "./types";

export const DESIRED_RETENTION = 0.9;

export function studyStats(cards: readonly StudyCard[], opts: StatsOptions): StudyStats {
	const now = opts.now;
	const offsetAt = opts.offsetAt ?? UTC;
	const masteredAt = opts.masteredAt ?? 0.9;
	const today = dayOf(now, offsetAt);
	const counts = countDays(cards, now, offsetAt);
	let live = 0;
	let newCards = 0;
	let dueNow = 0;
	let mastered = 0;
	for (const c of cards) {
		if (c.orphaned) continue;
		live++;
		if (c.isNew) newCards++;
		if (c.due <= now) dueNow++;
		if (c.recall >= masteredAt) mastered++;
	}
	return {
		today: dateOf(today),
		desiredRetention: opts.desiredRetention ?? DESIRED_RETENTION,
		totals: {
			reviews: counts.total,
			today: counts.byDay.get(today) ?? 0,
			cards: live,
			newCards,
			dueNow,
			mastered,
			fromTheFuture: counts.future,
		},
		streak: streakOf(counts, today),
		heatmap: heatmapOf(counts, today, opts.heatmapDays ?? 365),
		forecast: dueForecast(cards, now, opts.forecastDays ?? 30, offsetAt),
		retention: retentionByWeek(cards, now, opts.weeks ?? 26, offsetAt),
		courses: masteryByCourse(cards, now, masteredAt),
		briefs: masteryByBrief(cards, now, masteredAt),
		missed: mostMissed(cards, opts.missedLimit ?? 10),
	};
}
