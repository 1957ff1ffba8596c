/** Override targets made from what a view shows: an event, a quote, a question, with the text they are followed by. */
import type { Brief } from "../model";
import type { Question } from "../quiz/types";
import { cardIdFor } from "../review/identity";
import { linkItemsOf } from "../review/relink";
import type { OverrideTarget } from "./types";

export { isSkippedQuestion } from "./skip";

/** The target for an event or quote of a brief (its text as the review cards' relink sees it). */
export function targetOfItem(
	brief: Pick<Brief, "id" | "quotes" | "events" | "facts">,
	itemId: string,
	kind: "event" | "quote",
): OverrideTarget {
	const text = linkItemsOf(brief).find((i) => i.id === itemId)?.text ?? "";
	return { brief: brief.id, item: itemId, kind, text };
}

/** The target for a question: its card (so recognition and recall of the same memory go together). */
export function targetOfQuestion(
	brief: Pick<Brief, "id" | "quotes" | "events" | "facts">,
	q: Question,
): OverrideTarget {
	const text = linkItemsOf(brief).find((i) => i.id === q.itemId)?.text ?? q.context ?? q.prompt;
	return { brief: brief.id, item: cardIdFor(q) ?? q.id, kind: "question", text };
}
