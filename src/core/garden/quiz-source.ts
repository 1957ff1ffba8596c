/** The quiz questions of a garden page: seeded by the brief's id so a second run writes the same page. */
import type { Brief, YMD } from "../model";
import { hashString } from "../quiz";
import { briefQuiz } from "../quiz/quiz-set";
import type { Question } from "../quiz/types";

export function gardenQuizFor(count: number, today: YMD): (brief: Brief, siblings: Brief[]) => Question[] {
	// Only published briefs reach this point; the course's other briefs feed distractors.
	return (brief, siblings) => briefQuiz(brief, siblings, { seed: hashString(`garden:${brief.id}`), count, today });
}
