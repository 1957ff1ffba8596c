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
import { baseName } from "../text/path";
import { applySubjectSpeakers, nameLike, noteSubject } from "./quote-subject";
import { quotesOfAWork } from "./quote-book";
import { fmBookAuthor, framingAuthor, framingByLine, framingNames, nameTitle } from "./quote-framing";

/** What the quotes of a note depend on besides its lines and blocks: its text, title and front-matter. */
export interface QuoteNote {
	text: string;
	title: string;
	fm: Frontmatter | null;
	/** The note's path: its file name may frame a book ("Machiavelli - The Prince.md"). */
	path?: string;
}

/** The note's quotes, sorted by line, with their speakers. */
export function briefQuotes(
	note: QuoteNote,
	lines: ScanLine[],
	blocks: Block[],
	sectionOfLine: (n: number) => Section | undefined,
): RawQuote[] {
	const { text, fm } = note;
	const head = lines
		.filter((l) => !l.skip && l.text.trim())
		.slice(0, 15)
		.map((l) => l.text);
	const plainLines = lines.filter((l) => !l.skip).map((l) => l.text);
	const names = framingNames(plainLines);
	// The book's author: front-matter, an "Author:" line, else the title ("Meditations — Marcus Aurelius").
	const titles = [note.title, typeof fm?.title === "string" ? fm.title : "", note.path ? baseName(note.path) : ""];
	const bookAuthor =
		bookAuthorOf(fm, head, fmBookAuthor(fm, names, quotesOfAWork(titles.slice(0, 2), plainLines))) ??
		titles.map((t) => (t ? framingAuthor(t, names) : undefined)).find(Boolean);
	// A heading that frames a work ("### Herodotus - The Histories") names the speaker of its passages.
	const subject =
		noteSubject(note.title, fm, text) ??
		(bookAuthor ? undefined : titles.map((t) => (t ? nameTitle(t, names, true) : undefined)).find(Boolean));
	// (A heading naming the note's own author or subject is its title: the note-level rules below decide for it.)
	const framed = framingByLine(blocks, names, lines.length, [bookAuthor, subject]);
	// (Only a subject that reads as a person's name: not "Athenian Political Background".)
	const person = subject ? nameTitle(subject, names, true) : undefined;
	const found = [
		...itemQuotes(blocks),
		// In a book note or a note about a person, an unattributed blockquote is a passage of the book or the person.
		...blockQuotes(lines, sectionOfLine, (n) => framed(n) ?? bookAuthor ?? person),
		...admonitionQuotes(lines, sectionOfLine),
	];
	const prose = proseQuotes(blocks, {
		bookAuthor,
		taken: new Set(found.map((q) => q.line)),
		namedTwice: namedTwiceIn(lines.map((l) => l.text)),
	});
	const quotes = [...found, ...prose].sort((a, b) => a.line - b.line);
	applySubjectSpeakers(quotes, {
		subject,
		author: bookAuthor,
		blocks,
		lineText: (n) => lines[n]?.text ?? "",
		sectionAt: sectionOfLine,
	});
	for (const q of quotes) {
		// The work named as its source ("— *Meditations*" in "Meditations — Marcus Aurelius") is no speaker.
		if (q.speaker && bookAuthor && q.speaker !== subject && namesWork(q.speaker, titles, bookAuthor))
			q.speaker = undefined;
		// Nobody named at the quote (or only a scholar cited in brackets): the heading's book, else the note's.
		if (q.speaker && !q.implicit && !q.cited) continue;
		const who = framed(q.line) ?? (q.cited ? (subject ?? bookAuthor) : q.speaker ? undefined : bookAuthor);
		if (who) Object.assign(q, { speaker: who, implicit: true });
	}
	for (const q of quotes) if (q.speaker && !q.titled) q.speaker = cleanSpeakerName(q.speaker);
	return quotes;
}

/**
 * Is the speaker the book itself: a phrase of a title that names the author, the title without the author's name
 * ("— Meditations" in "Meditations — Marcus Aurelius")?
 */
function namesWork(speaker: string, titles: string[], author: string): boolean {
	const s = speaker.trim().toLowerCase();
	const a = author.toLowerCase();
	// (A person's name in the title is the book's subject: "The Last Lion: Winston Spencer Churchill".)
	if (s.length < 4 || nameLike(speaker) || a.includes(s) || s.includes(a)) return false;
	return titles.some((t) => {
		const lower = t.toLowerCase();
		if (!lower.includes(a)) return false;
		const work = lower.replace(a, " ").replace(/[^\p{L}\p{N}']+/gu, " ");
		return ` ${work} `.includes(` ${s.replace(/[^\p{L}\p{N}']+/gu, " ")} `);
	});
}
