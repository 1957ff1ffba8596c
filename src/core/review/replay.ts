/** Card state = the replay of every device's log, in one global order, so any order of files gives the same state. */
import type { Problem } from "../model";
import { compareEvents, ReplayEngine } from "./engine";
import type { LogEvent } from "./log";
import { parseLog } from "./log";
import type { Memory, ReviewGrade, Scheduler } from "./scheduler";
import { createScheduler } from "./scheduler";

export { compareEvents };

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

export interface ReplayOptions {
	/** Now (epoch ms, or a clock): events dated more than a day later are held back and reported (a wrong device clock). */
	now?: number | (() => number);
	/** The brief path of a card known only from the logs. */
	briefPathOf?: (cardId: string) => string;
}

/** All the events of all logs, in the global order; duplicates (copies of a log) are dropped later, by key. */
export function collectEvents(logs: DeviceLog[], problems: Problem[]): Array<{ e: LogEvent; path: string }> {
	const all: Array<{ e: LogEvent; path: string }> = [];
	for (const log of logs) {
		const parsed = parseLog(log.text, log.device, log.path ?? "");
		const path = log.path ?? "";
		// A loop, not push(...spread): a log may hold millions of events or problems.
		for (const e of parsed.events) all.push({ e, path });
		for (const p of parsed.problems) problems.push(p);
	}
	all.sort((a, b) => compareEvents(a.e, b.e));
	return all;
}

/**
 * Replays all logs into an engine that can take further events (incremental replay). Known cards (the index's)
 * that were never reviewed start new.
 */
export function replayEngine(
	logs: DeviceLog[],
	cards: Iterable<CardRef> = [],
	scheduler: Scheduler = createScheduler(),
	opts: ReplayOptions = {},
): { engine: ReplayEngine; problems: Problem[] } {
	const problems: Problem[] = [];
	const engine = new ReplayEngine(scheduler, opts);
	for (const { e, path } of collectEvents(logs, problems)) engine.apply(e, path);
	for (const c of cards) engine.know(c.id, c.briefPath);
	return { engine, problems };
}

/** Replays all logs; returns the states and the problems found in the logs. */
export function replayLogs(
	logs: DeviceLog[],
	cards: Iterable<CardRef> = [],
	scheduler: Scheduler = createScheduler(),
	opts: ReplayOptions = {},
): ReplayResult {
	const { engine, problems } = replayEngine(logs, cards, scheduler, opts);
	for (const p of engine.problems) problems.push(p);
	for (const p of engine.futureProblems()) problems.push(p);
	return { states: engine.states, problems };
}

/** Card states from all devices' logs (problems dropped; use replayLogs to see them). */
export function replay(
	logs: DeviceLog[],
	cards: Iterable<CardRef> = [],
	scheduler?: Scheduler,
	opts?: ReplayOptions,
): Map<string, CardState> {
	return replayLogs(logs, cards, scheduler, opts).states;
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
export function mastery(
	states: Map<string, CardState>,
	briefPath: string,
	now: number,
	scheduler: Scheduler = createScheduler(),
): number {
	const mine = [...states.values()].filter((s) => s.briefPath === briefPath && !s.orphaned);
	if (mine.length === 0) return 0;
	const strong = mine.filter((s) => scheduler.retrievability(s.memory, now) >= 0.9).length;
	return strong / mine.length;
}
