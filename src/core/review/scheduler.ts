/** Spaced-review scheduling behind a small interface (ts-fsrs today, swappable). */
import { createEmptyCard, fsrs, Rating, State } from "ts-fsrs";
import type { Card, Grade as FsrsGrade } from "ts-fsrs";
import type { Grade } from "../quiz/types";

/** Again 1 / Hard 2 / Good 3 / Easy 4. */
export type ReviewGrade = 1 | 2 | 3 | 4;
export const AGAIN: ReviewGrade = 1;
export const HARD: ReviewGrade = 2;
export const GOOD: ReviewGrade = 3;
export const EASY: ReviewGrade = 4;

export type MemoryPhase = "new" | "learning" | "review" | "relearning";

/** Plain, JSON-safe memory state of one card (epoch-ms dates; no deprecated elapsed_days). */
export interface Memory {
	due: number;
	stability: number;
	difficulty: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	phase: MemoryPhase;
	lastReview?: number;
}

export interface Scheduler {
	/** A card never reviewed, due now. */
	initial(now: number): Memory;
	/** The state after one review. */
	review(memory: Memory, now: number, grade: ReviewGrade): Memory;
	/** Probability of recall now, 0..1 (0 for a new card). */
	retrievability(memory: Memory, now: number): number;
	/** Back to new (the "reset" event). */
	reset(memory: Memory, now: number): Memory;
}

export interface SchedulerOptions {
	requestRetention?: number;
	maximumInterval?: number;
	enableFuzz?: boolean;
	enableShortTerm?: boolean;
}

const PHASES: MemoryPhase[] = ["new", "learning", "review", "relearning"];
const STATES: Record<MemoryPhase, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning,
};

function fromCard(c: Card): Memory {
	const m: Memory = {
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		scheduledDays: c.scheduled_days,
		learningSteps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		phase: PHASES[c.state] ?? "new",
	};
	if (c.last_review) m.lastReview = c.last_review.getTime();
	return m;
}

function toCard(m: Memory): Card {
	// Start from an empty card so the deprecated elapsed_days is filled by the library, never by us.
	const card: Card = {
		...createEmptyCard(new Date(m.due)),
		stability: m.stability,
		difficulty: m.difficulty,
		scheduled_days: m.scheduledDays,
		learning_steps: m.learningSteps,
		reps: m.reps,
		lapses: m.lapses,
		state: STATES[m.phase],
	};
	if (m.lastReview !== undefined) card.last_review = new Date(m.lastReview);
	return card;
}

const RATINGS: Record<ReviewGrade, FsrsGrade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

/** FSRS with Anki-like defaults: retention 0.9, max interval 100 years, fuzz and short-term steps on. */
export function createScheduler(opts: SchedulerOptions = {}): Scheduler {
	const f = fsrs({
		request_retention: opts.requestRetention ?? 0.9,
		maximum_interval: opts.maximumInterval ?? 36500,
		enable_fuzz: opts.enableFuzz ?? true,
		enable_short_term: opts.enableShortTerm ?? true,
	});
	return {
		initial: (now) => fromCard(createEmptyCard(new Date(now))),
		review: (memory, now, grade) => fromCard(f.next(toCard(memory), new Date(now), RATINGS[grade]).card),
		retrievability: (memory, now) => {
			if (memory.phase === "new" || memory.lastReview === undefined) return 0;
			const r = f.get_retrievability(toCard(memory), new Date(now), false);
			return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
		},
		reset: (memory, now) => fromCard(f.forget(toCard(memory), new Date(now), true).card),
	};
}

/** The review grade for a checker result: wrong = Again, close = Hard, right = Good; an override wins. */
export function gradeFor(result: Grade, override?: ReviewGrade): ReviewGrade {
	if (override !== undefined) return override;
	return result === "right" ? GOOD : result === "close" ? HARD : AGAIN;
}

export function isReviewGrade(x: unknown): x is ReviewGrade {
	return x === 1 || x === 2 || x === 3 || x === 4;
}
