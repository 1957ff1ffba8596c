/** Reading and writing curation logs: the review log's line format (one JSON event a line), other event kinds. */
import type { Problem } from "../model";
import { parseEventLines, serializeEvent } from "../review/log";
import type { LogEventBody } from "../review/log";
import type { OverrideBody, OverrideEvent, OverrideTarget } from "./types";

const isStr = (x: unknown): x is string => typeof x === "string" && x.length > 0;
const isText = (x: unknown): x is string => typeof x === "string";
const isLine = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;
const KINDS = new Set(["event", "quote", "question"]);

function targetOf(x: unknown): OverrideTarget | null {
	if (typeof x !== "object" || x === null) return null;
	const o = x as Record<string, unknown>;
	if (!isStr(o.brief) || !isStr(o.item) || !isText(o.text) || typeof o.kind !== "string" || !KINDS.has(o.kind))
		return null;
	return { brief: o.brief, item: o.item, kind: o.kind as OverrideTarget["kind"], text: o.text };
}

function checkBody(o: Record<string, unknown>, t: number): OverrideBody | string {
	if (o.k === "undo") return isStr(o.of) ? { k: "undo", of: o.of, t } : "undo without the override it takes back";
	if (o.k === "move") {
		const target = o.target === undefined ? undefined : targetOf(o.target);
		if (!isStr(o.of) || target === null || (target === undefined && !isStr(o.brief)))
			return "move without the override or its new place";
		return target ? { k: "move", of: o.of, target, t } : { k: "move", of: o.of, brief: o.brief as string, t };
	}
	if (o.k === "add") {
		if (!isStr(o.brief) || !isLine(o.line) || !isStr(o.text) || !isStr(o.date))
			return "added event without brief, line, text or date";
		const e: OverrideBody = { k: "add", brief: o.brief, line: o.line, text: o.text, date: o.date, t };
		if (isStr(o.label)) e.label = o.label;
		if (isStr(o.near)) e.near = o.near;
		return e;
	}
	const target = targetOf(o.target);
	if (!target) return `${JSON.stringify(o.k)} without a valid target`;
	switch (o.k) {
		case "hide":
		case "not-date":
		case "skip-question":
			return { k: o.k, target, t };
		case "report-question":
			return isStr(o.reason) ? { k: o.k, target, t, reason: o.reason } : { k: o.k, target, t };
		case "date":
			return isStr(o.date) ? { k: "date", target, date: o.date, t } : "date correction without a date";
		case "speaker":
			return isText(o.speaker) ? { k: "speaker", target, speaker: o.speaker, t } : "speaker without a name";
		default:
			return `unknown override kind ${JSON.stringify(o.k)}`;
	}
}

function check(o: Record<string, unknown>): OverrideBody | string {
	if (typeof o.t !== "number" || !Number.isFinite(o.t) || Math.abs(o.t) > 8.64e15) return 'missing or bad time "t"';
	const e = checkBody(o, o.t);
	if (typeof e !== "string" && isStr(o.id)) e.id = o.id;
	return e;
}

/** Reads one device's curation log; bad lines are reported and skipped, never thrown. */
export function parseOverrideLog(
	text: string,
	deviceId: string,
	path = "",
): { events: OverrideEvent[]; problems: Problem[] } {
	return parseEventLines<OverrideBody>(text, deviceId, path, "curation log", check);
}

/** One line of the log (no trailing newline), the same serializer as the review log. */
export function serializeOverride(e: OverrideBody): string {
	return serializeEvent(e as unknown as LogEventBody);
}
