/** Mastery per course and per brief, and the items missed most often. */
import { parseCardId } from "../review/identity";
import type { MasteryRow, MissedItem, StudyCard } from "./types";

const NO_COURSE = "No course";

function briefKey(c: StudyCard): string {
	return c.briefPath || parseCardId(c.id)?.briefId || c.id;
}

function noteName(path: string): string {
	return path.split("/").pop()?.replace(/\.md$/i, "") ?? path;
}

export function briefTitleOf(c: StudyCard): string {
	return c.briefTitle || noteName(briefKey(c));
}

/** Live cards grouped by `keyOf`; a card is mastered when its recall now is at least `masteredAt`. */
function group(cards: Iterable<StudyCard>, now: number, masteredAt: number, keyOf: (c: StudyCard) => [string, string]): MasteryRow[] {
	const rows = new Map<string, MasteryRow>();
	for (const c of cards) {
		if (c.orphaned) continue;
		const [key, label] = keyOf(c);
		let row = rows.get(key);
		if (!row) rows.set(key, (row = { key, label, cards: 0, mastered: 0, share: 0, dueNow: 0 }));
		row.cards++;
		if (c.recall >= masteredAt) row.mastered++;
		if (c.due <= now) row.dueNow++;
	}
	const out = [...rows.values()];
	for (const r of out) r.share = r.cards ? r.mastered / r.cards : 0;
	return out.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function masteryByCourse(cards: Iterable<StudyCard>, now: number, masteredAt = 0.9): MasteryRow[] {
	return group(cards, now, masteredAt, (c) => [c.course, c.course || NO_COURSE]);
}

export function masteryByBrief(cards: Iterable<StudyCard>, now: number, masteredAt = 0.9): MasteryRow[] {
	return group(cards, now, masteredAt, (c) => [briefKey(c), briefTitleOf(c)]);
}

/** Live cards with at least one miss (Again), most misses first, then the higher miss rate, then the latest miss. */
export function mostMissed(cards: Iterable<StudyCard>, limit = 10): MissedItem[] {
	const out: MissedItem[] = [];
	for (const c of cards) {
		if (c.orphaned) continue;
		let misses = 0;
		let lastMiss = -Infinity;
		for (const r of c.reviews) {
			if (r.grade !== 1) continue;
			misses++;
			if (r.t > lastMiss) lastMiss = r.t;
		}
		if (!misses) continue;
		const item: MissedItem = { card: c.id, briefPath: c.briefPath, briefTitle: briefTitleOf(c), label: c.label || c.id, misses, reviews: c.reviews.length, lastMiss };
		if (c.source) item.source = c.source;
		out.push(item);
	}
	out.sort((a, b) => b.misses - a.misses || b.misses / b.reviews - a.misses / a.reviews || b.lastMiss - a.lastMiss || (a.card < b.card ? -1 : a.card > b.card ? 1 : 0));
	return out.slice(0, Math.max(0, limit));
}
