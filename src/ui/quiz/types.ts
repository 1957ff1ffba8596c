import type { CheckResult, Grade, Question, Response } from "../../core/quiz/types";
import type { QuizScope } from "../host";
import { t } from "../i18n";

export const VIEW_TYPE_QUIZ = "study-briefs-quiz";

/** The four review ratings (FSRS: Again, Hard, Good, Easy). */
export type Rating = "again" | "hard" | "good" | "easy";
export const RATINGS: Rating[] = ["again", "hard", "good", "easy"];

/** A quiz ready to ask: what the view shows in its header and the questions in order. */
export interface QuizSet {
	title: string;
	questions: Question[];
	/** Why there are no questions (shown instead of the quiz when `questions` is empty). */
	problem?: string;
	/** Shown above the first question: why the quiz is shorter than asked (too little good material). */
	note?: string;
}

/** One answered question, as the view hands it to the review store. */
export interface AnswerRecord {
	question: Question;
	response: Response;
	result: CheckResult;
	/** The checker's grade mapped to a rating, or the user's one-tap override. */
	rating: Rating;
	/** When the answer was given. */
	at: Date;
	/** Milliseconds from showing the question to answering it. */
	ms: number;
}

/** How the view gets questions and checks answers: the view never knows how questions are made. */
export interface QuizDeps {
	generate(scope: QuizScope): QuizSet | Promise<QuizSet>;
	check(question: Question, response: Response): CheckResult;
	/** Store one answer for spaced review (called when the reader moves on from the feedback). */
	record?(answer: AnswerRecord): void | Promise<unknown>;
	/** Take back an answer already recorded (the reader pressed undo). */
	undo?(answer: AnswerRecord): void | Promise<unknown>;
}

export function ratingFor(grade: Grade): Rating {
	return grade === "wrong" ? "again" : grade === "close" ? "hard" : "good";
}

export function ratingLabel(r: Rating): string {
	return r === "again" ? t("Again") : r === "hard" ? t("Hard") : r === "good" ? t("Good") : t("Easy");
}

export function kindLabel(kind: Question["kind"]): string {
	switch (kind) {
		case "date-choice":
			return t("When did it happen?");
		case "date-typed":
			return t("Type the year");
		case "cloze":
			return t("Fill in the blank");
		case "term-choice":
			return t("Key term");
		case "match":
			return t("Match the pairs");
		case "order":
			return t("Put in order");
		case "which-brief":
			return t("Which brief?");
		case "true-false":
			return t("True or false?");
	}
}
