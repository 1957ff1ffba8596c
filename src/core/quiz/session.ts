/**
 * One run through a list of questions, without any DOM: answer, override the grade, continue, undo, retry the
 * missed ones. Pure: the clock and the checker are passed in (SessionOptions).
 *
 * One grade from the answer to the log: the checker's right/close/wrong becomes a review grade (Again 1, Hard 2,
 * Good 3, Easy 4) through core/review's gradeFor, the reader may override it with one tap, and the review store
 * writes that same number to the log (ts-fsrs reads it through core/review/scheduler.ts).
 */
import { gradeFor, type ReviewGrade } from "../review/scheduler";
import type { CheckResult, Question, Response } from "./types";

export type Phase = "question" | "feedback" | "end";

/** One answered question, as the session hands it to the review store. */
export interface AnswerRecord {
	question: Question;
	response: Response;
	result: CheckResult;
	/** The review grade: gradeFor(result.grade), or the reader's one-tap override. */
	grade: ReviewGrade;
	/** When the answer was given. */
	at: Date;
	/** Milliseconds from showing the question to answering it. */
	ms: number;
}

export interface SessionOptions {
	check(question: Question, response: Response): CheckResult;
	/** Store one answer for spaced review (called when the reader moves on from the feedback). */
	record?(answer: AnswerRecord): void | Promise<unknown>;
	/** Take back an answer already recorded (the reader pressed undo). */
	undo?(answer: AnswerRecord): void | Promise<unknown>;
	/** The time now: when a question is shown and answered. */
	clock(): Date;
}

/**
 * An answer is recorded (opts.record) when the reader moves on, so a grade override never needs a correction
 * in the log; undo of a recorded answer calls opts.undo.
 */
export class QuizSession {
	readonly questions: Question[];
	index = 0;
	phase: Phase;
	private answers: (AnswerRecord | undefined)[] = [];
	private recorded = new Set<number>();
	private shownAt: number;

	constructor(
		questions: Question[],
		private readonly deps: SessionOptions,
	) {
		this.questions = questions;
		this.phase = questions.length ? "question" : "end";
		this.shownAt = this.clock().getTime();
	}

	private clock(): Date {
		return this.deps.clock();
	}

	get current(): Question | undefined {
		return this.questions[this.index];
	}

	get currentAnswer(): AnswerRecord | undefined {
		return this.answers[this.index];
	}

	/** Answered questions so far (in order), including the one in feedback. */
	get answered(): AnswerRecord[] {
		return this.answers.filter((a): a is AnswerRecord => !!a);
	}

	answer(response: Response): AnswerRecord | null {
		const q = this.current;
		if (!q || this.phase !== "question") return null;
		const result = this.deps.check(q, response);
		const at = this.clock();
		const rec: AnswerRecord = {
			question: q,
			response,
			result,
			grade: gradeFor(result.grade),
			at,
			ms: Math.max(0, at.getTime() - this.shownAt),
		};
		this.answers[this.index] = rec;
		this.phase = "feedback";
		return rec;
	}

	/** The one-tap grade override, allowed while the feedback is shown. */
	override(grade: ReviewGrade): void {
		const rec = this.currentAnswer;
		if (this.phase === "feedback" && rec) rec.grade = gradeFor(rec.result.grade, grade);
	}

	/** Record the answer in feedback and show the next question (or the end). */
	async next(): Promise<void> {
		if (this.phase !== "feedback") return;
		const rec = this.currentAnswer;
		const i = this.index;
		this.index++;
		this.phase = this.index < this.questions.length ? "question" : "end";
		this.shownAt = this.clock().getTime();
		if (rec && !this.recorded.has(i)) {
			this.recorded.add(i);
			await this.deps.record?.(rec);
		}
	}

	/**
	 * Take the current, unanswered question out of this run (the reader skipped or reported it): the next one
	 * takes its place, or the run ends. False when no unanswered question is showing.
	 */
	drop(): boolean {
		if (this.phase !== "question" || !this.current) return false;
		this.questions.splice(this.index, 1);
		this.answers.splice(this.index, 1);
		if (this.index >= this.questions.length) this.phase = "end";
		this.shownAt = this.clock().getTime();
		return true;
	}

	/** Undo the last answer: back to the question it belonged to. False when there is nothing to undo. */
	async undo(): Promise<boolean> {
		if (this.phase === "feedback") {
			this.answers[this.index] = undefined;
			this.phase = "question";
			this.shownAt = this.clock().getTime();
			return true;
		}
		const prev = this.phase === "end" ? this.questions.length - 1 : this.index - 1;
		if (prev < 0) return false;
		const rec = this.answers[prev];
		this.index = prev;
		this.answers[prev] = undefined;
		this.phase = "question";
		this.shownAt = this.clock().getTime();
		if (rec && this.recorded.delete(prev)) await this.deps.undo?.(rec);
		return true;
	}

	/** Whether undo has something to take back. */
	canUndo(): boolean {
		return this.phase === "feedback" || (this.phase === "end" ? this.questions.length > 0 : this.index > 0);
	}

	/** Record the answer still in feedback (the view is closing). */
	async flush(): Promise<void> {
		const rec = this.currentAnswer;
		if (this.phase === "feedback" && rec && !this.recorded.has(this.index)) {
			this.recorded.add(this.index);
			await this.deps.record?.(rec);
		}
	}

	score(): { right: number; close: number; wrong: number; total: number } {
		let right = 0;
		let close = 0;
		let wrong = 0;
		for (const a of this.answered) {
			if (a.result.grade === "right") right++;
			else if (a.result.grade === "close") close++;
			else wrong++;
		}
		return { right, close, wrong, total: this.questions.length };
	}

	/** Answers that were not right (wrong or close), in quiz order. */
	missed(): AnswerRecord[] {
		return this.answered.filter((a) => a.result.grade !== "right");
	}
}
