/** Applying placed overrides to one brief: a corrected copy (the brief itself is never changed). */
import { shortHash } from "../text";
import type { Brief, HistEvent, Quote } from "../model";
import { readTypedDate } from "./date";
import type { Orphan, Placed } from "./follow";
import type { AddOverride } from "./types";

/** The id of an added event: from its override's id, so it is the same on every device and survives edits. */
export function addedEventId(o: Pick<AddOverride, "id" | "text">): string {
	return `e:added-${shortHash(`${o.id ?? ""}|${o.text}`)}:0`;
}

/** What curation changed on an item, for views that mark it ("date corrected"). */
export interface CurationMarks {
	hidden: Set<string>;
	corrected: Set<string>;
	added: Set<string>;
}

/**
 * The brief with its overrides applied: hidden and not-a-date events and hidden quotes left out, corrected
 * dates and speakers set, added events in, skipped and reported questions listed (`skippedQuestions`).
 * A correction whose date the engine cannot read leaves the item as it was and is returned as an orphan.
 */
export function curateBrief(brief: Brief, placed: Placed[]): { brief: Brief; orphans: Orphan[] } {
	if (!placed.length) return { brief, orphans: [] };
	const orphans: Orphan[] = [];
	const hidden = new Set<string>();
	const dates = new Map<string, HistEvent["date"]>();
	const speakers = new Map<string, string>();
	const skipped: string[] = [];
	const added: HistEvent[] = [];
	for (const { override: o, item } of placed) {
		switch (o.k) {
			case "hide":
			case "not-date":
				hidden.add(item);
				break;
			case "date": {
				const d = readTypedDate(o.date);
				if (d) dates.set(item, d);
				else orphans.push({ override: o, reason: "date" });
				break;
			}
			case "speaker":
				speakers.set(item, o.speaker.trim());
				break;
			case "skip-question":
			case "report-question":
				skipped.push(item);
				break;
			case "add": {
				const d = readTypedDate(o.date);
				if (!d) {
					orphans.push({ override: o, reason: "date" });
					break;
				}
				const ev: HistEvent = {
					id: addedEventId(o),
					briefPath: brief.path,
					date: d,
					text: o.text,
					source: { path: brief.path, line: o.line },
				};
				if (o.label) ev.label = o.label;
				const section = [...brief.sections].reverse().find((s) => s.startLine <= o.line && s.endLine >= o.line);
				if (section) ev.section = section.title;
				added.push(ev);
				break;
			}
		}
	}
	const events = brief.events.filter((e) => !hidden.has(e.id)).map((e) => corrected(e, dates.get(e.id)));
	for (const a of added) events.push(a);
	events.sort((a, b) => a.source.line - b.source.line);
	const quotes = brief.quotes.filter((q) => !hidden.has(q.id)).map((q) => withSpeaker(q, speakers.get(q.id)));
	const out: Brief = { ...brief, events, quotes };
	if (skipped.length) out.skippedQuestions = [...(brief.skippedQuestions ?? []), ...skipped];
	return { brief: out, orphans };
}

/**
 * The event with its corrected date. When the sentence holds the wrong date's words, they are replaced by the
 * typed ones ("in March 1914" -> "in March 1917"), so the timeline shows the corrected sentence and questions
 * blank the corrected date.
 */
function corrected(e: HistEvent, date: HistEvent["date"] | undefined): HistEvent {
	if (!date) return e;
	const at = e.date.text ? e.text.indexOf(e.date.text) : -1;
	if (at < 0) return { ...e, date };
	return { ...e, text: e.text.slice(0, at) + date.text + e.text.slice(at + e.date.text.length), date };
}

function withSpeaker(q: Quote, speaker: string | undefined): Quote {
	if (speaker === undefined) return q;
	const out: Quote = { ...q };
	if (speaker) out.speaker = speaker;
	else delete out.speaker;
	return out;
}
