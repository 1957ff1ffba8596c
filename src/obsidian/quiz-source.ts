import { allQuestions, generateQuiz, hashString, mulberry32 } from "../core/quiz";
import type { Question } from "../core/quiz/types";
import { questionForCard, questionsByCard } from "../core/review";
import type { IndexQueries } from "../core/index/types";
import type { Brief, YMD } from "../core/model";
import type { Settings } from "../settings";
import type { QuizScope } from "../ui/host";
import type { QuizSet } from "../ui/quiz/types";

/** Seeds differ between attempts (so a retried quiz is not the same one) but are reproducible in tests. */
export interface QuizSourceOptions {
	now: () => Date;
	seed?: () => number;
	/** Card ids due for review (from the review store), in due order. */
	dueCards?: () => string[];
}

function ymd(d: Date): YMD {
	return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function siblingsOf(index: IndexQueries, brief: Brief, includeUnpublished: boolean): Brief[] {
	return index.briefs({ folder: brief.course, includeUnpublished }).filter((b) => b.path !== brief.path && b.course === brief.course);
}

/** Turns a quiz scope into questions from the index. Pure apart from the clock and seed it is given. */
export function makeQuizSet(index: IndexQueries, settings: Settings, scope: QuizScope, opts: QuizSourceOptions): QuizSet {
	const today = ymd(opts.now());
	const seed = opts.seed?.() ?? Math.floor(Math.random() * 2 ** 31);
	const inc = true; // a quiz on a note the user chose works whether or not it is published
	// A course quiz mixes briefs and its header names none of them: only there may "Which brief?" be asked.
	const quizOf = (brief: Brief, count: number, s: number, multiBrief = false) =>
		generateQuiz(brief, { seed: s, count, siblings: siblingsOf(index, brief, inc), today, multiBrief });

	if (scope.kind === "brief" || scope.kind === "item") {
		const brief = index.get(scope.path);
		if (!brief) return { title: scope.path, questions: [], problem: notABrief(scope.path, settings) };
		if (scope.kind === "item") {
			const all = allQuestions(brief, { seed, siblings: siblingsOf(index, brief, inc), today });
			const mine = [...all.values()].flat().filter((q) => q.itemId === scope.itemId);
			return { title: brief.title, questions: mine.slice(0, 4), problem: mine.length ? undefined : "There is no question for this item yet: it needs a date, a key term or a quote with a clear answer." };
		}
		const questions = quizOf(brief, settings.quizLength, seed);
		return { title: brief.title, questions, problem: questions.length ? undefined : tooLittle(brief), note: shortQuiz(questions.length, settings.quizLength) };
	}
	if (scope.kind === "course") {
		const briefs = index.briefs({ folder: scope.folder, includeUnpublished: settings.includeUnpublished });
		const per = Math.max(2, Math.ceil(settings.quizLength / Math.max(1, briefs.length)));
		const pool = briefs.flatMap((b) => quizOf(b, per, seed ^ hashString(b.path), briefs.length > 1));
		const rng = mulberry32(seed);
		const rnd = () => rng.next();
		const picked = shuffle(pool, rnd).slice(0, settings.quizLength);
		const title = scope.folder ? `Course: ${scope.folder}` : "All briefs";
		return { title, questions: picked, problem: picked.length ? undefined : "No brief in this folder has dated events, quotes or key facts yet.", note: shortQuiz(picked.length, settings.quizLength) };
	}
	const due = new Set(scope.kind === "cards" ? scope.ids : (opts.dueCards?.() ?? []));
	const questions: Question[] = [];
	if (due.size) {
		for (const brief of index.briefs({ includeUnpublished: settings.includeUnpublished })) {
			const all = allQuestions(brief, { seed, siblings: siblingsOf(index, brief, inc), today });
			// Due ids are card ids (a date card is ".../date", not a question id): one question per due card.
			for (const [card, list] of questionsByCard([...all.values()].flat())) {
				const q = due.has(card) ? questionForCard(list) : undefined;
				if (q) questions.push(q);
			}
		}
	}
	if (scope.kind === "cards") return { title: "Most missed", questions, problem: questions.length ? undefined : "These items are no longer in your briefs." };
	return { title: "Review due questions", questions, problem: questions.length ? undefined : "Nothing is due for review. Take a quiz on a brief: the questions you answer are scheduled for review." };
}

function shuffle<T>(list: T[], rnd: () => number): T[] {
	const a = [...list];
	for (let i = a.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[a[i], a[j]] = [a[j], a[i]];
	}
	return a;
}

export function notABrief(path: string, settings: Settings): string {
	return `${path} is not a brief: a brief has "${settings.publishKey}" in its front-matter (for example ${settings.publishKey}: true).`;
}

function tooLittle(brief: Brief): string {
	return `${brief.title} has no question that passes the quality checks: add dated sentences with their subject, "Key Quotes" or "- **Term:** definition" facts.`;
}

/** Said above the first question when the brief gave fewer good questions than the quiz length: no padding. */
export function shortQuiz(got: number, asked: number): string | undefined {
	if (got === 0 || got >= asked) return undefined;
	return `Only ${got} of ${asked} questions: the other candidates did not pass the quality checks (a fact a teacher would ask, one question per fact).`;
}
