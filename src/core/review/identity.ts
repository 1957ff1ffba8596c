/**
 * Card identity: one card per fact and direction, per quote cloze, per event date and per quote attribution.
 * Composite drills (match, order, true/false) are practice only and own no card.
 */
import type { Question } from "../quiz/types";

const DRILLS = new Set<Question["kind"]>(["match", "order", "true-false"]);

/** The card a question reviews, or null for drills. Ids are `<brief id>#<item id>/<variant>`. */
export function cardIdFor(q: Question): string | null {
	if (DRILLS.has(q.kind)) return null;
	const slash = q.id.lastIndexOf("/");
	if (slash < 0) return q.id;
	const stem = q.id.slice(0, slash);
	switch (q.kind) {
		case "date-choice":
		case "date-typed":
			// Recognition and recall of the same date are one memory.
			return `${stem}/date`;
		case "which-brief":
			return `${stem}/attr`;
		default:
			// term-choice: /d2t or /t2d; cloze: /cloze:<span>@<n>.
			return q.id;
	}
}

/** Splits a card id into its brief id, item id and variant (null when it is not in that shape). */
export function parseCardId(id: string): { briefId: string; itemId: string; variant: string } | null {
	const hash = id.lastIndexOf("#");
	if (hash < 0) return null;
	const rest = id.slice(hash + 1);
	const slash = rest.lastIndexOf("/");
	if (slash <= 0) return null;
	return { briefId: id.slice(0, hash), itemId: rest.slice(0, slash), variant: rest.slice(slash + 1) };
}

/** The same card for another item (after a relink): brief id and variant kept. */
export function withItem(cardId: string, itemId: string): string {
	const p = parseCardId(cardId);
	return p ? `${p.briefId}#${itemId}/${p.variant}` : cardId;
}

/** Questions grouped by the card they review (drills left out). */
export function questionsByCard(questions: Iterable<Question>): Map<string, Question[]> {
	const out = new Map<string, Question[]>();
	for (const q of questions) {
		const id = cardIdFor(q);
		if (id === null) continue;
		const list = out.get(id) ?? [];
		list.push(q);
		out.set(id, list);
	}
	return out;
}

const RECALL = new Set<Question["kind"]>(["date-typed", "cloze"]);

/**
 * The question to show for a due card: recognition (multiple choice) while the memory is young, recall (typed)
 * once it is in review with a stability of 3 days or more. `stabilityDays` undefined = a new card.
 */
export function questionForCard(candidates: Question[], stabilityDays?: number): Question | undefined {
	if (candidates.length === 0) return undefined;
	const wantRecall = stabilityDays !== undefined && stabilityDays >= 3;
	return candidates.find((q) => RECALL.has(q.kind) === wantRecall) ?? candidates[0];
}
