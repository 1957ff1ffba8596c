/**
 * Overrides follow their items exactly as review cards do (the same core rules, src/core/review): a slightly
 * edited item is found again by similarity (relink), a renamed brief (its id is its path without a permalink) by
 * the items it holds (reattach). What is found nowhere is an orphan: listed, never dropped.
 */
import type { Brief } from "../model";
import { detachedCards, linkItemsOf, parseCardId, reattachEvents, relink } from "../review";
import type { LinkItem, ReattachBrief } from "../review";
import type { MoveOverride, Override, TargetedOverride } from "./types";

/** Why an override applies to nothing now. */
export type OrphanReason = "brief" | "item" | "date";

export interface Orphan {
	override: Override;
	reason: OrphanReason;
}

/** An override and the item it applies to now (its id in the brief as it is). */
export interface Placed {
	override: Override;
	/** Events, quotes: the item id now; questions: the question id now; added events: "". */
	item: string;
}

const KIND_OF: Record<string, LinkItem["kind"]> = { e: "event", q: "quote", f: "fact" };

/** The item id an override is about (a question's item, an added event's neighbour). */
export function itemOf(o: Override): string | undefined {
	if (o.k === "add") return o.near;
	if (o.target.kind === "question") return parseCardId(o.target.item)?.itemId;
	return o.target.item;
}

/** The brief id an override is about. */
export function briefOf(o: Override): string {
	return o.k === "add" ? o.brief : o.target.brief;
}

/**
 * Brief ids that no brief has any more, mapped to the brief that now holds their overrides' items (the review
 * cards' reattach rule: the brief holding most of the group's items, at least half, no tie).
 */
export function briefMoves(
	overrides: Iterable<Override>,
	liveIds: ReadonlySet<string>,
	briefs: () => Iterable<ReattachBrief>,
): Map<string, string> {
	const cards: Array<{ id: string; orphaned: boolean }> = [];
	for (const o of overrides) {
		const item = itemOf(o);
		if (item !== undefined && !liveIds.has(briefOf(o)))
			cards.push({ id: `${briefOf(o)}#${item}/o`, orphaned: false });
	}
	const detached = detachedCards(cards, liveIds);
	const out = new Map<string, string>();
	if (!detached.size) return out;
	for (const e of reattachEvents(detached, briefs(), 0)) {
		if (e.k !== "relink") continue;
		const from = parseCardId(e.from)?.briefId;
		const to = parseCardId(e.to)?.briefId;
		if (from !== undefined && to !== undefined) out.set(from, to);
	}
	return out;
}

function linkItemOf(o: TargetedOverride): LinkItem | null {
	const id = itemOf(o);
	if (id === undefined) return null;
	const kind = KIND_OF[id.split(":")[0]] ?? (o.target.kind === "quote" ? "quote" : "event");
	return { id, kind, text: o.target.text };
}

/** Places a brief's overrides on its items as they are now: exact ids first, then by similarity (relink). */
export function placeInBrief(brief: Brief, overrides: Override[]): { placed: Placed[]; orphans: Orphan[] } {
	const items = linkItemsOf(brief);
	const ids = new Set(items.map((i) => i.id));
	const missing = new Map<string, LinkItem>();
	for (const o of overrides) {
		if (o.k === "add") continue;
		const li = linkItemOf(o);
		if (li && !ids.has(li.id)) missing.set(li.id, li);
	}
	const moved = new Map<string, string>();
	if (missing.size) for (const r of relink([...missing.values()], items).relinks) moved.set(r.from, r.to);
	const placed: Placed[] = [];
	const orphans: Orphan[] = [];
	for (const o of overrides) {
		if (o.k === "add") {
			placed.push({ override: o, item: "" });
			continue;
		}
		const old = itemOf(o);
		const now = old === undefined ? undefined : ids.has(old) ? old : moved.get(old);
		if (now === undefined) {
			orphans.push({ override: o, reason: "item" });
			continue;
		}
		const q = o.target.kind === "question" ? parseCardId(o.target.item) : null;
		placed.push({ override: o, item: q ? `${brief.id}#${now}/${q.variant}` : now });
	}
	return { placed, orphans };
}

/** Where an override applies now: the brief (its id) and the item (question id for questions, "" for added events). */
export interface Place {
	briefId: string;
	item: string;
}

/**
 * Move events for overrides found under another id than the one they name (an edited item, a renamed brief), so
 * the next edit is compared with the item as it is now, not as it was when the override was made.
 * `textOf(briefId, itemId)`: the item's text now (the relink text).
 */
export function moveEvents(
	overrides: Iterable<Override>,
	placed: ReadonlyMap<string, Place>,
	textOf: (briefId: string, itemId: string) => string | undefined,
	t: number,
): MoveOverride[] {
	const out: MoveOverride[] = [];
	for (const o of overrides) {
		const p = placed.get(o.id);
		if (!p) continue;
		if (o.k === "add") {
			if (p.briefId !== o.brief) out.push({ k: "move", of: o.id, brief: p.briefId, t });
			continue;
		}
		if (p.briefId === o.target.brief && p.item === o.target.item) continue;
		const itemId = o.target.kind === "question" ? (parseCardId(p.item)?.itemId ?? p.item) : p.item;
		const text = textOf(p.briefId, itemId) ?? o.target.text;
		out.push({ k: "move", of: o.id, target: { ...o.target, brief: p.briefId, item: p.item, text }, t });
	}
	return out;
}
