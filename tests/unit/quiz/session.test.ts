/** The study session (core/quiz/session.ts): a DOM-free state machine with its clock and checker passed in. */
import { describe, expect, it } from "vitest";
import { checkAnswer, generateQuiz } from "../../../src/core/quiz";
import { QuizSession, type AnswerRecord, type SessionOptions } from "../../../src/core/quiz/session";
import type { Question } from "../../../src/core/quiz/types";
import { AGAIN, createScheduler, EASY, GOOD, HARD } from "../../../src/core/review";
import { SEED, SIBLING_A, TODAY } from "./fixtures";

const QUESTIONS: Question[] = generateQuiz(SEED, {
	seed: 3,
	count: 4,
	today: TODAY,
	siblings: [SIBLING_A],
	kinds: ["date-typed", "date-choice", "cloze", "term-choice"],
});

function session(questions = QUESTIONS) {
	let t = 1_000_000;
	const log: string[] = [];
	const opts: SessionOptions = {
		check: checkAnswer,
		record: (a) => void log.push(`record ${a.question.id} ${a.grade}`),
		undo: (a) => void log.push(`undo ${a.question.id}`),
		clock: () => new Date(t),
	};
	return { s: new QuizSession(questions, opts), log, tick: (ms: number) => void (t += ms) };
}

describe("QuizSession", () => {
	it("has questions to ask", () => {
		expect(QUESTIONS.length).toBe(4);
	});

	it("one grade from the checker to the log: wrong = Again, close = Hard, right = Good, and the override wins", async () => {
		const { s, log, tick } = session();
		tick(2500);
		const right = s.answer(QUESTIONS[0].answer)!;
		expect(right.result.grade).toBe("right");
		expect(right.grade).toBe(GOOD);
		expect(right.ms).toBe(2500);
		s.override(EASY);
		await s.next();
		const wrong = s.answer("certainly not this")!;
		expect(wrong.result.grade).toBe("wrong");
		expect(wrong.grade).toBe(AGAIN);
		await s.next();
		expect(log).toEqual([`record ${QUESTIONS[0].id} ${EASY}`, `record ${QUESTIONS[1].id} ${AGAIN}`]);
		// The number the log holds is the one the scheduler takes.
		const sch = createScheduler({ enableFuzz: false });
		for (const g of [AGAIN, HARD, GOOD, EASY]) expect(sch.review(sch.initial(0), 1000, g).reps).toBe(1);
	});

	it("records when the reader moves on, once; undo of a recorded answer takes it back", async () => {
		const { s, log } = session();
		s.answer(QUESTIONS[0].answer);
		expect(log).toEqual([]);
		expect(s.phase).toBe("feedback");
		await s.next();
		expect(s.index).toBe(1);
		expect(await s.undo()).toBe(true);
		expect(s.index).toBe(0);
		expect(s.phase).toBe("question");
		expect(log).toEqual([`record ${QUESTIONS[0].id} ${GOOD}`, `undo ${QUESTIONS[0].id}`]);
		// Undo while in feedback only forgets the answer: nothing was recorded.
		s.answer("wrong");
		expect(await s.undo()).toBe(true);
		expect(log).toHaveLength(2);
		expect(s.answered).toEqual([]);
	});

	it("answers only in the question phase; override only in feedback", () => {
		const { s } = session();
		s.override(EASY);
		expect(s.currentAnswer).toBeUndefined();
		const rec = s.answer(QUESTIONS[0].answer);
		expect(s.answer("again")).toBeNull();
		expect(s.currentAnswer).toBe(rec);
	});

	it("flush records the answer still in feedback (the view closes), and only once", async () => {
		const { s, log } = session();
		s.answer("nope");
		await s.flush();
		await s.flush();
		await s.next();
		expect(log).toEqual([`record ${QUESTIONS[0].id} ${AGAIN}`]);
	});

	it("scores and lists the missed answers in quiz order; an empty list ends at once", async () => {
		const { s } = session();
		const picks: AnswerRecord[] = [];
		for (const [i, q] of QUESTIONS.entries()) {
			picks.push(s.answer(i % 2 ? "nothing like it" : q.answer)!);
			await s.next();
		}
		expect(s.phase).toBe("end");
		expect(s.score()).toEqual({ right: 2, close: 0, wrong: 2, total: 4 });
		expect(s.missed().map((a) => a.question.id)).toEqual([QUESTIONS[1].id, QUESTIONS[3].id]);
		expect(s.canUndo()).toBe(true);
		const empty = session([]).s;
		expect(empty.phase).toBe("end");
		expect(empty.canUndo()).toBe(false);
		expect(await empty.undo()).toBe(false);
	});

	it("drop takes the showing question out (skip / report): the next one takes its place, answers stay with theirs", async () => {
		const { s, log } = session([...QUESTIONS]);
		s.answer(QUESTIONS[0].answer);
		expect(s.drop()).toBe(false); // in feedback: nothing unanswered is showing
		await s.next();
		expect(s.drop()).toBe(true);
		expect(s.current?.id).toBe(QUESTIONS[2].id);
		expect(s.questions.map((q) => q.id)).toEqual([QUESTIONS[0].id, QUESTIONS[2].id, QUESTIONS[3].id]);
		s.answer(QUESTIONS[2].answer);
		await s.next();
		expect(s.drop()).toBe(true);
		expect(s.phase).toBe("end");
		expect(s.drop()).toBe(false);
		expect(s.score().total).toBe(2);
		expect(log).toEqual([`record ${QUESTIONS[0].id} ${GOOD}`, `record ${QUESTIONS[2].id} ${GOOD}`]);
	});
});
