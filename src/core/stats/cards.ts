/** Card states (the replay of the review logs) as the plain cards the figures take. */
import type { Brief, SourceRef } from "../model";
import type { CardState } from "../review/replay";
import { parseCardId } from "../review/identity";
import type { Scheduler } from "../review/scheduler";
import type { StudyCard } from "./types";

interface ItemInfo {
	label: string;
	source: SourceRef;
}

function itemsOf(brief: Brief): Map<string, ItemInfo> {
	const items = new Map<string, ItemInfo>();
	for (const q of brief.quotes) items.set(q.id, { label: q.text, source: q.source });
	for (const e of brief.events) items.set(e.id, { label: e.text, source: e.source });
	for (const f of brief.facts) items.set(f.id, { label: f.term, source: f.source });
	return items;
}

/**
 * One StudyCard per card state. `briefAt` finds a brief by its path (the state's) or, for a card known only from
 * the logs, by the brief id in the card id; a brief found by id that has since moved gives its new path.
 */
export function studyCardsOf(
	states: Iterable<CardState>,
	now: number,
	scheduler: Pick<Scheduler, "retrievability">,
	briefAt: (pathOrId: string) => Brief | undefined,
): StudyCard[] {
	const items = new Map<Brief, Map<string, ItemInfo>>();
	const out: StudyCard[] = [];
	for (const s of states) {
		const parsed = parseCardId(s.id);
		const brief =
			(s.briefPath ? briefAt(s.briefPath) : undefined) ?? (parsed ? briefAt(parsed.briefId) : undefined);
		let info: ItemInfo | undefined;
		if (brief && parsed) {
			let map = items.get(brief);
			if (!map) items.set(brief, (map = itemsOf(brief)));
			info = map.get(parsed.itemId);
		}
		const card: StudyCard = {
			id: s.id,
			briefPath: brief?.path ?? s.briefPath,
			course: brief?.course ?? "",
			due: s.memory.due,
			recall: scheduler.retrievability(s.memory, now),
			isNew: s.memory.phase === "new",
			orphaned: s.orphaned,
			// Shared, not copied: the figures only read it (and a copy per review would be most of the work).
			reviews: s.history,
		};
		if (brief) card.briefTitle = brief.title;
		if (info) Object.assign(card, info);
		out.push(card);
	}
	return out;
}

/** Finds a brief by path or by id (a card id names its brief by id: permalink or path). */
export function briefLookup(
	briefs: Iterable<Brief>,
	byPath?: (path: string) => Brief | undefined,
): (pathOrId: string) => Brief | undefined {
	const paths = new Map<string, Brief>();
	const ids = new Map<string, Brief>();
	for (const b of briefs) {
		paths.set(b.path, b);
		if (!ids.has(b.id)) ids.set(b.id, b);
	}
	return (k) => byPath?.(k) ?? paths.get(k) ?? ids.get(k);
}
