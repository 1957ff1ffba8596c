/**
 * Keeping review history across edits. Exact item ids keep their cards; otherwise old and new items of the same
 * kind are paired by similarity (relink); old items left over become orphans (kept, never deleted).
 */
import type { Brief } from "../model";
import { shingleJaccard, similarityRatio } from "../quiz/normalize";
import type { LogEventBody } from "./log";
import { parseCardId, withItem } from "./identity";

export interface LinkItem {
	id: string;
	kind: "quote" | "event" | "fact";
	/** Quotes and events: their text. Facts: the term (its label is what identifies it). */
	text: string;
}

export interface RelinkResult {
	kept: string[];
	relinks: Array<{ from: string; to: string; similarity: number }>;
	orphans: string[];
	/** New items that match nothing old. */
	added: string[];
}

/** The items of a brief that own cards, as relink inputs. */
export function linkItemsOf(brief: Pick<Brief, "quotes" | "events" | "facts">): LinkItem[] {
	return [
		...brief.quotes.map((q) => ({ id: q.id, kind: "quote" as const, text: q.text })),
		...brief.events.map((e) => ({ id: e.id, kind: "event" as const, text: e.text })),
		...brief.facts.map((f) => ({ id: f.id, kind: "fact" as const, text: f.term })),
	];
}

export const QUOTE_EVENT_THRESHOLD = 0.6;
export const TERM_THRESHOLD = 0.8;

export function itemSimilarity(a: LinkItem, b: LinkItem): number {
	if (a.kind !== b.kind) return 0;
	return a.kind === "fact" ? similarityRatio(a.text, b.text) : shingleJaccard(a.text, b.text);
}

function threshold(kind: LinkItem["kind"]): number {
	return kind === "fact" ? TERM_THRESHOLD : QUOTE_EVENT_THRESHOLD;
}

/** Pairs old items with new ones: exact ids first, then greedily by highest similarity over the threshold. */
export function relink(oldItems: LinkItem[], newItems: LinkItem[]): RelinkResult {
	const newIds = new Set(newItems.map((i) => i.id));
	const oldIds = new Set(oldItems.map((i) => i.id));
	const kept = oldItems.filter((i) => newIds.has(i.id)).map((i) => i.id);
	const oldLeft = oldItems.filter((i) => !newIds.has(i.id));
	const newLeft = newItems.filter((i) => !oldIds.has(i.id));
	const candidates: Array<{ o: LinkItem; n: LinkItem; sim: number }> = [];
	for (const o of oldLeft) {
		for (const n of newLeft) {
			const sim = itemSimilarity(o, n);
			if (sim >= threshold(o.kind)) candidates.push({ o, n, sim });
		}
	}
	candidates.sort((a, b) => b.sim - a.sim || (a.o.id < b.o.id ? -1 : a.o.id > b.o.id ? 1 : a.n.id < b.n.id ? -1 : 1));
	const usedOld = new Set<string>();
	const usedNew = new Set<string>();
	const relinks: RelinkResult["relinks"] = [];
	for (const c of candidates) {
		if (usedOld.has(c.o.id) || usedNew.has(c.n.id)) continue;
		usedOld.add(c.o.id);
		usedNew.add(c.n.id);
		relinks.push({ from: c.o.id, to: c.n.id, similarity: c.sim });
	}
	return {
		kept,
		relinks,
		orphans: oldLeft.filter((i) => !usedOld.has(i.id)).map((i) => i.id),
		added: newLeft.filter((i) => !usedNew.has(i.id)).map((i) => i.id),
	};
}

/**
 * Log events that carry the existing cards over an item relink: a card relink for every card of a relinked item
 * and an orphan event for every card of a vanished item. Cards of kept items need nothing, unless the brief's id
 * changed (`toBrief`: a brief without a permalink was renamed or moved): then every card that keeps its item
 * follows it to the new brief id.
 */
export function relinkEvents(
	cardIds: Iterable<string>,
	result: RelinkResult,
	t: number,
	toBrief?: string,
): LogEventBody[] {
	const moved = new Map(result.relinks.map((r) => [r.from, r.to]));
	if (toBrief !== undefined) for (const k of result.kept) moved.set(k, k);
	const gone = new Set(result.orphans);
	const out: LogEventBody[] = [];
	for (const card of [...cardIds].sort()) {
		const p = parseCardId(card);
		if (!p) continue;
		const to = moved.get(p.itemId);
		const target =
			to === undefined ? undefined : toBrief === undefined ? withItem(card, to) : `${toBrief}#${to}/${p.variant}`;
		if (target !== undefined && target !== card) out.push({ k: "relink", from: card, to: target, t });
		else if (target === undefined && gone.has(p.itemId)) out.push({ k: "orphan", card, t });
	}
	return out;
}
