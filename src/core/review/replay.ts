/** Card state = the replay of every device's log, in one global order, so any order of files gives the same state. */
import type { Problem } from "../model";
import type { LogEvent, ReviewEvent } from "./log";
import { parseLog } from "./log";
import type { Memory, ReviewGrade, Scheduler } from "./scheduler";
import { createScheduler } from "./scheduler";

export interface DeviceLog {
	device: string;
	text: string;
	/** The log file's vault path, for problems. */
	path?: string;
}

/** A card the index knows about now. */
export interface CardRef {
	id: string;
	briefPath: string;
}

export interface CardState {
	id: string;
	/** "" when the card is only known from the logs. */
	briefPath: string;
	memory: Memory;
	/** The reviews that count (undone ones removed), oldest first. */
	history: Array<{ t: number; grade: ReviewGrade; device: string }>;
	/** The item is gone from its brief: kept, but not due. */
	orphaned: boolean;
	/** Old ids this card's history came from (relinks). */
	formerIds: string[];
}

export interface ReplayResult {
	states: Map<string, CardState>;
	problems: Problem[];
}

/** Total order of events: time, then device id, then position in the device's file. */
export function compareEvents(a: LogEvent, b: LogEvent): number {
	if (a.t !== b.t) return a.t - b.t;
	if (a.device !== b.device) return a.device < b.device ? -1 : 1;
	return a.seq - b.seq;
}

/** Reviews left after undo: an undo removes its device's last earlier review on that card (or the one at `of`). */
function effective(events: LogEvent[]): Set<LogEvent> {
	const removed = new Set<LogEvent>();
	const stacks = new Map<string, Array<LogEvent & ReviewEvent>>();
	for (const e of events) {
		if (e.k === "review") {
			const key = `${e.device}\u0000${e.card}`;
			const stack = stacks.get(key) ?? [];
			stack.push(e);
			stacks.set(key, stack);
		} else if (e.k === "undo") {
			const stack = stacks.get(`${e.device}\u0000${e.card}`) ?? [];
			let idx = stack.length - 1;
			if (e.of !== undefined) idx = stack.map((r) => r.t).lastIndexOf(e.of);
			if (idx >= 0) removed.add(stack.splice(idx, 1)[0]);
		}
	}
	return removed;
}

/** Where each relinked id ends up (chains followed; a cycle stops at the last new id). */
function aliasResolver(events: LogEvent[]): (id: string) => string {
	const next = new Map<string, string>();
	for (const e of events) if (e.k === "relink" && e.from !== e.to) next.set(e.from, e.to);
	if (next.size === 0) return (id) => id;
	const memo = new Map<string, string>();
	return (id: string) => {
		if (!next.has(id)) return id;
		const known = memo.get(id);
		if (known !== undefined) return known;
		const seen = new Set<string>([id]);
		let cur = id;
		for (;;) {
			const n = next.get(cur);
			if (n === undefined || seen.has(n)) break;
			seen.add(n);
			cur = n;
		}
		memo.set(id, cur);
		return cur;
	};
}

/** Replays all logs; returns the states and the problems found in the logs. */
export function replayLogs(logs: DeviceLog[], cards: Iterable<CardRef> = [], scheduler: Scheduler = createScheduler()): ReplayResult {
	const problems: Problem[] = [];
	const events: LogEvent[] = [];
	for (const log of logs) {
		const parsed = parseLog(log.text, log.device, log.path ?? "");
		events.push(...parsed.events);
		problems.push(...parsed.problems);
	}
	events.sort(compareEvents);
	const removed = effective(events);
	const resolve = aliasResolver(events);
	const states = new Map<string, CardState>();
	const known = new Map<string, string>();
	for (const c of cards) known.set(c.id, c.briefPath);
	const stateOf = (id: string): CardState => {
		let s = states.get(id);
		if (!s) {
			s = { id, briefPath: known.get(id) ?? "", memory: scheduler.initial(0), history: [], orphaned: false, formerIds: [] };
			states.set(id, s);
		}
		return s;
	};
	for (const e of events) {
		if (e.k === "undo") {
			stateOf(resolve(e.card));
			continue;
		}
		if (removed.has(e)) continue;
		if (e.k === "relink") {
			const to = resolve(e.to);
			const s = stateOf(to);
			if (e.from !== to && !s.formerIds.includes(e.from)) s.formerIds.push(e.from);
			continue;
		}
		const id = resolve(e.card);
		const s = stateOf(id);
		if (id !== e.card && !s.formerIds.includes(e.card)) s.formerIds.push(e.card);
		switch (e.k) {
			case "review":
				try {
					s.memory = scheduler.review(s.memory, Math.max(e.t, s.memory.lastReview ?? e.t), e.grade);
					s.history.push({ t: e.t, grade: e.grade, device: e.device });
				} catch {
					problems.push({ path: "", line: e.seq, message: `review log (${e.device}): review could not be applied`, severity: "warning" });
				}
				break;
			case "orphan":
				s.orphaned = true;
				break;
			case "restore":
				s.orphaned = false;
				break;
			case "reset":
				s.memory = scheduler.reset(s.memory, e.t);
				break;
		}
	}
	// Cards the index knows that were never reviewed start new, due now (well, since the epoch: always due).
	for (const [id, briefPath] of known) {
		const s = states.get(id);
		if (s) s.briefPath = briefPath;
		else states.set(id, { id, briefPath, memory: scheduler.initial(0), history: [], orphaned: false, formerIds: [] });
	}
	return { states, problems };
}

/** Card states from all devices' logs (problems dropped; use replayLogs to see them). */
export function replay(logs: DeviceLog[], cards: Iterable<CardRef> = [], scheduler?: Scheduler): Map<string, CardState> {
	return replayLogs(logs, cards, scheduler).states;
}

/** Cards due at `now`, soonest first (orphans never). */
export function dueCards(states: Map<string, CardState>, now: number): CardState[] {
	return [...states.values()]
		.filter((s) => !s.orphaned && s.memory.due <= now)
		.sort((a, b) => a.memory.due - b.memory.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function dueCount(states: Map<string, CardState>, now: number, briefPath?: string): number {
	return dueCards(states, now).filter((s) => briefPath === undefined || s.briefPath === briefPath).length;
}

/** Share (0..1) of the brief's live cards whose recall probability now is at least 0.9; 0 for no cards. */
export function mastery(states: Map<string, CardState>, briefPath: string, now: number, scheduler: Scheduler = createScheduler()): number {
	const mine = [...states.values()].filter((s) => s.briefPath === briefPath && !s.orphaned);
	if (mine.length === 0) return 0;
	const strong = mine.filter((s) => scheduler.retrievability(s.memory, now) >= 0.9).length;
	return strong / mine.length;
}
