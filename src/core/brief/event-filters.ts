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

/** The heading the brief's title comes from, at any level ("## The Punic Wars, 264–146 BC" opening a note). */
function titleHeading(sections: Section[], title: string): Section | undefined {
	const first = sections.find((s) => s.kind === "heading" && s.title && s.role !== "source");
	return first && first.title === title ? first : undefined;
}

/**
 * The title heading at any level when it only names the period of the whole note: its dates are spans and at
 * least three quarters of the note's other events (two or more) fall inside them. "## The Punic Wars, 264–146 BC"
 * over notes on 264, 216, 202 and 146 BC is the brief's name, not a row; "## Treaty of Westphalia, 1648" stays.
 */
export function periodTitleLine(events: RawEvent[], sections: Section[], title: string): number | undefined {
	const h = titleHeading(sections, title);
	if (!h) return undefined;
	const own = events.filter((e) => e.line === h.startLine);
	const others = events.filter((e) => e.line !== h.startLine);
	if (!own.length || others.length < 2 || !own.every((e) => e.date.end.year > e.date.start.year)) return undefined;
	const inside = others.filter((e) =>
		own.some((t) => e.date.start.year >= t.date.start.year && e.date.end.year <= t.date.end.year),
	);
	return inside.length * 4 >= others.length * 3 ? h.startLine : undefined;
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
