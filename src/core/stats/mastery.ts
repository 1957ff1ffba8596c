/** Mastery per course and per brief, and the items missed most often. */
import type { MasteryRow, MissedItem, StudyCard } from "./types";

const NO_COURSE = "No course";

/** The brief's path, else the brief id in the card id (`<brief id>#<item>/<variant>`), else the card id. */
function briefKey(c: StudyCard): string {
	if (c.briefPath) return c.briefPath;
	const hash = c.id.lastIndexOf("#");
	return hash > 0 ? c.id.slice(0, hash) : c.id;
}

function noteName(path: string): string {
	return path.split("/").pop()?.replace(/\.md$/i, "") ?? path;
}

export function briefTitleOf(c: StudyCard): string {
	return c.briefTitle || noteName(briefKey(c));
}

/** Live cards grouped by `keyOf`; a card is mastered when its recall now is at least `masteredAt`. */
function group(
	cards: Iterable<StudyCard>,
	now: number,
	masteredAt: number,
	keyOf: (c: StudyCard) => string,
	labelOf: (c: StudyCard, key: string) => string,
): MasteryRow[] {
	const rows = new Map<string, MasteryRow>();
	for (const c of cards) {
		if (c.orphaned) continue;
		const key = keyOf(c);
		let row = rows.get(key);
		if (!row) rows.set(key, (row = { key, label: labelOf(c, key), cards: 0, mastered: 0, share: 0, dueNow: 0 }));
		row.cards++;
		if (c.recall >= masteredAt) row.mastered++;
		if (c.due <= now) row.dueNow++;
	}
	const out = [...rows.values()];
	for (const r of out) r.share = r.cards ? r.mastered / r.cards : 0;
	return out.sort((a, b) =>
		a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
	);
}

export function masteryByCourse(cards: Iterable<StudyCard>, now: number, masteredAt = 0.9): MasteryRow[] {
	return group(
		cards,
		now,
		masteredAt,
		(c) => c.course,
		(c) => c.course || NO_COURSE,
	);
}

export function masteryByBrief(cards: Iterable<StudyCard>, now: number, masteredAt = 0.9): MasteryRow[] {
	return group(cards, now, masteredAt, briefKey, (c, key) => c.briefTitle || noteName(key));
}

function worse(a: MissedItem, b: MissedItem): number {
	return (
		b.misses - a.misses ||
		b.misses / b.reviews - a.misses / a.reviews ||
		b.lastMiss - a.lastMiss ||
		(a.card < b.card ? -1 : a.card > b.card ? 1 : 0)
	);
}

/**
 * Live cards with at least one miss (Again), most misses first, then the higher miss rate, then the latest miss.
 * Keeps only the top `limit` while it reads (linear in the cards, no sort of them all).
 */
export function mostMissed(cards: Iterable<StudyCard>, limit = 10): MissedItem[] {
	const top: MissedItem[] = [];
	const k = Math.max(0, limit);
	if (!k) return top;
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
		const item: MissedItem = {
			card: c.id,
			briefPath: c.briefPath,
			briefTitle: "",
			label: c.label || c.id,
			misses,
			reviews: c.reviews.length,
			lastMiss,
		};
		if (top.length === k && worse(item, top[k - 1]) >= 0) continue;
		item.briefTitle = briefTitleOf(c);
		if (c.source) item.source = c.source;
		let i = Math.min(top.length, k - 1);
		top[i] = item;
		while (i > 0 && worse(top[i], top[i - 1]) < 0) {
			[top[i], top[i - 1]] = [top[i - 1], top[i]];
			i--;
		}
	}
	return top;
}
