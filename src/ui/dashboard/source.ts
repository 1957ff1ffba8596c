/** The dashboard's figures from the index and the replayed review logs (the glue main.ts and tests use). */
import type { IndexQueries } from "../../core/index/types";
import type { Brief } from "../../core/model";
import type { CardState, Scheduler } from "../../core/review";
import { studyCardsOf, studyStats } from "../../core/stats";
import type { StudyStats } from "../../core/stats/types";

/** The machine's time zone at a time, as minutes east of UTC. */
export function localOffset(t: number): number {
	return -new Date(t).getTimezoneOffset();
}

export function dashboardStats(
	index: IndexQueries,
	states: Iterable<CardState>,
	scheduler: Pick<Scheduler, "retrievability">,
	opts: { now: number; heatmapDays?: number; offsetAt?: (t: number) => number },
): StudyStats {
	const byId = new Map<string, Brief>();
	for (const b of index.briefs({ includeUnpublished: true })) byId.set(b.id, b);
	const cards = studyCardsOf(states, opts.now, scheduler, (k) => index.get(k) ?? byId.get(k));
	return studyStats(cards, { now: opts.now, heatmapDays: opts.heatmapDays, offsetAt: opts.offsetAt ?? localOffset });
}
