/**
 * Is a note a book's quotations (issue 17)? Then a front-matter `author:` is the book's author, the speaker of its
 * unattributed passages, not a blog post's by-line: the note's title is a work ("The Gathering Storm",
 * "*Young Stalin*") and most of its lines are quotations or blockquotes.
 */
import { stripInline } from "./strip";
import { workLike } from "./quote-framing";

/** A line that is a quotation: a blockquote, or a line or list item opening with a quote mark (after a short label). */
const QUOTE_LINE = /^\s*(?:>|(?:[-*+]|\d{1,3}[.)])?\s*(?:[^:"\u201c\u2018]{1,40}:\s*)?["\u201c\u2018\u00ab])/u;

/** Are at least half of the note's text lines (two or more) quotations? */
export function madeOfQuotations(lines: readonly string[]): boolean {
	let text = 0;
	let quoted = 0;
	for (const l of lines) {
		const t = stripInline(l).trim();
		if (!t || /^#{1,6}\s/.test(l.trim()) || /^(?:---|\|)/.test(t)) continue;
		text++;
		if (QUOTE_LINE.test(l) || QUOTE_LINE.test(t)) quoted++;
	}
	return quoted >= 2 && quoted * 2 >= text;
}

/** Is one of the note's titles (its H1 or front-matter `title`) a work's title, and the note made of quotations? */
export function quotesOfAWork(titles: readonly string[], lines: readonly string[]): boolean {
	return titles.some((t) => !!t && workLike(t.replace(/^#{1,6}\s+/, ""))) && madeOfQuotations(lines);
}
