/** Skipped and reported questions (curation) never come back: the quiz generator asks this of every candidate. */
import type { Brief } from "../model";
import type { Question } from "../quiz/types";
import { cardIdFor } from "../review/identity";

/** Whether the student skipped or reported this question (or the card it reviews) on this brief. */
export function isSkippedQuestion(brief: Pick<Brief, "skippedQuestions">, q: Question): boolean {
	const list = brief.skippedQuestions;
	if (!list?.length) return false;
	return list.includes(q.id) || list.includes(cardIdFor(q) ?? q.id);
}
