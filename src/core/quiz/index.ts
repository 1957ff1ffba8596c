export { checkAnswer, longestIncreasing, typoBudget } from "./check";
export { generateQuiz, allQuestions, ALL_KINDS } from "./generate";
export type { QuizOptions } from "./generate";
export { quizToJson, toAnkiTsv, toSpacedRepetitionNote } from "./export";
export type { QuizJson, QuizJsonQuestion } from "./export";
export { mulberry32, hashString } from "./rng";
export { BLANK } from "./prompt-text";
export { yearLabel, parseYear } from "./years";
export type { CheckResult, Grade, Question, QuestionKind, Response } from "./types";
