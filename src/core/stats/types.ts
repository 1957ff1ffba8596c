/** Plain inputs and outputs of the study figures (the dashboard and `study-briefs stats`). */
import type { SourceRef } from "../model";
import type { ReviewGrade } from "../review/scheduler";

/** One review that counts (undone reviews already removed). */
export interface StudyReview {
	/** Epoch ms. */
	t: number;
	grade: ReviewGrade;
}

/** One card as the figures see it: where it comes from, its memory now, and its reviews. */
export interface StudyCard {
	id: string;
	/** The brief's vault path now; "" when the card is only known from the logs. */
	briefPath: string;
	briefTitle?: string;
	/** "" when unknown. */
	course: string;
	/** The item's text (quote, event, term), for "most missed". */
	label?: string;
	source?: SourceRef;
	/** Epoch ms when the next review is due. */
	due: number;
	/** Probability of recall now, 0..1 (0 for a card never reviewed). */
	recall: number;
	/** Never reviewed (or reset): not part of the forecast. */
	isNew: boolean;
	/** The item is gone from its brief: its reviews still count as activity, not in mastery. */
	orphaned: boolean;
	reviews: readonly StudyReview[];
}

export interface StatsOptions {
	/** Epoch ms. */
	now: number;
	/** Minutes east of UTC at a time (a local day starts at local midnight). Default: UTC. */
	offsetAt?: (t: number) => number;
	/** FSRS desired retention the weekly retention is compared with. Default 0.9. */
	desiredRetention?: number;
	/** Days in the heatmap (ending today). Default 365. */
	heatmapDays?: number;
	/** Days in the due forecast (today first). Default 30. */
	forecastDays?: number;
	/** Weeks of retention (ending this week). Default 26. */
	weeks?: number;
	/** Most-missed items listed. Default 10. */
	missedLimit?: number;
	/** Recall at which a card counts as mastered. Default 0.9. */
	masteredAt?: number;
}

export interface DayCount {
	/** Local date, YYYY-MM-DD. */
	date: string;
	count: number;
}

export interface Heatmap {
	days: DayCount[];
	/** The most reviews on one day of the range (0 for none). */
	max: number;
}

export interface Streak {
	/** Days in a row with at least one review, ending today (or yesterday when today has none yet). */
	current: number;
	longest: number;
	reviewedToday: boolean;
}

export interface ForecastDay {
	date: string;
	/** Cards due that day (today includes the overdue ones). */
	due: number;
}

export interface WeekRetention {
	/** Monday of the week, YYYY-MM-DD. */
	week: string;
	/** Recall checks: every review but a card's first one. */
	checks: number;
	/** Checks answered right or close (FSRS counts Hard as recalled). */
	recalled: number;
	/** recalled / checks, null for a week without checks. */
	rate: number | null;
}

export interface MasteryRow {
	key: string;
	label: string;
	/** Live cards (orphans left out). */
	cards: number;
	mastered: number;
	/** mastered / cards (0 for none). */
	share: number;
	dueNow: number;
}

export interface MissedItem {
	card: string;
	briefPath: string;
	briefTitle: string;
	label: string;
	source?: SourceRef;
	misses: number;
	reviews: number;
	/** Epoch ms of the last miss. */
	lastMiss: number;
}

export interface Totals {
	reviews: number;
	today: number;
	cards: number;
	newCards: number;
	dueNow: number;
	mastered: number;
	/** Reviews stamped later than now (a device's clock ahead): counted on today. */
	fromTheFuture: number;
}

export interface StudyStats {
	/** Local date of `now`, YYYY-MM-DD. */
	today: string;
	desiredRetention: number;
	totals: Totals;
	streak: Streak;
	heatmap: Heatmap;
	forecast: ForecastDay[];
	retention: WeekRetention[];
	courses: MasteryRow[];
	briefs: MasteryRow[];
	missed: MissedItem[];
}
