/** The timeline page: every dated event of the published briefs, grouped by year, decade or century. */
import type { Brief, HistEvent } from "../model";
import { chooseGrouping, compareEvents, groupLabel, yearLabel } from "./chrono";
import { gardenText, plainText, type Linker } from "./text";

export interface TimelineBody {
	title: string;
	briefs: Brief[];
	linker: Linker;
	mermaid: boolean;
	/** Notice line under the title. */
	intro: string;
}

function eventLine(e: HistEvent, brief: Brief, linker: Linker): string {
	const label = e.label ? `**${gardenText(e.label, brief.path, linker)}:** ` : "";
	const text = gardenText(e.text, brief.path, linker);
	return `- **${e.date.label.replace(/\*/g, "")}** — ${label}${text} · ${linker.link(brief.path, brief.title)}`;
}

/** Mermaid timeline: one row per year label, events as plain words (Mermaid cannot hold links). */
function mermaidBlock(title: string, events: HistEvent[]): string[] {
	const clean = (s: string) =>
		plainText(s)
			.replace(/[:;#`{}]/g, " ")
			.replace(/\s+/g, " ")
			.trim();
	const rows: string[] = [];
	let current = "";
	for (const e of events) {
		const period = clean(e.date.label) || yearLabel(e.date.start.year);
		let words = clean(e.label ? `${e.label} ${e.text}` : e.text);
		if (words.length > 80) words = `${words.slice(0, 79)}…`;
		if (!words) continue;
		if (period === current) rows[rows.length - 1] += ` : ${words}`;
		else rows.push(`    ${period} : ${words}`);
		current = period;
	}
	if (!rows.length) return [];
	return ["```mermaid", "timeline", `    title ${clean(title)}`, ...rows, "```", ""];
}

export function timelineBody(t: TimelineBody): string {
	const byPath = new Map(t.briefs.map((b) => [b.path, b]));
	const events = t.briefs.flatMap((b) => b.events).filter((e) => byPath.has(e.briefPath));
	events.sort(compareEvents);
	const lines = [`# ${t.title}`, "", t.intro, ""];
	if (!events.length) {
		lines.push("No dated events in the published briefs yet.", "");
		return lines.join("\n");
	}
	if (t.mermaid) lines.push(...mermaidBlock(t.title, events));
	const grouping = chooseGrouping(events);
	let heading = "";
	for (const e of events) {
		const h = groupLabel(e.date.start.year, grouping);
		if (h !== heading) {
			if (heading) lines.push("");
			lines.push(`## ${h}`, "");
			heading = h;
		}
		const brief = byPath.get(e.briefPath);
		if (brief) lines.push(eventLine(e, brief, t.linker));
	}
	lines.push("");
	return lines.join("\n");
}
