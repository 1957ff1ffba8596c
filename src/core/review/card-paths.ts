/**
 * Which brief a review card belongs to, for a store replaying logs: learned from answers ("card id → brief
 * path"), else asked once per brief id per replay (the lookup may scan the index) and remembered until the
 * next replay. And the replayed states grouped by brief, rebuilt only when the states changed.
 */
import { parseCardId } from "./identity";
import type { CardState } from "./replay";

export class CardBriefPaths {
	/** Brief paths learned from answered questions (card id → brief path). */
	private readonly learned = new Map<string, string>();
	/** Brief id → path, asked during the current replay. */
	private readonly asked = new Map<string, string>();

	constructor(private readonly lookup?: (briefId: string) => string | undefined) {}

	learn(cardId: string, briefPath: string): void {
		this.learned.set(cardId, briefPath);
	}

	/** A new replay starts: brief ids are asked again (briefs may have moved). */
	newReplay(): void {
		this.asked.clear();
	}

	/** The card's brief path, "" when nobody knows it. */
	of(cardId: string): string {
		const known = this.learned.get(cardId);
		if (known !== undefined) return known;
		const briefId = parseCardId(cardId)?.briefId;
		if (briefId === undefined) return "";
		let path = this.asked.get(briefId);
		if (path === undefined) {
			path = this.lookup?.(briefId) ?? "";
			if (path) this.asked.set(briefId, path);
		}
		return path;
	}
}

/** Card states grouped by brief path, regrouped only when the replayed states changed (a new version). */
export class StatesByBrief {
	private last: { owner: object; version: number; map: Map<string, Map<string, CardState>> } | null = null;

	of(owner: object, version: number, states: Iterable<CardState>): Map<string, Map<string, CardState>> {
		if (this.last?.owner === owner && this.last.version === version) return this.last.map;
		const map = new Map<string, Map<string, CardState>>();
		for (const s of states) {
			let mine = map.get(s.briefPath);
			if (!mine) map.set(s.briefPath, (mine = new Map<string, CardState>()));
			mine.set(s.id, s);
		}
		this.last = { owner, version, map };
		return map;
	}
}
