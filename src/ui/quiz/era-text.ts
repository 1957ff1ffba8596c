/**
 * Quiz options, answers and feedback in the "Era labels" convention (issue 16, item 9): "44 BC" becomes
 * "44 BCE" for a note that writes BCE (auto) or with the BCE–CE setting. Display only: the answer checked is the
 * question's own text, and typed answers are read in either convention.
 */
import { briefEraConvention } from "../../core/dates/format-labeler";
import { conventionLabel } from "../../core/dates/format";
import type { Question } from "../../core/quiz/types";
import type { StudyHost } from "../host";

/** How the question's texts are shown; the identity when nothing changes (auto on a BC/AD note, another language). */
export function quizEraText(
	host: Pick<StudyHost, "settings" | "index">,
	q: Pick<Question, "briefPath" | "lang">,
): (text: string) => string {
	if (q.lang && q.lang !== "en") return (s) => s;
	let convention = host.settings.eraLabels;
	if (convention === "auto") {
		const brief = host.index.get(q.briefPath);
		convention = (brief && briefEraConvention(brief)) ?? "bc-ad";
		if (convention === "bc-ad") return (s) => s;
	}
	const to = convention;
	return (s) => conventionLabel(s, "", to);
}
