/**
 * Cards follow their briefs and items (used by ReviewStore.followIndex):
 * - a slightly edited item keeps its cards (core relink); a vanished one orphans them (kept, never deleted) and
 *   they are restored when it comes back;
 * - a brief renamed or moved (its id is its path when it has no permalink) takes its cards along: seen live, the
 *   old and new brief are paired in the same index change; renamed while Obsidian was closed (or by Sync), the
 *   cards whose brief id no longer exists are re-attached by their items' content ids.
 */
import type { IndexQueries } from "../core/index/types";
import type { Brief } from "../core/model";
import { detachedCards, linkItemsOf, parseCardId, reattachEvents, relink, relinkEvents } from "../core/review";
import type { CardState, LinkItem, LogEventBody, ReattachBrief } from "../core/review";

export interface FollowHost {
	states(): Map<string, CardState>;
	append(events: LogEventBody[]): Promise<boolean>;
	now(): number;
}

interface Snap {
	id: string;
	items: LinkItem[];
}

const itemIdsOf = (b: Brief) => linkItemsOf(b).map((i) => i.id);

/** Appends in a loop (a spread of a long list would overflow the call stack). */
function add<T>(to: T[], from: readonly T[]): void {
	for (const x of from) to.push(x);
}

function liveIds(index: IndexQueries): Set<string> {
	return new Set(index.briefs({ includeUnpublished: true }).map((b) => b.id));
}

/** Starts following the index; re-attaches history left behind by renames made while closed. Returns the unsubscribe. */
export function followIndex(host: FollowHost, index: IndexQueries): () => void {
	const snap = new Map<string, Snap>();
	const take = (b: Brief) => snap.set(b.path, { id: b.id, items: linkItemsOf(b) });
	const all = index.briefs({ includeUnpublished: true });
	for (const b of all) take(b);
	const initial = reattach(
		host,
		() => [...snap.values()].map((b) => ({ id: b.id, itemIds: b.items.map((i) => i.id) })),
		liveIds(index),
	);
	if (initial.length) void host.append(initial);
	return index.onChange((_revision, paths) => {
		const changes = paths.map((path) => {
			const before = snap.get(path);
			const after = index.get(path);
			if (after) take(after);
			else snap.delete(path);
			return { before, after };
		});
		const events = changeEvents(host, index, changes);
		if (events.length) void host.append(events);
	});
}

function changeEvents(
	host: FollowHost,
	index: IndexQueries,
	changes: Array<{ before: Snap | undefined; after: Brief | undefined }>,
): LogEventBody[] {
	const t = host.now();
	const appeared = changes.flatMap((c) => (c.after && (!c.before || c.before.id !== c.after.id) ? [c.after] : []));
	const taken = new Set<Brief>();
	const events: LogEventBody[] = [];
	for (const { before, after } of changes) {
		if (!before) continue;
		const live = cardsOf(host, before.id)
			.filter((s) => !s.orphaned)
			.map((s) => s.id);
		if (after && after.id === before.id) {
			add(events, relinkEvents(live, relink(before.items, linkItemsOf(after)), t));
			continue;
		}
		// Gone, or its id changed: a rename seen live pairs it with a brief that appeared in the same change.
		const target = pairOf(
			before,
			appeared.filter((b) => !taken.has(b)),
		);
		if (target) {
			taken.add(target);
			const all = cardsOf(host, before.id);
			const moves = relinkEvents(
				all.map((s) => s.id),
				relink(before.items, linkItemsOf(target)),
				t,
				target.id,
			);
			const wasOrphan = new Set(all.filter((s) => s.orphaned).map((s) => s.id));
			for (const e of moves) {
				if (e.k === "orphan" && wasOrphan.has(e.card)) continue;
				events.push(e);
				if (e.k === "relink" && wasOrphan.has(e.from)) events.push({ k: "restore", card: e.to, t });
			}
		} else {
			add(events, relinkEvents(live, relink(before.items, []), t));
		}
	}
	const orphaned = new Set(events.flatMap((e) => (e.k === "orphan" ? [e.card] : [])));
	for (const { after } of changes) add(events, restore(host, after, orphaned, t));
	// Briefs that appeared unpaired may be renames seen in two steps (Sync: delete, then create): re-attach.
	const unpaired = appeared.filter((b) => !taken.has(b));
	if (unpaired.length)
		add(
			events,
			reattach(host, () => unpaired.map((b) => ({ id: b.id, itemIds: itemIdsOf(b) })), liveIds(index), orphaned),
		);
	return events;
}

/** The brief among those that appeared that holds most of the old brief's items (at least one; no tie). */
function pairOf(before: Snap, appeared: Brief[]): Brief | undefined {
	const mine = new Set(before.items.map((i) => i.id));
	let best: Brief | undefined;
	let top = 0;
	let tie = false;
	for (const b of appeared) {
		const n = itemIdsOf(b).filter((id) => mine.has(id)).length;
		if (n > top) [best, top, tie] = [b, n, false];
		else if (n === top && n > 0) tie = true;
	}
	return top > 0 && !tie ? best : undefined;
}

function cardsOf(host: FollowHost, briefId: string): CardState[] {
	return [...host.states().values()].filter((s) => parseCardId(s.id)?.briefId === briefId);
}

function restore(host: FollowHost, after: Brief | undefined, orphanedNow: Set<string>, t: number): LogEventBody[] {
	if (!after) return [];
	const present = new Set(itemIdsOf(after));
	return cardsOf(host, after.id)
		.filter((s) => (s.orphaned || orphanedNow.has(s.id)) && present.has(parseCardId(s.id)?.itemId ?? ""))
		.map((s) => ({ k: "restore" as const, card: s.id, t }));
}

/** Re-attaches detached cards to these briefs. The briefs' items are only listed when some card is detached. */
function reattach(
	host: FollowHost,
	briefs: () => Iterable<ReattachBrief>,
	liveBriefIds: Set<string>,
	orphanedNow = new Set<string>(),
): LogEventBody[] {
	const cards = [...host.states().values()].map((s) => ({ id: s.id, orphaned: s.orphaned || orphanedNow.has(s.id) }));
	const detached = detachedCards(cards, liveBriefIds);
	return detached.size ? reattachEvents(detached, briefs(), host.now()) : [];
}
