/** generateQuiz: a deterministic mixed quiz from one brief (and its course siblings). */
import type { Brief, YMD } from "../model";
import { clozeQuestions } from "./kinds/cloze";
import type { KindContext } from "./kinds/common";
import { makeContext, whereOf } from "./kinds/common";
import { dateChoiceQuestions, dateTypedQuestions } from "./kinds/date";
import { orderQuestions } from "./kinds/order";
import { matchQuestions, termChoiceQuestions, trueFalseQuestions } from "./kinds/terms";
import { whichBriefQuestions } from "./kinds/which-brief";
import { isSkippedQuestion } from "../overrides/skip";
import { whichSpeakerQuestions } from "./kinds/which-speaker";
import { gateQuestion, sourceLines } from "./gate";
import type { Question, QuestionKind } from "./types";

export interface QuizOptions {
	seed: number;
	/** How many questions (default 10). Fewer when the brief has little material. */
	count?: number;
	/** Other briefs of the same course: distractors and "which brief" questions. */
	siblings?: Brief[];
	/** No date option is later than today's year. */
	today: YMD;
	/** Only these kinds (default: all the brief supports). */
	kinds?: QuestionKind[];
	/** The quiz mixes several briefs and its header names none: "Which brief is this quote from?" may be asked. */
	multiBrief?: boolean;
}

export const ALL_KINDS: QuestionKind[] = [
	"date-choice",
	"date-typed",
	"cloze",
	"term-choice",
	"match",
	"order",
	"which-brief",
	"which-speaker",
	"true-false",
];

const GENERATORS: Record<QuestionKind, (ctx: KindContext) => Question[]> = {
	"date-choice": dateChoiceQuestions,
	"date-typed": dateTypedQuestions,
	cloze: clozeQuestions,
	"term-choice": termChoiceQuestions,
	match: matchQuestions,
	order: orderQuestions,
	"which-brief": whichBriefQuestions,
	"which-speaker": whichSpeakerQuestions,
	"true-false": trueFalseQuestions,
};

/**
 * The mix, in the order kinds take turns (about 3 cloze, 3 date, 2 term, 1 order, 1 match per 10). A match
 * and an order question each use several facts, and a fact is asked once per quiz: they come early.
 */
const TURNS: QuestionKind[] = [
	"match",
	"cloze",
	"date-choice",
	"order",
	"term-choice",
	"cloze",
	"date-typed",
	"true-false",
	"which-brief",
	"cloze",
	"date-choice",
	"term-choice",
	"which-speaker",
];

/** Every candidate of every asked kind, each with its "Brief › Heading" line, before the gate. */
export function candidateQuestions(brief: Brief, opts: QuizOptions): Map<QuestionKind, Question[]> {
	const ctx = makeContext(brief, opts.siblings ?? [], opts.today, opts.seed >>> 0);
	const kinds = opts.kinds && opts.kinds.length > 0 ? opts.kinds : ALL_KINDS;
	const out = new Map<QuestionKind, Question[]>();
	for (const kind of ALL_KINDS) {
		if (!kinds.includes(kind) || (kind === "which-brief" && !opts.multiBrief)) continue;
		let qs: Question[];
		try {
			qs = GENERATORS[kind](ctx);
		} catch {
			qs = [];
		}
		// Questions the student skipped or reported (curation) never come back, in quizzes, reviews or exports.
		if (brief.skippedQuestions?.length) qs = qs.filter((q) => !isSkippedQuestion(brief, q));
		for (const q of qs) {
			q.where = whereOf(brief, q.source.line);
			if (brief.lang && brief.lang !== "en") q.lang = brief.lang;
		}
		if (qs.length > 0) out.set(kind, qs);
	}
	return out;
}

/** Every question each kind can make from this brief that passes the gate, in seeded order. */
export function allQuestions(brief: Brief, opts: QuizOptions): Map<QuestionKind, Question[]> {
	const ctx = makeContext(brief, opts.siblings ?? [], opts.today, opts.seed >>> 0);
	const env = { brief, siblings: ctx.siblings, today: opts.today, multiBrief: opts.multiBrief === true };
	const out = new Map<QuestionKind, Question[]>();
	for (const [kind, qs] of candidateQuestions(brief, opts)) {
		const good = qs.filter((q) => gateQuestion(q, env).length === 0);
		if (good.length > 0) out.set(kind, ctx.rng(`pick:${kind}`).shuffle(good));
	}
	return out;
}

export function generateQuiz(brief: Brief, opts: QuizOptions): Question[] {
	const count = Math.max(0, Math.floor(opts.count ?? 10));
	if (count === 0) return [];
	const pools = allQuestions(brief, opts);
	const kinds = [...pools.keys()];
	if (kinds.length === 0) return [];
	const singleKind = kinds.length === 1;
	const cap = (kind: QuestionKind): number =>
		singleKind || (kind !== "order" && kind !== "match") ? Infinity : Math.ceil(count / 10);
	const turns = TURNS.filter((k) => pools.has(k));
	const taken = new Map<QuestionKind, number>();
	for (const k of kinds) if (!turns.includes(k)) turns.push(k);

	const chosen: Question[] = [];
	// One question per fact: a source line asked (or shown) once never comes back in another form.
	const usedLines = new Set<string>();
	let progress = true;
	while (chosen.length < count && progress) {
		progress = false;
		for (const kind of turns) {
			if (chosen.length >= count) break;
			if ((taken.get(kind) ?? 0) >= cap(kind)) continue;
			const pool = pools.get(kind) ?? [];
			const idx = pool.findIndex((q) => sourceLines(q).every((k) => !usedLines.has(k)));
			if (idx < 0) continue;
			const q = pool[idx];
			pool.splice(idx, 1);
			chosen.push(q);
			for (const k of sourceLines(q)) usedLines.add(k);
			taken.set(kind, (taken.get(kind) ?? 0) + 1);
			progress = true;
		}
	}
	return makeRng(brief, opts).shuffle(chosen);
}

function makeRng(brief: Brief, opts: QuizOptions) {
	return makeContext(brief, [], opts.today, opts.seed >>> 0).rng("order-of-questions");
}
