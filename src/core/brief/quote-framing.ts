/**
 * Speakers named by a note's framing (issue 17): the person a title or heading names as the author of the work it
 * frames ("Selected passages from *The Prince* by Niccolò Machiavelli", "# Meditations — Marcus Aurelius",
 * "## Notes on *The Prince* (Machiavelli, 1532)", "### Herodotus - The Histories", "Seneca's letters"), or a
 * person alone ("# Aristotle", when the note uses the name as a person: "Aristotle argues …").
 * Not authors: "by" in ordinary prose ("by 1914", "by the army"), a topic heading ("## The Reformation"),
 * a place ("## Rome - The Republic").
 */
import type { Block } from "./types";
import { stripInline } from "./strip";
import { cleanSpeakerName } from "./speaker-names";
import { nameLike } from "./quote-subject";
import { ownerIn, titleCase } from "./quote-whole";

/** What the note says about a word: how often its body uses it, and whether it acts as a person there. */
export interface FramingNames {
	/** Is the capitalised word used in the note's body (outside headings)? */
	inBody: (word: string) => boolean;
	/** Is the word the subject of a verb of saying or thinking in the note ("Aristotle argues", "Seneca wrote")? */
	actsAsPerson: (word: string) => boolean;
	/** Does the body use this full name ("Marcus Aurelius")? */
	hasPhrase: (phrase: string) => boolean;
	/** Does the body write the word after "the" ("the Crusades"): a thing, not a person? */
	withArticle: (word: string) => boolean;
}

const PERSON_VERBS =
	"says|said|writes|wrote|argues|argued|believes|believed|thinks|thought|claims|claimed|holds|held|teaches|taught|describes|described|defines|defined|explains|explained|states|stated|notes|noted|suggests|suggested|insists|insisted|tells|told|asks|asked|observes|observed|concludes|concluded|maintains|maintained|compares|compared|distinguishes|distinguished|warns|warned|advises|advised|urges|urged|famously|himself|herself";

/** The body's words, counted once, and its person verbs: built on first use. */
export function framingNames(lines: readonly string[]): FramingNames {
	let words: Set<string> | null = null;
	let body = "";
	const acts = new Map<string, boolean>();
	const load = (): Set<string> => {
		if (words) return words;
		const kept = lines.filter((l) => !/^\s{0,3}#/.test(l));
		body = kept.join("\n");
		words = new Set(body.match(/\p{Lu}[\p{L}\u2019'-]+/gu) ?? []);
		return words;
	};
	return {
		inBody: (w) => load().has(w),
		hasPhrase: (p) => load().size > 0 && body.includes(p),
		withArticle: (w) =>
			load().has(w) && new RegExp(`\\b[Tt]he[ \\t]+${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(body),
		actsAsPerson: (w) => {
			// (A note about a person says "he" or "she" somewhere: "Spherepop describes …" is a framework.)
			if (!load().has(w) || !/\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b/.test(body)) return false;
			let a = acts.get(w);
			if (a === undefined) {
				const esc = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
				a = new RegExp(`(?:^|[^\\p{L}])${esc}[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:${PERSON_VERBS})\\b`, "u").test(
					body,
				);
				acts.set(w, a);
			}
			return a;
		},
	};
}

/** Words that head a section and are not names ("Week 3 - …", "Summary: …"). */
const HEADING_WORDS =
	/^(?:week|unit|chapter|lecture|lesson|module|class|notes?|summary|part|book|volume|introduction|overview|context|background|themes?|analysis|review|quotes?|quotations|reading|readings|essay|section|topic|key|main|ideas?|concepts?|terms?|causes?|effects?|consequences?|impact|legacy|significance|conclusion|sources?|bibliography|references|timeline|questions?|answers?|glossary|vocabulary|definitions?|examples?|evidence|arguments?|criticism|structure|style|plot|characters?|setting|language|today|history|politics|religion|society|economy|culture|war|peace|law|ethics|virtue|justice|power|freedom|liberty|death|love|time|nature|god|gods)$/i;
/** Places and periods: a heading about them names no speaker. */
const PLACES =
	/^(?:america|europe|asia|africa|britain|england|scotland|ireland|wales|france|germany|prussia|russia|china|japan|india|italy|spain|rome|athens|sparta|greece|egypt|persia|carthage|byzantium|constantinople|jerusalem|israel|babylon|mesopotamia|london|paris|berlin|vienna|moscow|washington|normandy|gaul|macedon|macedonia|troy|antiquity|medieval|modern|ancient|classical|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** Abstract nouns, plurals and adjectives, never a name ("Reformation", "Imperialism", "Ideologies"). */
const NOT_NAME = /(?:tions?|sions?|isms?|ments?|ness|ity|ities|ies|ship|hood|ives?|ary|ical|ics|ism)$/;
/** Words of section titles that make no name ("Early Tensions", "Rise and Fall"). */
const TITLE_WORDS =
	/^(?:early|late|later|rise|fall|origins?|development|decline|growth|end|beginning|new|old|first|second|third|great|cold|world|life|years|reign|rule|age|tensions?|competing|selected|famous|collected|complete)$/i;

/** One capitalised word that may be a person's name. */
export function nameWord(w: string): boolean {
	return /^\p{Lu}[\p{L}\u2019'-]+$/u.test(w) && !HEADING_WORDS.test(w) && !PLACES.test(w) && !NOT_NAME.test(w);
}

/** A segment that is a work's title: in italics or quote marks, opening with an article ("The Prince"), or a
 * title of two words or more in Title Case ("History of the Peloponnesian War"). */
export function workLike(raw: string): boolean {
	const t = raw.trim();
	const plain = stripInline(t);
	return (
		/^[*_"\u201c\u2018'[]/.test(t) ||
		/^(?:the|a|an|on|of)\s/i.test(plain) ||
		(/\s/.test(plain) && titleCase(plain) && !/\d/.test(plain))
	);
}

/** The person a segment of a title names: a full name, or one name word the body supports. */
function personIn(
	raw: string,
	names: FramingNames,
	workBeside: boolean,
	split = false,
	loose = false,
): string | undefined {
	if (/^\s*[*_"\u201c]/.test(raw)) return undefined;
	// (A year after the name is no part of it: "Simon Sebag Montefiore, 2007", "Plato (c. 375 BC)".)
	const seg = stripInline(raw)
		.replace(/,?\s*\(?(?:c\.\s*)?\d{3,4}(?:\s*(?:BCE?|CE|AD))?\)?\s*$/, "")
		.replace(/[.:,;]+$/, "")
		.trim();
	const ws = seg.split(/\s+/).filter(Boolean);
	const last = ws[ws.length - 1] ?? "";
	if (!last || !nameWord(last.replace(/['\u2019]s$/, ""))) return undefined;
	if (ws.length === 1) {
		// One word: beside a work, or used as a person in the body ("Aristotle argues"); a note's title only needs
		// the body to name it (never "the Crusades").
		const beside = workBeside || (loose && names.inBody(last));
		return (beside && !names.withArticle(last)) || names.actsAsPerson(last) ? cleanSpeakerName(last) : undefined;
	}
	const plainWords = ws.filter((w) => /^\p{Lu}/u.test(w));
	if (plainWords.some((w) => TITLE_WORDS.test(w) || !nameWord(w))) return undefined;
	// A full name: beside a work, or in a title the body names it in; a heading alone needs the whole name in the
	// body or the name acting as a person ("## Final Insight" is no one).
	const used = loose ? names.inBody(last) : names.hasPhrase(seg) || names.actsAsPerson(last);
	return nameLike(seg) && (split || used) ? cleanSpeakerName(seg) : undefined;
}

/** "… by Niccolò Machiavelli", "… by Marcus Aurelius (c. 170)": a capitalised name after "by", ending the title. */
const BY =
	/\bby\s+(\p{Lu}[\p{L}.'\u2019-]*(?:\s+(?:\p{Lu}[\p{L}.'\u2019-]*|de|da|di|von|van|der|la|le|of)){0,4})\s*(?:$|[(,:;|\u2014\u2013[]|\s-\s)/u;
/** "(Machiavelli, 1532)", "(Marcus Aurelius, c. 170 CE)": an author and a year in brackets after a work; after an
 * italic or quoted work, a full name alone ("*Young Stalin* (Simon Sebag Montefiore)"). */
const PAREN_AUTHOR =
	/\((\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}),?\s+(?:c\.\s*|ca\.\s*)?\d{1,4}(?:\s*(?:BCE?|CE|AD))?\)/u;
const PAREN_NAME =
	/^[*_"\u201c][^()]{2,80}[*_"\u201d]\s*\((\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3})\)\s*$/u;
/** What opens a heading before the work it frames: "Notes on", "Selected passages from", "Excerpts from". */
const FRAME_PREFIX =
	/^(?:(?:my\s+)?notes?\s+(?:on|from)|(?:selected\s+)?(?:passages|excerpts?|extracts?|selections?|quotes|quotations|readings?)\s+(?:from|of)|reading:?|summary\s+of)\s+/i;

/**
 * The person a title or heading names as the author of the work it frames, or as its subject when it is only a
 * name; undefined for a topic.
 */
export function framingAuthor(title: string, names: FramingNames): string | undefined {
	const raw = title.replace(/^#{1,6}\s+/, "").trim();
	const plain = stripInline(raw).trim();
	if (!plain || plain.length > 160) return undefined;
	const by = BY.exec(plain);
	if (by && !/^(?:the|a|an)\b/i.test(by[1])) {
		const name = cleanSpeakerName(by[1]);
		if (name && nameWord(name.split(/\s+/).pop() ?? "")) return name;
	}
	const paren = PAREN_AUTHOR.exec(plain);
	if (paren && (workLike(raw) || FRAME_PREFIX.test(plain) || /[*_"\u201c]/.test(raw.slice(0, raw.indexOf("("))))) {
		const name = cleanSpeakerName(paren[1]);
		if (name && nameWord(name.split(/\s+/).pop() ?? "")) return name;
	}
	const alone = PAREN_NAME.exec(raw);
	// (Not a translated title or an operation: "*Mein Kampf* (My Struggle)", "*Dunkirk* (Operation Dynamo)".)
	if (alone && !/^(?:my|our|his|her|their|your|operation|battle|treaty|war)\s/i.test(alone[1]))
		return personIn(alone[1], names, true, true);
	const owner = ownerIn(plain);
	if (owner) return owner;
	const body = raw.replace(FRAME_PREFIX, "");
	const parts = splitTitle(body);
	if (parts.length === 2) {
		const [a, b] = parts;
		// "Sapiens: A Brief History …": a title and its subtitle; a colon names an author only when the body
		// uses the name as a person ("Aristotle: Nicomachean Ethics", "Aristotle argues …").
		if (!/\s[-\u2013\u2014|]|,\s/.test(body)) return [a, b].map((p) => colonPerson(p, names)).find(Boolean);
		// A full name beside a work or a one-word title ("Meditations — Marcus Aurelius"), or one the body uses.
		const pa = personIn(a, names, workLike(b), workLike(b) || !/\s/.test(b.trim()));
		const pb = personIn(b, names, workLike(a), workLike(a) || !/\s/.test(a.trim()));
		if (pa && !pb) return pa;
		if (pb && !pa) return pb;
		return undefined;
	}
	return parts.length === 1 && FRAME_PREFIX.test(raw) ? personIn(body, names, false) : undefined;
}

/** One side of a "Name: Work" title: a name the body makes a person ("Aristotle argues"). */
function colonPerson(raw: string, names: FramingNames): string | undefined {
	const plain = stripInline(raw).trim();
	const last = plain.split(/\s+/).pop() ?? "";
	return names.actsAsPerson(last) ? personIn(raw, names, true, true) : undefined;
}

/** "Herodotus - The Histories", "Paper 2: Churchill", "Herodotus, *Histories*": a title's two sides. */
function splitTitle(title: string): string[] {
	return title.split(/\s+[-\u2013\u2014]+\s+|:\s+|\s*\|\s*|,\s+(?=[*_"\u201c])/);
}

/**
 * A person's name alone, used as one in the note: "Aristotle" (who argues in the body), "Marcus Aurelius"; as a
 * note's title (`loose`) also a side of it ("Paper 2: Churchill") whose name the body uses.
 */
export function nameTitle(title: string, names: FramingNames, loose = false): string | undefined {
	// "Aristotle study notes 2", "Seneca - revision notes", "Notes on Kant": the notes' words are no part of the name.
	const plain = stripInline(title.replace(/^#{1,6}\s+/, ""))
		.replace(FRAME_PREFIX, "")
		.replace(
			/(?:\s+[-\u2013\u2014:])?\s+(?:(?:study|revision|lecture|reading|class|book|my)\s+)?(?:notes?|summary)(?:\s+\d+)?$/i,
			"",
		)
		.trim();
	const whole = personIn(plain, names, false, false, loose);
	if (whole || !loose) return whole;
	const found = splitTitle(plain)
		.map((p) => personIn(p, names, false, false, true))
		.filter(Boolean);
	return found.length === 1 ? found[0] : undefined;
}

/**
 * For each line, the speaker named by the nearest heading above it that frames a work ("### Herodotus - The
 * Histories") or is a person's name ("## Seneca"); a heading that names nobody ends the frame of the headings of
 * its level and below. Headings naming the note's own author or subject (`noteLevel`) frame nothing here.
 */
export function framingByLine(
	blocks: Block[],
	names: FramingNames,
	lineCount: number,
	noteLevel: (string | undefined)[] = [],
): (line: number) => string | undefined {
	const stack: { level: number; who?: string }[] = [];
	const at: (string | undefined)[] = [];
	let next = 0;
	let current: string | undefined;
	for (const b of blocks) {
		if (b.kind !== "heading" || !b.level) continue;
		for (; next < b.lines[0] && next < lineCount; next++) at[next] = current;
		while (stack.length && stack[stack.length - 1].level >= b.level) stack.pop();
		const who = framingAuthor(b.parts[0] ?? "", names) ?? nameTitle(b.parts[0] ?? "", names);
		stack.push({ level: b.level, who: who && noteLevel.includes(who) ? undefined : who });
		current = [...stack].reverse().find((s) => s.who)?.who;
	}
	for (; next < lineCount; next++) at[next] = current;
	return (line) => at[line];
}

const INSIDE_VERB =
	"said|says|replied|replies|answered|answers|declared|declares|wrote|writes|asked|asks|cried|shouted|exclaimed|told \\p{L}+|added|retorted|responded|remarked";
const NAME_RUN = "(\\p{Lu}[\\p{L}.'\\u2019-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}.'\\u2019-]*|de|von|van|of)){0,3})";
/** `Churchill replied, "…"`, `"…," said Churchill`, `"…," Churchill replied`: a person named at a quoted part. */
const SAID_BEFORE = new RegExp(
	`${NAME_RUN}[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:${INSIDE_VERB})[ \\t]*[,:]?[ \\t]*["\\u201c]`,
	"u",
);
const SAID_AFTER = new RegExp(
	`["\\u201d][ \\t]*(?:(?:${INSIDE_VERB})[ \\t]+${NAME_RUN}|${NAME_RUN}[ \\t]+(?:${INSIDE_VERB})\\b)`,
	"u",
);
/** `… and he replied, "…"`: a pronoun speaking (lower case, inside a sentence). */
const PRONOUN_BEFORE = new RegExp(
	`\\b(he|she)[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:${INSIDE_VERB})[ \\t]*[,:]?[ \\t]*["\\u201c]`,
	"u",
);
const STARTER = /^(?:when|then|and|but|so|as|after|before|the|a|an|this|that|later|finally|here|there|thus|yet)$/i;

/**
 * The person a book excerpt names as speaking inside it ("> At the meeting Churchill replied, "…""), undefined
 * when it names nobody or only a pronoun ("he said": the excerpt stays the author's).
 */
export function namedInside(text: string): string | undefined {
	const m = SAID_BEFORE.exec(text) ?? SAID_AFTER.exec(text) ?? PRONOUN_BEFORE.exec(text);
	const raw = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
	if (!raw) return undefined;
	const ws = raw.split(/\s+/);
	while (ws.length && STARTER.test(ws[0])) ws.shift();
	const name = ws.length ? cleanSpeakerName(ws.join(" ")) : undefined;
	if (m && /^(?:he|she)$/i.test(ws.join(" "))) {
		// "Leonidas listened. He replied, "…"": the person the sentences before name, nearest first.
		const before = text.slice(0, m.index).split(/[.!?]\s+/);
		for (let i = before.length - 1; i >= 0; i--) {
			const p = sentencePerson(before[i]);
			if (p) return p;
		}
		return undefined;
	}
	return name && /^\p{Lu}/u.test(name) && !/^(?:I|He|She|They|We|It|You)$/.test(name) ? name : undefined;
}

/** A modern citation in brackets after the closing mark: a year of print or a page ("(McGing 2010, 45)", "(Eckstein, p. 12)"). */
const SCHOLAR_CITE =
	/^[ \t,.]*\([^()\n]*\p{Lu}[^()\n]*(?:\b(?:1[5-9]|20)\d\d[a-z]?\b|\bpp?\.\s*\d)[^()\n]*\)[ \t.]*$/mu;

/** Is the text after a quotation a scholar's citation (the source of the quotation, not its speaker)? */
export function scholarCite(after: string): boolean {
	return SCHOLAR_CITE.test(after.split("\n")[0]);
}

/** Front-matter that says the note is about a book: its keys ("isbn", "publisher") or its tags ("books", "reading"). */
const BOOK_KEYS =
	/^(?:isbn\d*|publisher|publish(?:ed|_date|date)?|pages|total-?pages|totalPage|cover|book-?title|series|genre|source|year)$/i;
const BOOK_TAGS = /\b(?:books?|reading|book-?notes?|literature|novel)\b/i;

/**
 * Is a front-matter `author` the author of the book the note quotes, not the note's own writer? Yes when the
 * front-matter marks a book (keys or tags), or when the note's body uses the author's surname ("Aurelius writes …");
 * a writer's by-line ("author: Hannah Ibbotson" on a post about Polybius) is named nowhere in the body.
 */
export function fmBookAuthor(
	fm: Record<string, unknown> | null,
	names: FramingNames,
	quotesOfAWork = false,
): (name: string) => boolean {
	const tags = fm ? [fm.tags, fm.type, fm.category, fm.categories].flat().filter((t) => typeof t === "string") : [];
	const marked =
		!!fm && (Object.keys(fm).some((k) => BOOK_KEYS.test(k)) || tags.some((t) => BOOK_TAGS.test(String(t))));
	return (name) => marked || quotesOfAWork || names.inBody(name.split(/\s+/).pop() ?? "");
}

/** The first person named in the last sentence of `before` ("Later Scipio said of it, and he declared," -> "Scipio"). */
export function sentencePerson(before: string): string | undefined {
	const sentence = before.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? "";
	for (const m of sentence.matchAll(/\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+){0,2}/gu)) {
		const ws = m[0].split(/\s+/).filter((w) => !STARTER.test(w) && !/^(?:He|She|It|They|We|I)$/.test(w));
		if (ws.length && ws.every((w) => nameWord(w.replace(/['\u2019]s$/, "")))) return cleanSpeakerName(ws.join(" "));
	}
	return undefined;
}
