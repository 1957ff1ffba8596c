/** The quiz questions of a garden page: seeded by the brief's id so a second run writes the same page. */
import type { Brief, YMD } from "../model";
import { generateQuiz, hashString } from "../quiz";
import type { Question } from "../quiz/types";

export function gardenQuizFor(count: number, today: YMD): (brief: Brief, siblings: Brief[]) => Question[] {
	return (brief, siblings) =>
		generateQuiz(brief, {
			seed: hashString(`garden:${brief.id}`),
			count,
			// Only published briefs reach this point; the course's other briefs feed distractors.
			siblings: siblings.filter((s) => s.path !== brief.path && s.course === brief.course),
			today,
		});
}
