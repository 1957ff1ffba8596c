/**
 * The note's subject as the speaker (issue 17): in a note about a person ("# Lyman Beecher", "# *The Last Lion:
 * Winston Spencer Churchill: …* by William Manchester", front-matter `subject:`), a quotation that names no
 * speaker is the subject's when it is in a plain quotes section ("## Quotes", a list made only of quotations)
 * or speaks in the first or second person ("I confess myself …", "You might as well …"); one that speaks of the
 * subject in the third person ("He hated …", "Reading, for Churchill, …") is the author's (a book note's
 * author, else nobody). Sections about the subject ("## Quotes about Churchill") are never the subject's.
 */
import type { RawQuote } from "./quotes";
import type { Block } from "./types";
import { stripInline } from "./strip";

/** Words that start a title segment that is not a person's name ("The Last Lion", "On Tyranny"). */
const NOT_FIRST =
	/^(?:the|a|an|on|in|of|to|for|notes?|chapter|unit|lecture|week|part|book|history|age|war|wars|battle|quotes?|summary|timeline|reading|review|introduction)$/i;
/** Last words that make a place, a period or a topic, not a person ("Jacksonian America", "Ancient Rome"). */
const NOT_LAST =
	/^(?:america|europe|asia|africa|britain|england|france|germany|russia|china|japan|india|rome|greece|egypt|empire|republic|revolution|war|wars|age|era|period|dynasty|kingdom|renaissance|reformation|history|notes|summary|quotes|timeline|society|treaty|act|acts|movement|party|church|crisis|state|states|union|world|order|system|policy|deal|plan)$/i;
const PARTICLE = /^(?:de|da|di|von|van|der|den|du|la|le|al|bin|ibn|y)$/;

/** "Winston Spencer Churchill": 2–4 capitalised words (name particles allowed), not a title like "The Last Lion". */
export function nameLike(segment: string): boolean {
	const ws = segment.split(/\s+/).filter(Boolean);
	if (ws.length < 2 || ws.length > 4 || NOT_FIRST.test(ws[0]) || NOT_LAST.test(ws[ws.length - 1])) return false;
	return ws.every((w) => PARTICLE.test(w) || /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(w));
}

function countWord(text: string, word: string): number {
	let n = 0;
	let i = text.indexOf(word);
	while (i >= 0 && n < 3) {
		const before = i > 0 ? text[i - 1] : " ";
		const after = text[i + word.length] ?? " ";
		if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
		i = text.indexOf(word, i + word.length);
	}
	return n;
}

/**
 * The person a note is about: front-matter `subject`/`person`, else a name-like part of the title whose surname
 * the note uses at least three times (a book title "The Last Lion: Winston Spencer Churchill: Visions of Glory").
 */
export function noteSubject(title: string, fm: Record<string, unknown> | null, body: string): string | undefined {
	const given = fm ? (fm.subject ?? fm.person) : undefined;
	if (typeof given === "string" && given.trim()) return given.replace(/^\[\[|\]\]$/g, "").trim();
	const plain = stripInline(title).replace(/\s+by\s+[^:]*$/i, "");
	for (const part of plain.split(/:|\s[-\u2013\u2014]\s|,|\(|\)|;/)) {
		const seg = part.replace(/[*_"\u201c\u201d]/g, "").trim();
		if (!nameLike(seg)) continue;
		// The note keeps naming them: by surname ("Churchill") or by first name ("Napoleon").
		if (seg.split(/\s+/).some((w) => !PARTICLE.test(w) && w.length > 2 && countWord(body, w) >= 3)) return seg;
	}
	return undefined;
}

/** Speech: the speaker's own "I"/"we" or a "you" addressed ("us" in lower case: "the US" is no pronoun). */
const FIRST_PERSON =
	/\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves|[Yy]ou|[Yy]ours?|[Yy]ourself|[Tt]hou|[Tt]hee|[Tt]hy|[Tt]hine)\b/;
const THIRD_PERSON = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/;
/** `- on Stanley Baldwin: "…"`: whom the quotation is about, so it is the subject speaking. */
const ON_PREFIX = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?on\s+\p{Lu}[^:"\u201c]{0,60}:/u;
/** "Quotes about Churchill", "Sayings on Caesar", "What others said": quotations by other people. */
const ABOUT = /\b(?:about|on|by others|others said|said of|describing)\b/i;

function isQuotation(text: string): boolean {
	const t = stripInline(text)
		.replace(/^[^:"\u201c]{0,40}:\s*/, "")
		.trim();
	return /^["\u201c]/.test(t);
}

/** Sections whose list items are all quotations ("## Insults", "## Humorous"): lists of quotes by another title. */
function quoteListSections(blocks: Block[]): Set<string> {
	const all = new Map<string, boolean>();
	for (const b of blocks) {
		// Themes and facts sections are the student's own commentary, whatever they quote.
		if (b.kind !== "item" || !b.section || b.indent > 0 || b.section.role !== "other") continue;
		const key = `${b.section.startLine}`;
		all.set(key, (all.get(key) ?? true) && isQuotation(b.parts[0] ?? ""));
	}
	return new Set([...all].filter(([, v]) => v).map(([k]) => k));
}

export interface SubjectContext {
	subject?: string;
	author?: string;
	blocks: Block[];
	lineText: (line: number) => string;
	/** The section (start line and title) a quote's line is in. */
	sectionAt: (line: number) => { startLine: number; title: string; role: string } | undefined;
}

/** Gives quotes that name no speaker (or only the book's author by default) the note's subject where it speaks. */
export function applySubjectSpeakers(quotes: RawQuote[], ctx: SubjectContext): void {
	const lists = quoteListSections(ctx.blocks);
	const surname = ctx.subject?.split(/\s+/).pop();
	for (const q of quotes) {
		if (q.speaker && !q.implicit) continue;
		const sec = ctx.sectionAt(q.line);
		const about = !!sec && sec.role === "quotes" && ABOUT.test(sec.title.replace(/\b(?:famous|best|key)\b/gi, ""));
		if (about) {
			if (!q.speaker && ctx.author) {
				q.speaker = ctx.author;
				q.implicit = true;
			}
			continue;
		}
		if (!ctx.subject || !surname) continue;
		const quoteList = !!q.standalone || (!!sec && (sec.role === "quotes" || lists.has(`${sec.startLine}`)));
		// In a list of quotes "he"/"she" is whoever the quote is about ("Truth … she should …"); the subject's name is not.
		const thirdPerson = countWord(q.text, surname) > 0 || (!quoteList && THIRD_PERSON.test(q.text));
		let speaker: string | undefined;
		if (ON_PREFIX.test(ctx.lineText(q.line))) speaker = ctx.subject;
		else if (thirdPerson) speaker = q.speaker;
		else if (quoteList || FIRST_PERSON.test(q.text)) speaker = ctx.subject;
		else speaker = q.speaker;
		if (speaker && speaker !== q.speaker) {
			q.speaker = speaker;
			q.implicit = true;
		}
	}
}
