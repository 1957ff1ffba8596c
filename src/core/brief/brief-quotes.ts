/**
 * The brief's quotes before ids, in note order: items of quotes sections (quotes.ts), blockquotes and callouts
 * (block-quotes.ts), admonitions and prose quotes (quote-forms.ts), quotations that stand alone or hang under the
 * line naming their speaker (quote-whole.ts); speakers from the note's subject or book author
 * (quote-subject.ts), names cleaned (speaker-names.ts).
 */
import type { Frontmatter, Section } from "../model";
import type { Block, ScanLine } from "./types";
import { itemQuotes, type RawQuote } from "./quotes";
import { blockQuotes } from "./block-quotes";
import { admonitionQuotes, bookAuthorOf, namedTwiceIn, proseQuotes } from "./quote-forms";
import { cleanSpeakerName } from "./speaker-names";
import { applySubjectSpeakers, noteSubject } from "./quote-subject";

/** What the quotes of a note depend on besides its lines and blocks: its text, title and front-matter. */
export interface QuoteNote {
	text: string;
	title: string;
	fm: Frontmatter | null;
}

/** The note's quotes, sorted by line, with their speakers. */
export function briefQuotes(
	note: QuoteNote,
	lines: ScanLine[],
	blocks: Block[],
	sectionOfLine: (n: number) => Section | undefined,
): RawQuote[] {
	const { text, fm } = note;
	const found = [
		...itemQuotes(blocks),
		...blockQuotes(lines, sectionOfLine),
		...admonitionQuotes(lines, sectionOfLine),
	];
	const head = lines
		.filter((l) => !l.skip && l.text.trim())
		.slice(0, 8)
		.map((l) => l.text);
	const bookAuthor = bookAuthorOf(fm, head);
	const prose = proseQuotes(blocks, {
		bookAuthor,
		taken: new Set(found.map((q) => q.line)),
		namedTwice: namedTwiceIn(lines.map((l) => l.text)),
	});
	const quotes = [...found, ...prose].sort((a, b) => a.line - b.line);
	applySubjectSpeakers(quotes, {
		subject: noteSubject(note.title, fm, text),
		author: bookAuthor,
		blocks,
		lineText: (n) => lines[n]?.text ?? "",
		sectionAt: sectionOfLine,
	});
	for (const q of quotes) if (q.speaker && !q.titled) q.speaker = cleanSpeakerName(q.speaker);
	return quotes;
}
