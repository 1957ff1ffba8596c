import type { QuizScope, QuizSet } from "../../core/quiz/quiz-set";
import type { SessionOptions } from "../../core/quiz/session";
import type { Question } from "../../core/quiz/types";
import { AGAIN, EASY, GOOD, HARD, type ReviewGrade } from "../../core/review/scheduler";
import { t, tk } from "../../obsidian/i18n";

export const VIEW_TYPE_QUIZ = "study-briefs-quiz";

/** How the view gets questions and checks answers: the view never knows how questions are made. */
export interface QuizDeps extends Omit<SessionOptions, "clock"> {
	generate(scope: QuizScope): QuizSet | Promise<QuizSet>;
}

/** The grade buttons under the feedback, in order (keys 1-4). */
export const GRADE_BUTTONS: readonly ReviewGrade[] = [AGAIN, HARD, GOOD, EASY];

const GRADE_NAMES: Record<ReviewGrade, string> = { 1: "again", 2: "hard", 3: "good", 4: "easy" };

const GRADE_LABELS: Record<ReviewGrade, string> = { 1: tk("Again"), 2: tk("Hard"), 3: tk("Good"), 4: tk("Easy") };

/** The grade's name in the DOM (data-rating, CSS classes): "again", "hard", "good", "easy". */
export function gradeName(grade: ReviewGrade): string {
	return GRADE_NAMES[grade];
}

/** The grade button's label. */
export function gradeLabel(grade: ReviewGrade): string {
	return t(GRADE_LABELS[grade]);
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
		case "which-speaker":
			return t("Who said it?");
		case "true-false":
			return t("True or false?");
	}
}
