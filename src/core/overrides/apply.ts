/** applyOverrides: the pure whole-vault application (the CLI, tests); the plugin keeps it current in CuratedIndex. */
import type { Brief } from "../model";
import { linkItemsOf } from "../review";
import { curateBrief } from "./curate";
import { briefMoves, briefOf, placeInBrief } from "./follow";
import type { Orphan, Placed } from "./follow";
import type { Override } from "./types";

export interface CurationResult {
	/** The briefs with their overrides applied, in the order given (a brief without overrides is the same object). */
	briefs: Brief[];
	/** Overrides that apply to nothing now (item or brief not found, date unreadable): listed, never dropped. */
	orphans: Orphan[];
	/** Override id -> the brief (path, id) and item it applies to now. */
	placed: Map<string, { path: string; briefId: string; item: string }>;
}

/** Groups overrides by the brief they apply to now (brief ids followed over renames); the rest are orphans. */
export function groupByBrief(
	overrides: Override[],
	briefs: Brief[],
	settled = true,
): { byId: Map<string, Override[]>; orphans: Orphan[] } {
	const live = new Map(briefs.map((b) => [b.id, b]));
	const moves = settled
		? briefMoves(overrides, new Set(live.keys()), () =>
				briefs.map((b) => ({ id: b.id, itemIds: linkItemsOf(b).map((i) => i.id) })),
			)
		: new Map<string, string>();
	const byId = new Map<string, Override[]>();
	const orphans: Orphan[] = [];
	for (const o of overrides) {
		const id = moves.get(briefOf(o)) ?? briefOf(o);
		if (!live.has(id)) {
			if (settled) orphans.push({ override: o, reason: "brief" });
			continue;
		}
		const list = byId.get(id);
		if (list) list.push(o);
		else byId.set(id, [o]);
	}
	return { byId, orphans };
}

/** Places and applies one brief's overrides. */
export function curate(
	brief: Brief,
	overrides: Override[] | undefined,
): { brief: Brief; placed: Placed[]; orphans: Orphan[] } {
	if (!overrides?.length) return { brief, placed: [], orphans: [] };
	const { placed, orphans } = placeInBrief(brief, overrides);
	const done = curateBrief(brief, placed);
	const bad = new Set(done.orphans.map((o) => o.override.id));
	return {
		brief: done.brief,
		placed: placed.filter((p) => !bad.has(p.override.id)),
		orphans: [...orphans, ...done.orphans],
	};
}

/** Every brief with the overrides in force applied, plus the orphans. Deterministic for the same inputs. */
export function applyOverrides(briefs: Brief[], overrides: Override[]): CurationResult {
	const { byId, orphans } = groupByBrief(overrides, briefs);
	const placed = new Map<string, { path: string; briefId: string; item: string }>();
	const out = briefs.map((b) => {
		const r = curate(b, byId.get(b.id));
		for (const p of r.placed) placed.set(p.override.id, { path: b.path, briefId: b.id, item: p.item });
		for (const o of r.orphans) orphans.push(o);
		return r.brief;
	});
	return { briefs: out, orphans, placed };
}
