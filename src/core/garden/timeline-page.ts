/** The timeline page: every dated event of the published briefs, grouped by year, decade or century. */
import { inferredNote, type EraConvention } from "../dates/format";
import { eventDateLabel, hasBCDate } from "../dates/format-labeler";
import type { Lang } from "../lang/lang";
import { gardenMessages } from "./messages";
import type { Brief, HistEvent } from "../model";
import { mermaidBlock } from "./axis-mermaid";
import { chooseGrouping, compareEvents, groupLabel, type Grouping } from "./chrono";

/** More events than this under one century or decade heading: sub-headings one level finer. */
const SPLIT_AT = 8;

/** Consecutive runs of items with the same label (items are in time order, so runs are the groups). */
function runs<T>(items: T[], label: (item: T) => string): { label: string; items: T[] }[] {
	const out: { label: string; items: T[] }[] = [];
	for (const it of items) {
		const l = label(it);
		if (out.length && out[out.length - 1].label === l) out[out.length - 1].items.push(it);
		else out.push({ label: l, items: [it] });
	}
	return out;
}
import { gardenText, inline, type Linker } from "./page-text";

export interface TimelineBody {
	title: string;
	briefs: Brief[];
	linker: Linker;
	mermaid: boolean;
	/** Notice line under the title. */
	intro: string;
	/** The language of the page's own words (headings of periods, notices); default English. */
	lang?: Lang;
	/** Vault path of the axis image written beside the page (garden/axis-svg), shown under the intro. */
	image?: string;
	/** How dates write their era (default "auto": as each note writes them); "AD 43" when the page has BC dates. */
	eraLabels?: EraConvention;
}

function eventLine(e: HistEvent, brief: Brief, linker: Linker, labelOf: (e: HistEvent) => string): string {
	// An inferred year is published marked: "**Mar 1914?**" and why, never as if the note had written it.
	const why = inferredNote(e.date);
	const when = `- **${inline(labelOf(e))}**${why ? ` _(${inline(why.toLowerCase())})_` : ""} — `;
	// The brief's own title ("The Punic Wars, 264–146 BC") is its span: the link alone says it.
	if (!e.label && e.text.trim() === brief.title.trim()) return `${when}${linker.link(brief.path, brief.title)}`;
	const label = e.label ? `**${gardenText(e.label, brief.path, linker)}:** ` : "";
	const text = gardenText(e.text, brief.path, linker);
	return `${when}${label}${text} · ${linker.link(brief.path, brief.title)}`;
}

export function timelineBody(t: TimelineBody): string {
	const byPath = new Map(t.briefs.map((b) => [b.path, b]));
	const events = t.briefs.flatMap((b) => b.events).filter((e) => byPath.has(e.briefPath));
	events.sort(compareEvents);
	const lines = [`# ${inline(t.title)}`, "", t.intro, ""];
	if (!events.length) {
		lines.push(gardenMessages(t.lang).noEvents, "");
		return lines.join("\n");
	}
	if (t.image) lines.push(`![[${t.image}]]`, "");
	if (t.mermaid) lines.push(...mermaidBlock(t.title, events));
	const o = {
		convention: t.eraLabels,
		briefOf: (p: string) => byPath.get(p),
		hasBC: hasBCDate([events[0].date, events[events.length - 1].date]),
	};
	const labelOf = (e: HistEvent): string => eventDateLabel(o, e);
	const grouping = chooseGrouping(events);
	const finer: Grouping | null = grouping === "century" ? "decade" : grouping === "decade" ? "year" : null;
	for (const group of runs(events, (e) => groupLabel(e.date.start.year, grouping, t.lang))) {
		lines.push(`## ${group.label}`, "");
		// A crowded century or decade is split once more, so a reader can scan it.
		const subs =
			finer && group.items.length > SPLIT_AT
				? runs(group.items, (e) => groupLabel(e.date.start.year, finer, t.lang))
				: [group];
		for (const sub of subs) {
			if (sub !== group) lines.push(`### ${sub.label}`, "");
			for (const e of sub.items) {
				const brief = byPath.get(e.briefPath);
				if (brief) lines.push(eventLine(e, brief, t.linker, labelOf));
			}
			lines.push("");
		}
	}
	return lines.join("\n");
}
