/**
 * Attributed quotations outside quote sections (issue 17): list items and paragraphs that quote someone
 * (`"…" - Holmes`, `George Washington: "…"`, `Bismarck declared, "…"`, `"…" (Brooke, 764)`), and quoted list
 * items of book notes, whose speaker is the book's author. Also: quote-section titles in any wording, and speakers
 * named by books, sections, admonitions and introducers (their names are cleaned in speaker-names.ts).
 * Scare quotes and quoted terms (fewer than four words) are not quotes.
 */
import type { Block, ScanLine } from "./types";
import type { Section } from "../model";
import type { RawQuote } from "./quotes";
import { stripInline } from "./strip";
import { cleanSpeakerName, PARTICLES, PRONOUNS } from "./speaker-names";
import { closersOf, OPEN_DOUBLE, SPEECH_VERBS_OTHER, THAT_OTHER } from "../lang/quote-marks";
import { scholarCite, sentencePerson } from "./quote-framing";
import {
	bareName,
	contextSpeaker,
	ownerIn,
	labelledQuote,
	standaloneQuote,
	singleAsDouble,
	subjectlessSaid,
	titleCase,
	underExamples,
	type LineNames,
} from "./quote-whole";
import { leadInSpeaker as leadIn } from "./quote-leadin";

/** Section titles that hold quotes whatever their wording: "Best Quotes", "Famous quotations", "Sayings", … */
const QUOTE_TITLE =
	/\b(?:quotes?|quotations?|sayings|in (?:their|his|her) own words|primary[- ]source (?:excerpts?|extracts?|quotes?))\b/i;

/** A book note's passages: "## Highlights", "Kindle highlights", "Selected passages", "Excerpts" (the whole title). */
const PASSAGES_TITLE =
	/^[^\p{L}]*(?:(?:my|key|selected|favou?rite|best|notable|memorable|kindle|book)\s+)*(?:highlights?|passages|excerpts|extracts)(?:\s+(?:&|and)\s+notes)?[^\p{L}]*$/iu;

export function isPassagesTitle(title: string): boolean {
	return title.length <= 80 && PASSAGES_TITLE.test(title);
}

export function isQuoteTitle(title: string): boolean {
	return title.length <= 80 && (QUOTE_TITLE.test(title) || PASSAGES_TITLE.test(title));
}

/** Double opening marks of every language (« », „ “, » «, ‹ ›), see core/lang/quote-marks. */
const OPEN = OPEN_DOUBLE;
const MIN_WORDS = 4;
const SAY_VERB = `(?:says|said|dictates|dictated|writes|wrote|declares|declared|argues|argued|states|stated|notes|noted|remarks|remarked|proclaims|proclaimed|replies|replied|answers|answered|announces|announced|adds|added|warned|warns|asked|asks|insisted|explained|responded|concluded|put it|puts it|observed|observes|recalled|recalls|${SPEECH_VERBS_OTHER})`;
const NAME =
	"((?:[A-Z][\\p{L}\\u2019'.-]*|of|de|von|van|the)(?:[ \\t]+(?:[A-Z][\\p{L}\\u2019'.-]*|of|de|von|van|the)){0,4})";
/** `Bismarck declared, "…"`, `As Paine wrote, "…"`, `Wilson said that "…"`. */
/** A citation year after a name: "Chandler (1966) argues", "Hobsbawm (1962, p. 3) wrote". */
const CITE_YEAR = "(?:[ \\t]*\\((?:c\\.[ \\t]*)?\\d{4}[a-z]?(?:,[ \\t]*pp?\\.[ \\t]*[\\d\\u2013-]+)?\\))?";
/** Between a name and its speech verb: "would later", "had once", "famously". */
const AUX = "(?:(?:would|will|had|has|have|did|could|might|later|once|also|then|\\p{L}+ly)[ \\t]+){0,3}";
/** Speech verbs after an auxiliary ("would later recall", "had written"). */
const BASE_VERB =
	"(?:say|write|written|declare|argue|state|note|remark|proclaim|reply|answer|add|warn|ask|insist|explain|respond|conclude|recall|observe|tell|put it)";
/** A base verb only after an auxiliary ("would later say", "had written"): "Example answer:" is a label, not speech. */
const AUX_BASE = `(?:(?:would|will|had|has|have|did|could|might|later|once|also|then|\\p{L}+ly)[ \\t]+){1,3}${BASE_VERB}`;
// (An aside between name and verb: "Churchill, speaking in 1940, said"; "told" and whom: "Churchill told MPs that".)
const SAID = new RegExp(
	`(?:^|[\\s(])(?:[Aa]s[ \\t]+)?${NAME}${CITE_YEAR}(?:,[^,"\\u201c\\n]{1,40},)?[ \\t]+(?:${AUX}${SAY_VERB}|${AUX_BASE}|${AUX}told(?:[ \\t]+(?:the|his|her))?[ \\t]+\\p{L}+)(?:[ \\t]+(?:that|${THAT_OTHER}))?[ \\t]*[,:]?[ \\t]*$`,
	"u",
);
/**
 * Reported speech that ends in a quoted phrase, in one sentence: "Lovelace had written a century earlier that the
 * Engine "…"", "Shaw would later say he was "…"". The verb is followed by "that" or a pronoun, then a short clause.
 */
const REPORTED = new RegExp(
	`(?:^|[\\s(])${NAME}[ \\t]+${AUX}(?:${SAY_VERB}|${BASE_VERB})\\b[^.!?\\n"\\u201c\\u201d\\u00ab\\u00bb]{0,40}?[ \\t]+(?:that|he|she|they|it|we|I)\\b[^.!?\\n"\\u201c\\u201d\\u00ab\\u00bb]{0,60}$`,
	"u",
);
/** The verb before the name, after the closing mark: `"…," said Churchill`, `« … » a déclaré Pétain`, `„…“, sagte Bismarck`. */
const INVERTED = new RegExp(`^[,.!?]?[ \\t]*(?:${SAY_VERB}|${SPEECH_VERBS_OTHER})[ \\t]+${NAME}`, "u");
/** "According to Chandler (1966), "…"", "In the words of Pericles: "…"". */
const ACCORDING = new RegExp(
	`(?:according[ \\t]+to|in[ \\t]+the[ \\t]+words[ \\t]+of|as[ \\t]+quoted[ \\t]+by)[ \\t]+${NAME}${CITE_YEAR}[,:]?[ \\t]*$`,
	"iu",
);
/** `in Churchill's words "…"`. */
const IN_WORDS = new RegExp(`[Ii]n[ \\t]+${NAME}(?:'s|\\u2019s)[ \\t]+(?:own[ \\t]+)?words[,:]?[ \\t]*$`, "u");
/** `George Washington: "…"`, `Grant (respectfully): "…"`. */
const NAME_COLON = new RegExp(`^${NAME}(?:[ \\t]*\\([^)]{0,60}\\))?[ \\t]*(?::|[-\\u2013\\u2014]{1,2})[ \\t]*$`, "u");
/** The name before its verb, after the closing mark: `"…," Roosevelt said.`, `"…" Lincoln later wrote`. */
const AFTER_SAID = new RegExp(`^[,.!?]?[ \\t]*${NAME}[ \\t]+(?:${AUX}${SAY_VERB}|${AUX_BASE})\\b`, "u");

function words(s: string): number {
	return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Two or three quoted words count when they make a sentence with a dash attribution after it: `"Come and take them." - Plutarch`. */
function shortAttributed(t: string, i: number, j: number): boolean {
	const inner = t.slice(i + 1, j).trim();
	return (
		words(inner) >= 2 &&
		/[.!?]$/.test(inner) &&
		/^[ \t]*(?:[\u2014\u2013\u2015~]|--?)[ \t]*\p{Lu}/u.test(t.slice(j + 1))
	);
}

/** The quoted span of a text: [open, close] indexes, only when it holds enough words to be a quotation. */
function quotedSpan(t: string): [number, number] | null {
	for (let i = 0; i < t.length; i++) {
		if (!OPEN.includes(t[i])) continue;
		// Mixed marks are common (`"…”`, `“…"`): either closing mark ends the quotation.
		let j = -1;
		for (const c of closersOf(t[i])) {
			const k = t.indexOf(c, i + 1);
			if (k >= 0 && (j < 0 || k < j)) j = k;
		}
		if (j < 0) return null;
		if (words(t.slice(i + 1, j)) >= MIN_WORDS || shortAttributed(t, i, j)) return [i, j];
		i = j;
	}
	return null;
}

/** A speaker named after the closing mark: ` - Holmes`, ` — Kennedy, 1963`, `(Brooke, 764)`, `(26, F.E. Smith)`. */
function speakerAfter(after: string): string | undefined {
	// On the same line, else on the next line (`"…"` then `— Duke of Wellington`).
	const [first, next = ""] = after.split("\n");
	const f = first.trim();
	// The name alone on the next line: `"…"` / `Martin Luther King Jr.`
	if (!f && bareName(next)) return bareName(next);
	// A dash left at the end of the line, the name on the next one: `"…" -` / `[Luciano Pavarotti]`.
	const a = /^(?:[-\u2014\u2013\u2015~]|--)$/.test(f)
		? `${f} ${next.trim()}`
		: f || (/^\s*(?:[-\u2014\u2013\u2015~]|--)/.test(next) ? next.trim() : "");
	const dash = /^(?:[-\u2014\u2013\u2015~]+|--)\s*([^\n]{1,240})$/.exec(a);
	// One word, then a list of lower-case terms, is a comment ("- Sibilance, irony, pathetic fallacy"), not a name.
	if (dash)
		return /^\p{Lu}\p{L}+,\s*\p{Ll}/u.test(dash[1])
			? undefined
			: cleanSpeakerName(dash[1].split(/\s+-\s+|\s+\(/)[0]);
	const named = AFTER_SAID.exec(a);
	if (named) {
		const name = cleanSpeakerName(named[1]);
		if (name && /^\p{Lu}/u.test(name) && !PRONOUNS.test(name)) return name;
	}
	const inverted = INVERTED.exec(a);
	if (inverted) {
		const name = cleanSpeakerName(inverted[1]);
		return name && /^\p{Lu}/u.test(name) && !PRONOUNS.test(name) ? name : undefined;
	}
	const paren = /^\(([^)]{1,80})\)/.exec(a);
	if (paren) {
		const parts = paren[1].split(/\s*,\s*/).map((p) => p.replace(/\s+\d[\d\s\u2013-]*$/, ""));
		// A name, not a page label nor an acronym ("(RAF, 147)" says what the quote is about).
		const name = parts.find(
			(p) =>
				/^\p{Lu}[\p{L}.'\u2019 -]+$/u.test(p) &&
				!/^(?:p|pp|page|location|loc)\b/i.test(p) &&
				!/^\p{Lu}{2,}$/u.test(p),
		);
		return name ? cleanSpeakerName(name) : undefined;
	}
	return undefined;
}

/** A speaker named before the opening mark: `Bismarck declared, "`, `George Washington: "`. */
function speakerBefore(before: string, elsewhere: (word: string) => boolean): string | undefined {
	const b = stripInline(before).replace(/^\s*(?:\d+[.)]\s*)?/, "");
	const said = SAID.exec(b) ?? IN_WORDS.exec(b) ?? ACCORDING.exec(b);
	if (said) return cleanSpeakerName(said[1]);
	const reported = REPORTED.exec(b);
	if (reported) {
		const name = reportedName(reported[1], elsewhere);
		if (name) return name;
	}
	// "Kennedy's inaugural address: "…"", "In Lincoln's own words, "…"".
	const owner = /[:,]\s*$/.test(b) ? ownerIn(b.split(/[.!?;]\s/).pop() ?? "") : undefined;
	if (owner) return owner;
	const lead = /:[ \t]*\n\s*$/.test(b) ? leadIn(b.trim()) : undefined;
	if (lead) return lead;
	const colon = NAME_COLON.exec(b.trim());
	if (!colon || /^(?:note|e\.g|example|quote|famous quote|source|slogan|motto|thesis|claim|answer)$/i.test(colon[1]))
		return undefined;
	// One word before the colon is a name only when the note names it elsewhere too ("Brevity: …" is a label).
	if (!/\s/.test(colon[1].trim()) && !elsewhere(colon[1].trim())) return undefined;
	return cleanSpeakerName(colon[1]);
}

/** The name in reported speech: sentence starters dropped, no pronoun, a one-word name named elsewhere too. */
function reportedName(raw: string, elsewhere: (word: string) => boolean): string | undefined {
	const words = raw.split(/\s+/);
	while (words.length && (STARTERS.test(words[0]) || PARTICLES.has(words[0]))) words.shift();
	const name = words.length ? cleanSpeakerName(words.join(" ")) : undefined;
	if (!name || PRONOUNS.test(name) || !/^\p{Lu}/u.test(name)) return undefined;
	return /\s/.test(name) || elsewhere(name) ? name : undefined;
}

/** A pronoun and a speech verb right before the quotation: "He wrote that", "she declared,". */
const PRONOUN_SAID = new RegExp(
	`(?:^|[.;!?]\\s+|,\\s*|\\s)(?:[Hh]e|[Ss]he)[ \\t]+(?:\\p{L}+ly[ \\t]+)?(?:${SAY_VERB})(?:[ \\t]+that)?[ \\t]*[,:]?[ \\t]*$`,
	"u",
);

/** A label saying the next words are a quotation: "Famous quote:", "Key line:", "His motto:". */
const QUOTE_LABEL =
	/^\s*(?:(?:famous|key|best|important|his|her|their|a|the|one|another)\s+)?(?:quote|quotation|line|words|saying|motto)s?\s*:\s*$/i;

export interface ProseContext {
	/** The note's author for book notes (front-matter author, "**Author:**", "# Title by Name"). */
	bookAuthor?: string;
	/** Lines that already hold a quote (from the quote-section and blockquote readers). */
	taken: Set<number>;
	/** Does the note name this word more than once (a name used again, not a one-off label)? */
	namedTwice?: (word: string) => boolean;
}

/** Attributed quotations in list items and paragraphs outside quote sections; standalone ones (quote-whole.ts). */
export function proseQuotes(blocks: Block[], ctx: ProseContext): RawQuote[] {
	const out: RawQuote[] = [];
	const names: LineNames = { namedTwice: ctx.namedTwice ?? (() => true), speakerOf: introducerSpeaker, leadIn };
	for (let k = 0; k < blocks.length; k++) {
		const b = blocks[k];
		if ((b.kind !== "item" && b.kind !== "para") || ctx.taken.has(b.lines[0])) continue;
		if (b.section?.role === "quotes" && b.kind === "item") continue;
		const q = proseQuote(blocks, k, ctx, names);
		if (q) out.push(q);
	}
	return out;
}

/** The quotation of one item or paragraph, or undefined. */
function proseQuote(blocks: Block[], k: number, ctx: ProseContext, names: LineNames): RawQuote | undefined {
	const b = blocks[k];
	const t = singleAsDouble(b.parts.map(stripInline).join("\n").trim());
	const span = quotedSpan(t);
	const alone = standaloneQuote(t);
	const section = b.section?.title ?? "";
	if (!span) {
		// An unclosed quotation that fills its block: `- "Destroy internal improvements and you leave …`.
		if (!alone || underExamples(blocks, k)) return undefined;
		return { text: alone, speaker: contextSpeaker(blocks, k, names), section, line: b.lines[0], standalone: true };
	}
	const [i, j] = span;
	const before = t.slice(0, i);
	const after = t.slice(j + 1);
	const text = t
		.slice(i + 1, j)
		.replace(/\s*\n\s*/g, " ")
		.trim();
	if (!text) return undefined;
	// A scholar cited in brackets ("(McGing 2010, 45)", "(Eckstein, p. 12)") is the source of the citation: the
	// sentence's own speaker ("Polybius wrote …") comes first, and the section's may replace it (cited).
	const cite = scholarCite(after);
	const said = speakerBefore(before, names.namedTwice) ?? (cite ? introducerSpeaker(before) || undefined : undefined);
	let speaker = cite ? (said ?? speakerAfter(after)) : (speakerAfter(after) ?? said);
	const cited = cite && !said && !!speaker;
	// `"…"` closing its paragraph, `— Duke of Wellington` on the very next line (its own block).
	const next = blocks[k + 1];
	if (!speaker && !after.trim() && next && next.lines[0] === b.lines[b.lines.length - 1] + 1) {
		if (next.kind === "para") speaker = speakerAfter(stripInline(next.parts[0] ?? ""));
		// `- Martin Luther King Jr.` as an item right under the quoted paragraph.
		else if (next.kind === "item" && b.kind === "para") speaker = bareName(next.parts[0] ?? "");
	}
	// `- "A People's History of the United States" (Zinn)`: a title and its author, not a quotation.
	if (speaker && titleCase(text) && !/[.!?]$/.test(text)) return undefined;
	if (speaker) return { text, speaker, section, line: b.lines[0], ...(cited ? { cited } : {}) };
	// Book notes: a list item that opens with the quotation quotes the book.
	const opensWithQuote = words(before.replace(/^[^:]{0,60}:\s*$/, "")) === 0;
	const line = b.lines[0];
	if (ctx.bookAuthor && opensWithQuote && b.kind === "item")
		return { text, speaker: ctx.bookAuthor, section, line, implicit: true };
	// A quotation alone in its block, or after a speech verb with no subject (`- Said that "…"`).
	const subjectless = !alone && subjectlessSaid(t, i);
	if ((alone && !underExamples(blocks, k)) || subjectless) {
		const q: RawQuote = { text, speaker: contextSpeaker(blocks, k, names, subjectless), section, line };
		if (alone) q.standalone = true;
		// Book notes: nobody named, the book's author by default.
		if (!q.speaker && ctx.bookAuthor) Object.assign(q, { speaker: ctx.bookAuthor, implicit: true });
		return q;
	}
	// `- Famous line: "…"`, `Key quote: "…"`: the student says it is a quotation; whose, the context says.
	if (QUOTE_LABEL.test(before)) return { text, speaker: contextSpeaker(blocks, k, names), section, line };
	// `1. Toughness: "…"`: a theme's label, then the quotation (whose, the context says).
	if (b.kind === "item" && labelledQuote(before, text, after) && !underExamples(blocks, k))
		return { text, speaker: contextSpeaker(blocks, k, names), section, line, standalone: true };
	// `He wrote that "…"`, `she declared, "…"`: the person named before the pronoun, else the note's subject.
	if (PRONOUN_SAID.test(before))
		return { text, speaker: sentencePerson(before) ?? ctx.bookAuthor, section, line, standalone: true };
	if (opensWithQuote && /^\s*\(\d[\d\s,\u2013-]*\)/.test(after))
		return { text, speaker: ctx.bookAuthor, section, line, implicit: true };
	return undefined;
}

/** "# *Alexander Hamilton* by Ron Chernow" -> "Ron Chernow"; front-matter author/authors; "**Author(s):** Name". */
export function bookAuthorOf(
	fm: Record<string, unknown> | null,
	firstLines: string[],
	isBookAuthor: (name: string) => boolean = () => true,
): string | undefined {
	const book = fm ? (fm["book-author"] ?? fm.bookAuthor ?? fm.book_author) : undefined;
	// `author:` may be the note's own writer (a blog post's by-line): only a book's author when `isBookAuthor` says so.
	const fmAuthor = book ?? (fm ? (fm.author ?? fm.authors ?? fm.Author) : undefined);
	const first: unknown = Array.isArray(fmAuthor) ? (fmAuthor as unknown[])[0] : fmAuthor;
	const name =
		typeof first === "string" && first.trim() ? cleanSpeakerName(first.replace(/^\[\[|\]\]$/g, "")) : undefined;
	if (name && (book !== undefined || isBookAuthor(name))) return name;
	for (const l of firstLines) {
		// "**Author:** Name", "**Authors**: Name", "Author: Name", "author:: Name" (never "Authoritarian …").
		const label =
			/^\s*(?:[-*]\s*)?(?:\*\*)?(?:book[- ])?authors?(?:\(s\))?(?:\*\*)?\s*::?\s*(?:\*\*)?\s*(.+)$/i.exec(l);
		const named = label ? cleanSpeakerName(label[1].replace(/\[\[|\]\]/g, "")) : undefined;
		// A lower-case "author: Name" in a metadata dump may be the note's writer, like a front-matter author.
		if (named && (!/^\s*author/.test(l) || isBookAuthor(named))) return named;
		const by = /^#\s+.*\bby\s+([A-Z][\p{L}.'\u2019-]*(?:\s+[A-Z][\p{L}.'\u2019-]*){0,3})\s*$/u.exec(stripInline(l));
		if (by) return cleanSpeakerName(by[1]);
	}
	return undefined;
}

/** A heading inside a quotes section that names a person ("#### Inspector", "### Sherlock - arrogant"): the speaker. */
export function speakerFromSection(title: string | undefined): string | undefined {
	if (!title || isQuoteTitle(title) || /^(?:on|about|from|in|the|themes?|context)\b/i.test(title)) return undefined;
	const name = cleanSpeakerName(title);
	return name && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 4 ? name : undefined;
}

/** `!!! quote "Mao Zedong, 1956:"` / `???+ quote "Title"` (MkDocs admonitions) with an indented body. */
const ADMONITION = /^(?:!!!|\?\?\?\+?)[ \t]+(quote|cite)\b[^"\n]*(?:"(.*)")?[ \t]*$/i;

/** The speaker or source named by an admonition title: "*Mao: a Biography* - Ross Terill (…), 1995:" -> "Ross Terill". */
function admonitionSpeaker(title: string): string | undefined {
	const t = title.replace(/^"+|"+$/g, "").trim();
	const work = /^[*_][^*_]+[*_]\s*[-\u2014\u2013]\s*(.+)$/.exec(t);
	return cleanSpeakerName(work ? work[1] : t.replace(/:$/, "")) ?? (t ? t.replace(/:$/, "") : undefined);
}

export function admonitionQuotes(lines: ScanLine[], sectionOfLine: (n: number) => Section | undefined): RawQuote[] {
	const out: RawQuote[] = [];
	for (let n = 0; n < lines.length; n++) {
		if (lines[n].skip) continue;
		const m = ADMONITION.exec(lines[n].text.trim());
		if (!m || /^\s/.test(lines[n].text)) continue;
		const body: string[] = [];
		let k = n + 1;
		for (; k < lines.length; k++) {
			const raw = lines[k].skip ? "" : lines[k].text;
			if (raw.trim() && !/^(?: {4}|\t)/.test(raw)) break;
			body.push(stripInline(raw.trim()));
		}
		const text = body.join("\n").trim();
		const speaker = m[2] ? admonitionSpeaker(m[2]) : undefined;
		if (words(text) >= MIN_WORDS)
			out.push({
				text,
				speaker,
				titled: !!speaker && !cleanSpeakerName(speaker),
				section: sectionOfLine(n)?.title ?? "",
				line: n + 1,
			});
		n = k - 1;
	}
	return out;
}

/** A counter of capitalised words in the note: a one-word speaker must be named at least twice. */
export function namedTwiceIn(lines: readonly string[]): (word: string) => boolean {
	let counts: Map<string, number> | null = null;
	return (word) => {
		if (!counts) {
			counts = new Map();
			for (const l of lines)
				for (const m of l.matchAll(/\p{Lu}[\p{L}\u2019'-]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
		}
		return (counts.get(word) ?? 0) >= 2;
	};
}

/** Words that start sentences, not names ("However, was not…", "In response, King wrote…"). */
const STARTERS =
	/^(?:however|but|and|or|so|yet|also|then|thus|in|on|at|as|when|after|before|while|during|the|a|an|this|that|these|those|his|her|their|its|later|finally|instead|indeed|here|there)$/i;
const INTRO_VERB = `(?:went as far as to say|spoke|wrote|writes|said|says|stated|states|stating|declared|declares|argued|argues|noted|notes|remarked|remarks|proclaimed|replied|answered|dictates|dictated|asked|warned|explained|told|tells|put it|puts it|recalled|insisted|added|concluded|responded|${SPEECH_VERBS_OTHER})`;
const INTRO = new RegExp(`${NAME}[ \\t]+(?:\\p{L}+ly[ \\t]+)?${INTRO_VERB}\\b`, "gu");

/**
 * The speaker named by a line that introduces a quotation (it ends with ":"): the last name before a speech
 * verb. "In response, King wrote an eloquent letter …, stating:" -> "King"; "- Malcolm X went as far as to
 * say:" -> "Malcolm X"; "Creon says his first concern is the state. … with him:" -> "Creon". "" when none.
 */
export function introducerSpeaker(text: string): string {
	const t = stripInline(text.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, ""));
	let found = "";
	for (const m of t.matchAll(INTRO)) {
		const words = m[1].split(/\s+/);
		while (words.length && (STARTERS.test(words[0]) || PARTICLES.has(words[0]))) words.shift();
		const name = words.length ? cleanSpeakerName(words.join(" ")) : undefined;
		if (name && !PRONOUNS.test(name)) found = name;
	}
	return found;
}
