/**
 * The overrides in force = the replay of every device's curation log in one global order (time, then device,
 * then line: the review log's compareEvents), so any order of files gives the same result. Copies of a log
 * (sync conflicts, backups) hold the same events and count once (eventKey). On each item and slot the latest
 * override wins; an undo takes one override back, and the one before it (if any) is in force again.
 */
import type { Problem } from "../model";
import { compareEvents } from "../review/engine";
import { eventKey } from "../review/log";
import type { LogEventBody } from "../review/log";
import type { DeviceLog } from "../review/replay";
import { parseOverrideLog } from "./log";
import type { Override, OverrideEvent } from "./types";

export interface OverrideReplay {
	/** In force, in the global order. */
	overrides: Override[];
	/** Taken back (undone) or replaced by a later one on the same slot: kept for the record. */
	superseded: Override[];
	problems: Problem[];
}

/** The slot an override fills: a later override on the same slot replaces it. */
export function slotOf(o: Override): string {
	switch (o.k) {
		case "add":
			return `add:${o.id}`;
		case "hide":
			return `show:${o.target.brief}#${o.target.item}`;
		case "date":
		case "not-date":
			return `date:${o.target.brief}#${o.target.item}`;
		case "speaker":
			return `speaker:${o.target.brief}#${o.target.item}`;
		case "skip-question":
		case "report-question":
			return `question:${o.target.brief}#${o.target.item}`;
	}
}

/** An id for events written without one (hand-made logs): the hash of their content. */
function withId(e: OverrideEvent): OverrideEvent & { id: string } {
	return e.id !== undefined
		? (e as OverrideEvent & { id: string })
		: { ...e, id: eventKey(e as unknown as LogEventBody & { key?: string }) };
}

/** Replays every device's curation log. Problems (bad lines, undo of an unknown override) are returned, never thrown. */
export function replayOverrides(logs: DeviceLog[]): OverrideReplay {
	const problems: Problem[] = [];
	const all: OverrideEvent[] = [];
	for (const log of logs) {
		const parsed = parseOverrideLog(log.text, log.device, log.path ?? "");
		for (const e of parsed.events) all.push(e);
		for (const p of parsed.problems) problems.push(p);
	}
	all.sort(compareEvents);
	const seen = new Set<string>();
	const byId = new Map<string, Override>();
	const undos: Array<OverrideEvent & { k: "undo" }> = [];
	const moves: Array<OverrideEvent & { k: "move" }> = [];
	const order: Override[] = [];
	for (const raw of all) {
		const key = eventKey(raw as unknown as LogEventBody & { key?: string });
		if (seen.has(key)) continue;
		seen.add(key);
		const e = withId(raw);
		if (e.k === "undo") undos.push(e);
		else if (e.k === "move") moves.push(e);
		else {
			byId.set(e.id, e);
			order.push(e);
		}
	}
	// Moves in the global order: each override names its item as last found.
	const at = new Map(order.map((o, i) => [o.id, i]));
	for (const m of moves) {
		const i = at.get(m.of);
		if (i === undefined) continue;
		const o = order[i];
		const moved: Override | null =
			o.k === "add" ? (m.brief ? { ...o, brief: m.brief } : null) : m.target ? { ...o, target: m.target } : null;
		if (moved) {
			order[i] = moved;
			byId.set(moved.id, moved);
		}
	}
	// An undo counts whatever the clocks say (another device's override may carry a later time than its undo).
	const undone = new Set<string>();
	for (const u of undos) {
		if (byId.has(u.of)) undone.add(u.of);
		else
			problems.push({
				path: "",
				line: 0,
				message: `curation log (${u.device}): undo of an unknown override ${u.of}, skipped`,
				severity: "warning",
			});
	}
	const latest = new Map<string, Override>();
	for (const o of order) if (!undone.has(o.id)) latest.set(slotOf(o), o);
	const live = new Set([...latest.values()].map((o) => o.id));
	return {
		overrides: order.filter((o) => live.has(o.id)),
		superseded: order.filter((o) => !live.has(o.id)),
		problems,
	};
}
