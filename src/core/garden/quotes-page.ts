/** The key-quotes page: one `> [!quote]` callout per quote, grouped by brief, each linking its brief. */
import type { Lang } from "../lang/lang";
import { gardenMessages } from "./messages";
import type { Brief, Quote } from "../model";
import { gardenText, inline, type Linker } from "./page-text";

/** Callout lines for one quote; every line keeps its `> ` prefix (a blank line would end the callout). */
export function quoteCallout(q: Quote, brief: Brief, linker: Linker): string[] {
	const speaker = q.speaker ? ` ${gardenText(q.speaker, brief.path, linker)}` : "";
	const body = q.text
		.split(/\r?\n/)
		.map((l) => gardenText(l, brief.path, linker))
		.filter(Boolean);
	if (!body.length) return [];
	return [
		`> [!quote]${speaker}`,
		...body.map((l) => `> ${l}`),
		">",
		`> — ${linker.link(brief.path, brief.title)}`,
		"",
	];
}

export function quotesBody(title: string, intro: string, briefs: Brief[], linker: Linker, lang?: Lang): string {
	const lines = [`# ${inline(title)}`, "", intro, ""];
	let any = false;
	for (const b of briefs) {
		const callouts = b.quotes.filter((q) => q.briefPath === b.path).flatMap((q) => quoteCallout(q, b, linker));
		if (!callouts.length) continue;
		any = true;
		lines.push(`## ${inline(b.title)}`, "", ...callouts);
	}
	if (!any) lines.push(gardenMessages(lang).noQuotes, "");
	return lines.join("\n");
}
