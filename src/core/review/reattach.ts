/**
 * Review history that lost its brief: a brief without a permalink is known by its path, so renaming or moving it
 * (also while Obsidian was closed, or on another device) changes the id of every card. Item ids come from the
 * items' content, not the path, so the cards are found again by the items they ask about.
 */
import type { LogEventBody } from "./log";
import { parseCardId } from "./identity";

/** A card from the replay: its id and whether it is orphaned. */
export interface ReattachCard {
	id: string;
	orphaned: boolean;
}

/** A brief in the index: its id and the ids of the items that own cards. */
export interface ReattachBrief {
	id: string;
	itemIds: Iterable<string>;
}

/** Cards whose brief id is no brief's id any more, grouped by that old brief id. */
export function detachedCards(
	cards: Iterable<ReattachCard>,
	liveBriefIds: ReadonlySet<string>,
): Map<string, ReattachCard[]> {
	const out = new Map<string, ReattachCard[]>();
	for (const c of cards) {
		const p = parseCardId(c.id);
		if (!p || liveBriefIds.has(p.briefId)) continue;
		const list = out.get(p.briefId);
		if (list) list.push(c);
		else out.set(p.briefId, [c]);
	}
	return out;
}

/**
 * Relink events that move each detached card to the brief holding its item: the brief that holds the most of the
 * group's items (at least half of them; a tie means not sure, and nothing moves). Orphaned cards that move are
 * restored. Cards whose item is in no brief stay where they are (kept, as always).
 */
export function reattachEvents(
	detached: Map<string, ReattachCard[]>,
	briefs: Iterable<ReattachBrief>,
	t: number,
): LogEventBody[] {
	if (detached.size === 0) return [];
	const wanted = new Set<string>();
	for (const cards of detached.values()) for (const c of cards) wanted.add(parseCardId(c.id)?.itemId ?? "");
	// Only items some detached card asks about are indexed, so a big vault costs one pass over its items.
	const holders = new Map<string, string[]>();
	for (const b of briefs) {
		for (const item of b.itemIds) {
			if (!wanted.has(item)) continue;
			const list = holders.get(item);
			if (!list) holders.set(item, [b.id]);
			else if (list[list.length - 1] !== b.id) list.push(b.id);
		}
	}
	const out: LogEventBody[] = [];
	for (const [, cards] of [...detached].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const target = bestBrief(cards, holders);
		if (target === undefined) continue;
		for (const c of [...cards].sort((a, b) => (a.id < b.id ? -1 : 1))) {
			const p = parseCardId(c.id);
			if (!p || !(holders.get(p.itemId) ?? []).includes(target)) continue;
			const to = `${target}#${p.itemId}/${p.variant}`;
			out.push({ k: "relink", from: c.id, to, t });
			if (c.orphaned) out.push({ k: "restore", card: to, t });
		}
	}
	return out;
}

function bestBrief(cards: ReattachCard[], holders: Map<string, string[]>): string | undefined {
	const items = new Set(cards.map((c) => parseCardId(c.id)?.itemId ?? ""));
	const score = new Map<string, number>();
	for (const item of items) for (const b of holders.get(item) ?? []) score.set(b, (score.get(b) ?? 0) + 1);
	let best: string | undefined;
	let top = 0;
	let tie = false;
	for (const [b, n] of score) {
		if (n > top) {
			best = b;
			top = n;
			tie = false;
		} else if (n === top) tie = true;
	}
	return best !== undefined && !tie && top * 2 >= items.size ? best : undefined;
}
