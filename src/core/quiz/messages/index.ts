/** The quiz's words in the note's language: `quizMessages(brief.lang)`; absent or unknown = English. */
import type { Lang } from "../../lang/lang";
import type { QuizMessages } from "./types";
import { EN } from "./en";
import { FR } from "./fr";
import { DE } from "./de";
import { ES } from "./es";
import { PT } from "./pt";
import { IT } from "./it";

export type { QuizMessages } from "./types";

export const QUIZ_MESSAGES: Record<Lang, QuizMessages> = { en: EN, fr: FR, de: DE, es: ES, pt: PT, it: IT };

export function quizMessages(lang: Lang | undefined): QuizMessages {
	return (lang && QUIZ_MESSAGES[lang]) || EN;
}

/** A year label in the quiz's language: "44 BC" -> "44 av. J.-C." (years AD are written alike). */
export function localYear(label: string, lang: Lang | undefined): string {
	const m = quizMessages(lang);
	return m === EN ? label : label.replace(/ BC$/, ` ${m.bc}`);
}

/** Every catalogue's "(BC)" and "BC" after a blank, for reading a typed bare number as BC. */
export const BC_SHOWN = new RegExp(
	`____\\s?BCE?\\b|${Object.values(QUIZ_MESSAGES)
		.flatMap((m) => [m.bcShown, `____ ${m.bc}`])
		.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
		.join("|")}`,
);
