import type { HistEvent } from "../../core/model";
import { shownLabel } from "../../core/dates/format";

/** What the export needs to know about a brief. */
export interface BriefRef {
	path: string;
	title: string;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** A wikilink to the brief: `[[Title]]` when the file is named like its title, else `[[path|Title]]`. */
export function briefLink(ref: BriefRef): string {
	const target = ref.path.replace(/\.md$/i, "");
	const base = target.split("/").pop() ?? target;
	const title = oneLine(ref.title).replace(/[[\]|]/g, "") || base;
	return base === title ? `[[${title}]]` : `[[${target}|${title}]]`;
}

/** One event as a Markdown list item: `- **Nov 1933** — sentence ([[Brief title]])`. */
export function eventMarkdown(
	ev: HistEvent,
	brief: BriefRef | undefined,
	dateLabel: (ev: HistEvent) => string = (e) => shownLabel(e.date),
): string {
	const text = oneLine(ev.text);
	const label = ev.label ? oneLine(ev.label) : "";
	const body = label && !text.toLowerCase().startsWith(label.toLowerCase()) ? `*${label}:* ${text}` : text;
	const link = brief ? ` (${briefLink(brief)})` : "";
	return `- **${oneLine(dateLabel(ev))}** — ${body}${link}`;
}

/** The (filtered) timeline as a Markdown list, one event a line, in the order given. */
export function timelineMarkdown(
	events: readonly HistEvent[],
	briefOf: (path: string) => BriefRef | undefined,
	dateLabel?: (ev: HistEvent) => string,
): string {
	if (!events.length) return "";
	return events.map((ev) => eventMarkdown(ev, briefOf(ev.briefPath), dateLabel)).join("\n") + "\n";
}
