/** Citation and link text for quotes. Pure. */
import type { Quote } from "../model";
import { baseName, withoutExtension } from "../text";

/**
 * Obsidian's "shortest path when possible" link text for every path: the file name without .md when
 * no other note shares it (case-insensitive, like Obsidian's link resolution), else the full path without .md.
 */
export function shortestLinkTexts(paths: Iterable<string>): Map<string, string> {
	const all = [...paths];
	const counts = new Map<string, number>();
	for (const p of all) {
		const k = baseName(p).toLowerCase();
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const out = new Map<string, string>();
	for (const p of all) {
		const base = baseName(p);
		out.set(p, (counts.get(base.toLowerCase()) ?? 0) > 1 ? withoutExtension(p) : base);
	}
	return out;
}

/** The quote's text as plain text: its lines, trimmed at the ends, blank runs kept as one blank line. */
export function plainQuoteText(quote: Pick<Quote, "text">): string {
	return quote.text
		.replace(/\r\n?/g, "\n")
		.split("\n")
		.map((l) => l.trimEnd())
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}

/**
 * A Markdown citation:
 * ```
 * > line one
 * > line two
 * >
 * > — Speaker, [[Brief]]
 * ```
 * `linkText` is the wikilink target (shortest form, no .md). Without a speaker: `> — [[Brief]]`.
 */
export function formatCitation(quote: Pick<Quote, "text" | "speaker">, linkText: string): string {
	const body = plainQuoteText(quote)
		.split("\n")
		.map((l) => (l ? `> ${l}` : ">"));
	const speaker = quote.speaker?.trim();
	const link = `[[${linkText.replace(/[[\]|]/g, "")}]]`;
	const attribution = speaker ? `> — ${speaker}, ${link}` : `> — ${link}`;
	return [...body, ">", attribution].join("\n");
}
