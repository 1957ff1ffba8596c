/**
 * The one quiz builder: what to quiz (a scope) -> the questions to ask, for the plugin (obsidian/quiz-source.ts),
 * the CLI (cli/quiz.ts) and the garden (garden/quiz-source.ts). Pure: the caller passes the day and the seed.
 *
 * Day rule: "today" is the local calendar day of the clock the caller passes (quizDay), the day the student
 * sees on their calendar, in the plugin, the CLI and the garden alike.
 */
import type { IndexQueries } from "../index/types";
import type { Brief, YMD } from "../model";
import { allQuestions, generateQuiz } from "./generate";
import { hashString, mulberry32 } from "./rng";
import type { Question, QuestionKind } from "./types";
import { questionForCard, questionsByCard } from "../review/identity";

/** What to quiz: a brief (path), a course (folder), one item, everything due, or chosen cards. */
export type QuizScope =
	| { kind: "brief"; path: string }
	| { kind: "course"; folder: string }
	| { kind: "item"; path: string; itemId: string }
	| { kind: "due" }
	/** These cards (the dashboard's "most missed"), one question each. */
	| { kind: "cards"; ids: string[] };

/** A quiz ready to ask: what the view shows in its header and the questions in order. */
export interface QuizSet {
	title: string;
	questions: Question[];
	/** Why there are no questions (shown instead of the quiz when `questions` is empty). */
	problem?: string;
	/** Shown above the first question: why the quiz is shorter than asked (too little good material). */
	note?: string;
}

/** The calendar day a quiz is taken on: the local day of `now` (see the day rule above). */
export function quizDay(now: Date): YMD {
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export interface BriefQuizOptions {
	seed: number;
	count?: number;
	today: YMD;
	kinds?: QuestionKind[];
	/** The quiz mixes briefs and its header names none: only then may "Which brief?" be asked. */
	multiBrief?: boolean;
}

/** The course's other briefs: distractors and "which brief" questions come from them. */
export function siblingsOf(brief: Brief, pool: readonly Brief[]): Brief[] {
	return pool.filter((b) => b.path !== brief.path && b.course === brief.course);
}

/** The quiz on one brief; `pool` is any list of briefs that holds its course (the brief itself is left out). */
export function briefQuiz(brief: Brief, pool: readonly Brief[], opts: BriefQuizOptions): Question[] {
	return generateQuiz(brief, { ...opts, siblings: siblingsOf(brief, pool) });
}

/** What a quiz set needs from the settings, plus the day and the seed. */
export interface QuizSetOptions {
	quizLength: number;
	/** Course and due quizzes include briefs not marked for publishing. */
	includeUnpublished: boolean;
	/** Named in the "not a brief" message. */
	publishKey: string;
	today: YMD;
	seed: number;
	/** Card ids due for review (from the review store), in due order. */
	dueCards?: readonly string[];
}

/** Turns a quiz scope into questions from the index. */
export function makeQuizSet(index: IndexQueries, scope: QuizScope, opts: QuizSetOptions): QuizSet {
	// A quiz on a note the user chose works whether or not it is published (siblings too).
	const poolOf = (brief: Brief) => index.briefs({ folder: brief.course, includeUnpublished: true });
	if (scope.kind === "brief" || scope.kind === "item") {
		const brief = index.get(scope.path);
		if (!brief) return { title: scope.path, questions: [], problem: notABrief(scope.path, opts.publishKey) };
		if (scope.kind === "item") {
			const all = allQuestions(brief, {
				seed: opts.seed,
				siblings: siblingsOf(brief, poolOf(brief)),
				today: opts.today,
			});
			const mine = [...all.values()].flat().filter((q) => q.itemId === scope.itemId);
			return {
				title: brief.title,
				questions: mine.slice(0, 4),
				problem: mine.length
					? undefined
					: "There is no question for this item yet: it needs a date, a key term or a quote with a clear answer.",
			};
		}
		const questions = briefQuiz(brief, poolOf(brief), {
			seed: opts.seed,
			count: opts.quizLength,
			today: opts.today,
		});
		return {
			title: brief.title,
			questions,
			problem: questions.length ? undefined : tooLittle(brief),
			note: shortQuiz(questions.length, opts.quizLength),
		};
	}
	if (scope.kind === "course") return courseQuiz(index, scope.folder, opts, poolOf);
	return dueQuiz(index, scope, opts, poolOf);
}

function courseQuiz(index: IndexQueries, folder: string, opts: QuizSetOptions, poolOf: (b: Brief) => Brief[]): QuizSet {
	const briefs = index.briefs({ folder, includeUnpublished: opts.includeUnpublished });
	const per = Math.max(2, Math.ceil(opts.quizLength / Math.max(1, briefs.length)));
	const multiBrief = briefs.length > 1;
	const pool = briefs.flatMap((b) =>
		briefQuiz(b, poolOf(b), { seed: opts.seed ^ hashString(b.path), count: per, today: opts.today, multiBrief }),
	);
	const picked = mulberry32(opts.seed).shuffle(pool).slice(0, opts.quizLength);
	const title = folder ? `Course: ${folder}` : "All briefs";
	return {
		title,
		questions: picked,
		problem: picked.length ? undefined : "No brief in this folder has dated events, quotes or key facts yet.",
		note: shortQuiz(picked.length, opts.quizLength),
	};
}

function dueQuiz(
	index: IndexQueries,
	scope: Extract<QuizScope, { kind: "due" | "cards" }>,
	opts: QuizSetOptions,
	poolOf: (b: Brief) => Brief[],
): QuizSet {
	const due = new Set(scope.kind === "cards" ? scope.ids : (opts.dueCards ?? []));
	const questions: Question[] = [];
	if (due.size) {
		for (const brief of index.briefs({ includeUnpublished: opts.includeUnpublished })) {
			const all = allQuestions(brief, {
				seed: opts.seed,
				siblings: siblingsOf(brief, poolOf(brief)),
				today: opts.today,
			});
			// Due ids are card ids (a date card is ".../date", not a question id): one question per due card.
			for (const [card, list] of questionsByCard([...all.values()].flat())) {
				const q = due.has(card) ? questionForCard(list) : undefined;
				if (q) questions.push(q);
			}
		}
	}
	if (scope.kind === "cards")
		return {
			title: "Most missed",
			questions,
			problem: questions.length ? undefined : "These items are no longer in your briefs.",
		};
	return {
		title: "Review due questions",
		questions,
		problem: questions.length
			? undefined
			: "Nothing is due for review. Take a quiz on a brief: the questions you answer are scheduled for review.",
	};
}

export function notABrief(path: string, publishKey: string): string {
	return `${path} is not a brief: a brief has "${publishKey}" in its front-matter (for example ${publishKey}: true).`;
}

function tooLittle(brief: Brief): string {
	return `${brief.title} has no question that passes the quality checks: add dated sentences with their subject, "Key Quotes" or "- **Term:** definition" facts.`;
}

/** Said above the first question when the brief gave fewer good questions than the quiz length: no padding. */
export function shortQuiz(got: number, asked: number): string | undefined {
	if (got === 0 || got >= asked) return undefined;
	return `Only ${got} of ${asked} questions: the other candidates did not pass the quality checks (a fact a teacher would ask, one question per fact).`;
}
