/** The dashboard's figures from the index and the replayed review logs (the glue main.ts and tests use). */
import type { IndexQueries } from "../../core/index/types";
import type { CardState, Scheduler } from "../../core/review";
import { briefLookup, localOffset, studyCardsOf, studyStats } from "../../core/stats";
import type { StudyStats } from "../../core/stats/types";

export function dashboardStats(
	index: IndexQueries,
	states: Iterable<CardState>,
	scheduler: Pick<Scheduler, "retrievability">,
	opts: { now: number; heatmapDays?: number; offsetAt?: (t: number) => number },
): StudyStats {
	const lookup = briefLookup(index.briefs({ includeUnpublished: true }), (p) => index.get(p));
	const cards = studyCardsOf(states, opts.now, scheduler, lookup);
	return studyStats(cards, { now: opts.now, heatmapDays: opts.heatmapDays, offsetAt: opts.offsetAt ?? localOffset });
}
