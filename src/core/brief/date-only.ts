import type { Block } from "./types";
import type { RawEvent } from "./events";
import { splitSentences } from "./sentences";
import { stripInline } from "./strip";

/**
 * No date-only rows (issue 16, item 6): a heading `### 1917` or an item `- 1,800,000 B.C.` whose content is
 * in the lines under it gives events whose text comes from those lines, each keeping the date
 * (the year is written in their heading, so it is not inferred). A date-only item under a labelled item
 * (`- **The effects of the Black Death**` / `- 1348`) takes that label as its text.
 */

const ERA_WORDS = /^(?:c|ca|circa|BCE?|CE|AD|BP|OS|NS)$/i;

/** The row is only its date ("1200 BCE", "586 BCE:", "**1848**"). */
export function isDateOnly(e: RawEvent): boolean {
	const rest = e.text
		.replace(e.date.text, " ")
		.replace(/[\s\p{P}\p{S}]+/gu, " ")
		.trim();
	return rest === "" || rest.split(" ").every((w) => ERA_WORDS.test(w));
}

/** The blocks that belong under block `i`: a heading's section, an item's deeper items. */
function childrenOf(blocks: Block[], i: number): Block[] {
	const b = blocks[i];
	const out: Block[] = [];
	for (let k = i + 1; k < blocks.length; k++) {
		const c = blocks[k];
		if (b.kind === "heading") {
			if (c.kind === "heading" && (c.level ?? 7) <= (b.level ?? 0)) break;
			if (c.kind === "heading") continue;
		} else if (c.kind !== "item" || c.indent <= b.indent) break;
		out.push(c);
	}
	return out;
}

function firstSentence(b: Block): string {
	const text = stripInline(b.parts.join(" ")).trim();
	return splitSentences(text)[0]?.text ?? text;
}

export function fillDateOnlyRows(events: RawEvent[], blocks: Block[]): RawEvent[] {
	if (!events.some(isDateOnly)) return events;
	const blockAt = new Map<number, number>();
	blocks.forEach((b, i) => blockAt.set(b.lines[0], i));
	const dated = new Set(events.map((e) => e.line));
	const out: RawEvent[] = [];
	for (const e of events) {
		if (!isDateOnly(e)) {
			out.push(e);
			continue;
		}
		if (e.label) {
			out.push({ ...e, text: e.label });
			continue;
		}
		const i = blockAt.get(e.line);
		// A heading that is a day or a month ("## Aug 8 2019") is a journal's or a lesson log's date: its
		// section is not that day's history. Only year-or-coarser headings (and items) pass their date down.
		const diary =
			i !== undefined &&
			blocks[i].kind === "heading" &&
			(e.date.precision === "day" || e.date.precision === "month");
		const kids = i === undefined || diary ? [] : childrenOf(blocks, i).filter((c) => firstSentence(c));
		// No lines under it: the row stays (better a bare date than a lost one); dated lines keep their own.
		if (!kids.length) out.push(e);
		for (const c of kids)
			if (!c.lines.some((l) => dated.has(l))) out.push({ ...e, text: firstSentence(c), line: c.lines[0] });
	}
	return out;
}
