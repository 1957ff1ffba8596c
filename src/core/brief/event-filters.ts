import type { Section } from "../model";
import type { RawEvent } from "./events";

/**
 * Timeline rows that are not events of their own (issue 16, items 5 and 7): the brief's title heading
 * ("# Relations between Greek states, 492–404 BC" names the brief, it is not a row on its timeline) and
 * repeats (one sentence naming one date twice, a label restated in its own sentence).
 */

/** The line of the level-1 heading the brief's title comes from, when it does (a `## Treaty, 1648` stays a section). */
export function titleHeadingLine(sections: Section[], title: string): number | undefined {
	const first = sections.find((s) => s.kind === "heading" && s.title && s.role !== "source");
	return first && first.level === 1 && first.title === title ? first.startLine : undefined;
}

function dateKey(e: RawEvent): string {
	const d = e.date;
	return `${d.start.year}-${d.start.month ?? ""}-${d.start.day ?? ""}/${d.end.year}-${d.end.month ?? ""}-${d.end.day ?? ""}`;
}

/** Drops the title heading's dates and every repeat of an event (same text, same date). Keeps order. */
export function dropTitleAndRepeats(events: RawEvent[], titleLine: number | undefined): RawEvent[] {
	const seen = new Set<string>();
	const out: RawEvent[] = [];
	for (const e of events) {
		if (titleLine !== undefined && e.line === titleLine) continue;
		const key = `${e.text}\u0000${dateKey(e)}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(e);
	}
	return out;
}
