/**
 * The review log: append-only events, one file per device, one JSON object a line. Every device writes only its
 * own file, so Sync and git never merge concurrent edits; state is the replay of all files.
 */
import type { Problem } from "../model";
import type { ReviewGrade } from "./scheduler";
import { isReviewGrade } from "./scheduler";
import { wideHash } from "../text";

export const LOG_VERSION = 1;

export interface ReviewEvent {
	k: "review";
	card: string;
	grade: ReviewGrade;
	/** Epoch ms. */
	t: number;
	/** How it was asked ("mcq", "typed", "cloze"...) and how long it took, for stats. */
	fmt?: string;
	ms?: number;
}
/** Takes back this device's last review on the card (`of` = its time, when known). */
export interface UndoEvent {
	k: "undo";
	card: string;
	t: number;
	of?: number;
}
/** The item was edited: the card's history continues under a new id. */
export interface RelinkEvent {
	k: "relink";
	from: string;
	to: string;
	t: number;
}
/** The item disappeared from its brief: kept, hidden from queues, never deleted. */
export interface OrphanEvent {
	k: "orphan";
	card: string;
	t: number;
}
/** An orphan found its item again (or the user restored it). */
export interface RestoreEvent {
	k: "restore";
	card: string;
	t: number;
}
/** Start the card over. */
export interface ResetEvent {
	k: "reset";
	card: string;
	t: number;
}

/**
 * `id`: an event's own id, when its writer gave it one. Events without (every log written so far) are known by
 * their content (eventKey), which is the same in every copy of the log.
 */
export type LogEventBody = (ReviewEvent | UndoEvent | RelinkEvent | OrphanEvent | RestoreEvent | ResetEvent) & {
	id?: string;
};

/** An event as read back: with the device (the file it came from) and its position in that file. */
export type LogEvent = LogEventBody & { device: string; seq: number; key?: string };

export interface ParsedLog {
	events: LogEvent[];
	problems: Problem[];
}

/** One line of the log (no trailing newline). */
export function serializeEvent(e: LogEventBody): string {
	const { k, t, ...rest } = e as LogEventBody & Record<string, unknown>;
	const clean: Record<string, unknown> = { v: LOG_VERSION, t, k };
	for (const [key, value] of Object.entries(rest)) {
		if (key !== "device" && key !== "seq" && key !== "key" && value !== undefined) clean[key] = value;
	}
	return JSON.stringify(clean);
}

/** The same event, whatever copy of whichever log it was read from: its id, or a hash of its content. */
export function eventKey(e: LogEventBody & { key?: string }): string {
	if (e.id !== undefined) return `#${e.id}`;
	return e.key ?? lineKey(serializeEvent(e));
}

/** The key of an event without an id: a hash of its line (every copy of a log holds the same bytes). */
const lineKey = (line: string): string => `=${wideHash(line)}`;

/** The epoch-ms range a JavaScript Date can hold: a time outside it can never be scheduled. */
export const MAX_TIME = 8.64e15;

const isStr = (x: unknown): x is string => typeof x === "string" && x.length > 0;
const isNum = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);
const isTime = (x: unknown): x is number => isNum(x) && Math.abs(x) <= MAX_TIME;

function validate(o: Record<string, unknown>): LogEventBody | string {
	if (!isNum(o.t)) return 'missing or bad time "t"';
	if (!isTime(o.t)) return `time "t" ${String(o.t)} is out of range`;
	const e = validateBody(o as Record<string, unknown> & { t: number });
	if (typeof e !== "string" && isStr(o.id)) e.id = o.id;
	return e;
}

function validateBody(o: Record<string, unknown> & { t: number }): LogEventBody | string {
	switch (o.k) {
		case "review":
			if (!isStr(o.card)) return "review without a card";
			if (!isReviewGrade(o.grade)) return "review with a grade other than 1-4";
			{
				const r: ReviewEvent = { k: "review", card: o.card, grade: o.grade, t: o.t };
				if (isStr(o.fmt)) r.fmt = o.fmt;
				if (isNum(o.ms) && o.ms >= 0) r.ms = o.ms;
				return r;
			}
		case "undo":
			if (!isStr(o.card)) return "undo without a card";
			return isTime(o.of) ? { k: "undo", card: o.card, t: o.t, of: o.of } : { k: "undo", card: o.card, t: o.t };
		case "relink":
			if (!isStr(o.from) || !isStr(o.to)) return "relink without from/to";
			return { k: "relink", from: o.from, to: o.to, t: o.t };
		case "orphan":
		case "restore":
		case "reset":
			if (!isStr(o.card)) return `${o.k} without a card`;
			return { k: o.k, card: o.card, t: o.t };
		default:
			return `unknown event kind ${JSON.stringify(o.k)}`;
	}
}

/** Lines a Markdown log file may carry besides events: blank lines, fences, front-matter rules, headings. */
function ignorable(line: string): boolean {
	if (line.charCodeAt(0) === 123) return false; // "{": the common case
	const s = line.trim();
	return s.length === 0 || s.startsWith("```") || s === "---" || s.startsWith("#") || s.startsWith("%%");
}

/**
 * Reads one device's log. A line that is not a valid event is skipped and reported (0-based line number);
 * every other event is kept. Events of unknown newer versions are reported and skipped.
 */
export function parseLog(text: string, deviceId: string, path = ""): ParsedLog {
	return parseEventLines(text, deviceId, path, "review log", validate);
}

/**
 * The line format every Study Briefs log shares (review logs, curation logs): one JSON event a line, with its
 * version `v` and time `t`; each line is checked by `check` (an event, or why it is not one). Lines that are not
 * events are reported (0-based line) and skipped; events without an id get their line's hash as key.
 */
export function parseEventLines<T extends { id?: string; t: number }>(
	text: string,
	deviceId: string,
	path: string,
	what: string,
	check: (o: Record<string, unknown>) => T | string,
): { events: Array<T & { device: string; seq: number; key?: string }>; problems: Problem[] } {
	const events: Array<T & { device: string; seq: number; key?: string }> = [];
	const problems: Problem[] = [];
	const lines = typeof text === "string" ? text.split(/\r?\n/) : [];
	const report = (line: number, message: string): void => {
		problems.push({ path, line, message: `${what} (${deviceId}): ${message}`, severity: "warning" });
	};
	for (let line = 0; line < lines.length; line++) {
		const raw = lines[line];
		if (ignorable(raw)) continue;
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			report(line, "not a JSON event, skipped");
			continue;
		}
		if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
			report(line, "not an event object, skipped");
			continue;
		}
		const o = parsed as Record<string, unknown>;
		if (o.v !== undefined && o.v !== LOG_VERSION) {
			report(line, `event version ${JSON.stringify(o.v)} is not supported, skipped`);
			continue;
		}
		const e = check(o);
		if (typeof e === "string") report(line, `${e}, skipped`);
		else
			events.push(
				Object.assign(e, {
					device: deviceId,
					seq: line,
					key: e.id === undefined ? lineKey(raw.trim()) : undefined,
				}),
			);
	}
	return { events, problems };
}
