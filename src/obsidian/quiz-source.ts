/**
 * The plugin's side of the quiz builder (core/quiz/quiz-set.ts): the settings, the clock, a fresh seed per
 * attempt (so a retried quiz is not the same one) and the review store's due cards go in; the quiz comes out.
 */
import type { IndexQueries } from "../core/index/types";
import { makeQuizSet, quizDay, type QuizScope, type QuizSet } from "../core/quiz/quiz-set";
import type { Settings } from "../settings";

export interface QuizSourceOptions {
	now: () => Date;
	/** Reproducible seeds for tests; by default a random one per quiz. */
	seed?: () => number;
	/** Card ids due for review (from the review store), in due order. */
	dueCards?: () => string[];
}

export function quizSetFor(
	index: IndexQueries,
	settings: Settings,
	scope: QuizScope,
	opts: QuizSourceOptions,
): QuizSet {
	const seed = opts.seed?.() ?? Math.floor(Math.random() * 2 ** 31);
	const dueCards = scope.kind === "due" ? opts.dueCards?.() : undefined;
	const { quizLength, includeUnpublished, publishKey } = settings;
	return makeQuizSet(index, scope, {
		quizLength,
		includeUnpublished,
		publishKey,
		today: quizDay(opts.now()),
		seed,
		dueCards,
	});
}
