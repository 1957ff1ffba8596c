/**
 * Quotations that stand alone (issue 17, recall on notes we have not tuned on):
 * - a paragraph or list item that is one quotation and nothing else (`- "We must guard against …"`, a quoted
 *   paragraph, an italic `*"…"*` one, a quotation whose closing mark the student forgot);
 * - note-style items that leave the subject out: `- Said that "…"`, `- warned that the board "…"`.
 * Their speaker comes from an attribution in the first child item (`- the opening of an article by Paul Gilbert`)
 * or from the line they hang under (`Andrew Hacker` / `- warned that …`; `Eisenhower spoke about …` / `- "…"`).
 * Not quotations: one quoted question (an enquiry question, a prompt), a quoted title (Title Case), fewer than six
 * words, dialogue (`"…" "…"`), examples (`- e.g. "…"`, items under "Examples:").
 */
import type { Block } from "./types";
import { stripInline } from "./strip";
import { cleanSpeakerName } from "./speaker-names";
import { nameLike } from "./quote-subject";
import { closersOf, OPEN_DOUBLE } from "../lang/quote-marks";

const MIN_WORDS = 6;
/** A citation after the closing mark: `(p. 21)`, `(1837)`, `(Jackson, 1832)`. */
const TRAILING_CITE = /\([^()]{1,40}\)$/;

function wordCount(s: string): number {
	return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Words a title leaves in lower case. */
const SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|by|with|from|as|into|upon|vs?\.?)$/;

/** Most words capitalised: a title ("The Rise and Fall of the Third Reich"), not a sentence. */
export function titleCase(s: string): boolean {
	const ws = s.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && !SMALL_WORDS.test(w));
	const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length;
	return /^\p{Lu}/u.test(s) && ws.length <= 14 && caps >= ws.length * 0.7;
}

/** How enquiry questions and prompts open ("Why did …", "To what extent …", "Was the war inevitable?"). */
const ASKS =
	/^(?:why|how|what|when|where|which|who|whose|whom|to what extent|how far|in what ways?|was|were|did|do|does|is|are|should|could|can|assess|evaluate|explain|discuss|compare|describe|analy[sz]e)\b/i;

/**
 * One sentence that asks like an enquiry question or a prompt ("Why did medieval towns grow?"); a quoted line
 * that asks otherwise ("Will all great Neptune's ocean wash this blood …?") is still a quotation.
 */
function oneQuestion(s: string): boolean {
	return /\?\s*$/.test(s) && ASKS.test(s) && !/[.!?]\s+\p{Lu}/u.test(s.trim().slice(0, -1));
}

/**
 * The quotation when the whole text of a block is one (its marks first and last; a trailing citation or full stop
 * allowed; an unclosed one kept when no closing mark follows at all), else undefined.
 */
export function standaloneQuote(text: string): string | undefined {
	const whole = text.trim();
	// The cheap test first: most blocks do not open with a quotation mark.
	if (!whole || !OPEN_DOUBLE.includes(whole[0])) return undefined;
	const t = whole
		.replace(TRAILING_CITE, "")
		.trimEnd()
		.replace(/[.,;]$/, "")
		.trim();
	const open = t[0];
	const closers = closersOf(open);
	let inner: string;
	const closes = [...t.slice(1)].filter((c) => closers.includes(c) || c === open).length;
	if (closes === 0) inner = t.slice(1);
	else if (closes === 1 && closers.includes(t[t.length - 1])) inner = t.slice(1, -1);
	else return undefined;
	inner = inner.replace(/\s*\n\s*/g, " ").trim();
	if (wordCount(inner) < MIN_WORDS || titleCase(inner) || oneQuestion(inner)) return undefined;
	return inner;
}

/** Speech verbs that open a note-style item with no subject: `Said that "…"`, `warned that … "…"`. */
const SUBJECTLESS =
	/^(?:said|says|wrote|writes|declared|warned|argued|stated|claimed|insisted|proclaimed|remarked|announced|replied|responded|asserted|explained|observed|recalled|told (?:\p{L}+ ){0,2}?that|famously said)\b/iu;

/** An item or paragraph whose speaker is left out: it opens with a speech verb, its quotation follows in the sentence. */
export function subjectlessSaid(text: string, quoteStart: number): boolean {
	const t = text.trim();
	if (!SUBJECTLESS.test(t)) return false;
	const before = text.slice(0, quoteStart);
	return !/[.!?]\s/.test(before) && wordCount(before) <= 20;
}

/** Items under "Examples:", "e.g.", "for instance": sample sentences, not quotations. */
const EXAMPLES =
	/\b(?:examples?|e\.g|for instance|such as|sample|exercise|practice|prompts?|questions?|asked|asks|phrases?|sentence starters?|templates?|thesis|hypothesis|claim|my answer|model answer|essay plan)\b/i;
/** Sections that list works, not quotations: "Reading list", "Sources", "Bibliography", "Further reading". */
const WORKS = /\b(?:reading|readings|bibliography|references|sources|works cited|books|further reading|literature)\b/i;

/** How far back a list item's parent is looked for: a bound, so a long flat list of quotations stays linear. */
const MAX_SIBLINGS = 200;

/** The line a list item hangs under: its parent item, or the paragraph right above the list. */
function parentOf(blocks: Block[], k: number): Block | undefined {
	const b = blocks[k];
	if (b.kind !== "item") return undefined;
	let top = b.lines[0];
	for (let i = k - 1; i >= Math.max(0, k - MAX_SIBLINGS); i--) {
		const p = blocks[i];
		if (p.section !== b.section) return undefined;
		if (p.kind === "item") {
			if (p.indent < b.indent) return p;
			top = p.lines[0];
			continue;
		}
		return p.kind === "para" && p.lines[p.lines.length - 1] >= top - 1 ? p : undefined;
	}
	return undefined;
}

const CAP_WORD = /^\p{Lu}[\p{L}.\u2019'-]*$/u;
const PARTICLE = /^(?:de|da|di|von|van|der|den|du|la|le|al|bin|ibn|y|of)$/;
/** Words no name is made of: abstract nouns and adjectives ("Prospective Considerations", "Cultural Revolution"). */
const NOT_NAME = /(?:tions?|sions?|isms?|ments?|ness|ity|ities|ship|hood|ives?|ary|ical)$/;

/** The last run of capitalised words that reads as a person's name; a possessive ends the run ("Davis Platt Bayard's partner"). */
function lastNameRun(t: string): string | undefined {
	let found: string | undefined;
	let run: string[] = [];
	const close = (): void => {
		while (run.length && PARTICLE.test(run[run.length - 1])) run.pop();
		if (run.length >= 2 && nameLike(run.join(" "))) found = run.join(" ");
		run = [];
	};
	for (const raw of t.split(/\s+/)) {
		const w = /^\p{Lu}\.$/u.test(raw) ? raw : raw.replace(/^[("[\u201c]+|[)\]",;:.!?\u201d]+$/g, "");
		// A possessive ends the run; so does an opening bracket or quote mark ("Ribao" (The Worker's Daily)).
		if (/^[("[\u201c]/.test(raw) || (/['\u2019]s?$/.test(w) && /^\p{Lu}/u.test(w))) close();
		if (/['\u2019]s?$/.test(w) && /^\p{Lu}/u.test(w)) continue;
		if ((CAP_WORD.test(w) && !NOT_NAME.test(w)) || (run.length && PARTICLE.test(w))) run.push(w);
		else close();
		// An initial or a title ("Ida B. Wells", "Dr. King") does not end the name; other punctuation does.
		if (/[)\]",;:.!?\u201d]$/.test(raw) && !/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Col|Capt|Rev|Sen|Gov)\.$/u.test(raw))
			close();
	}
	close();
	return found;
}

/** How names are read: a one-word name must be used twice in the note; `speakerOf` finds the subject of a speech verb. */
export interface LineNames {
	namedTwice: (word: string) => boolean;
	speakerOf: (line: string) => string;
	/** The speaker a lead-in line names ("Churchill:", "Churchill on Molotov:", "Pericles' oration:"). */
	leadIn?: (line: string) => string | undefined;
}

/**
 * A line that is only a name, as written under a quotation: "Franklin D. Roosevelt", "Martin Luther King Jr.",
 * "Napoleon". Undefined for anything else (a sentence, a label with a colon, more than five words).
 */
export function bareName(line: string): string | undefined {
	const t = stripInline(line).trim();
	if (!t || t.length > 60 || /[:;!?"\u201c\u201d()]/.test(t)) return undefined;
	const ws = t.replace(/\.$/, "").split(/\s+/);
	if (ws.length > 5 || !ws.every((w) => CAP_WORD.test(w) || PARTICLE.test(w))) return undefined;
	return cleanSpeakerName(t);
}

/** The person a line names: the whole line ("Andrew Hacker"), the subject of a speech verb, else the last full name. */
export function personOfLine(text: string, names: LineNames): string | undefined {
	const t = stripInline(text)
		.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, "")
		.replace(/[\s:.]+$/, "")
		.trim();
	// A line that is only a link names a page or an article, not a person.
	if (!t || t.length > 300 || /^\[[^\]]*\]\([^)]*\)\s*$/.test(text.trim())) return undefined;
	const lead = /:\s*$/.test(text) ? names.leadIn?.(`${t}:`) : undefined;
	if (lead) return lead;
	if (!/\s/.test(t)) return CAP_WORD.test(t) && names.namedTwice(t) ? cleanSpeakerName(t) : undefined;
	if (nameLike(t)) return cleanSpeakerName(t);
	// The subject of a speech verb ("Truman spoke to Congress …") is a name even when the note uses it once.
	const said = names.speakerOf(t);
	if (said) return said;
	return lastNameRun(t);
}

/** `- by Paul Gilbert`, `- the opening of an article by Paul Gilbert`, `- — Kennedy, 1963`: the first child names the speaker. */
function childSpeaker(blocks: Block[], k: number): string | undefined {
	const b = blocks[k];
	const c = blocks[k + 1];
	if (!c || c.kind !== "item" || (b.kind === "item" && c.indent <= b.indent)) return undefined;
	const t = stripInline(c.parts[0] ?? "").trim();
	const dash = /^(?:[\u2014\u2013\u2015~]|--)\s*(.+)$/.exec(t);
	if (dash) return cleanSpeakerName(dash[1]);
	const by = /\bby\s+(\p{Lu}[\p{L}.\u2019'-]*(?:\s+\p{Lu}[\p{L}.\u2019'-]*){0,3})\s*[.,;]?\s*$/u.exec(t);
	return by ? cleanSpeakerName(by[1]) : undefined;
}

/**
 * Is the block an example, a prompt or a work rather than a quotation: under an "Examples:" / "Teacher asked:" /
 * "My thesis:" line (its parent, or the paragraph just before a paragraph), or in a reading-list section?
 */
export function underExamples(blocks: Block[], k: number): boolean {
	const b = blocks[k];
	if (b.section && WORKS.test(b.section.title)) return true;
	const prev = blocks[k - 1];
	const p = b.kind === "para" ? (prev?.kind === "para" ? prev : undefined) : parentOf(blocks, k);
	return !!p && EXAMPLES.test(stripInline(p.parts.join(" ")));
}

/** The speaker of a standalone or subject-less quotation: its first child's attribution, else the line above it. */
export function contextSpeaker(blocks: Block[], k: number, names: LineNames, subjectless = false): string | undefined {
	const own = childSpeaker(blocks, k);
	if (own) return own;
	const p = parentOf(blocks, k);
	const fromParent = p ? personOfLine(p.parts.join(" "), names) : undefined;
	if (fromParent) return fromParent;
	// A quoted paragraph after "Lincoln wrote to Greeley:".
	const before = blocks[k - 1];
	const intro =
		before?.kind === "para" && blocks[k].kind === "para" ? stripInline(before.parts.join(" ")).trim() : "";
	if (intro.endsWith(":") && intro.length <= 300 && (names.speakerOf(intro) || names.leadIn?.(intro)))
		return names.speakerOf(intro) || names.leadIn?.(intro);
	// A list under a heading that is a person's name, used again in the note ("## Frederick Douglass" … "Douglass").
	const title = blocks[k].section?.kind === "heading" ? stripInline(blocks[k].section?.title ?? "").trim() : "";
	if (title && nameLike(title) && names.namedTwice(title.split(/\s+/).pop() ?? "")) return cleanSpeakerName(title);
	if (!subjectless) return undefined;
	// `- Urged to do so by his partner Walter Niggle` / `- Said that "…"`: the person the item before names.
	const prev = blocks[k - 1];
	const b = blocks[k];
	return prev?.kind === "item" && prev.indent === b.indent && prev.section === b.section
		? personOfLine(prev.parts.join(" "), names)
		: undefined;
}

/** Words for what a person said or wrote, after a possessive name: "Pericles' Funeral Oration", "Kant's own words". */
const SPOKEN =
	/^(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:speech|speeches|address|oration|letters?|words|arguments?|views?|sermons?|inaugural|declaration|diary|memoirs?|testimony|writings?|essays?|manifesto|reply|answer|response|message|proclamation|telegram|defen[cs]e|apology|lecture|remarks|statement|warning|quotes?|sayings)\b/iu;
const OWNER = /(\p{Lu}[\p{L}.-]+(?:[ \t]+\p{Lu}[\p{L}.-]+){0,2})(?:['\u2019]s|s['\u2019])(?=[ \t])/gu;

/** The one person a heading names in the possessive ("Lincoln's Second Inaugural" -> "Lincoln"), else undefined. */
export function ownerIn(title: string): string | undefined {
	const t = stripInline(title);
	const all = [...t.matchAll(OWNER)].filter((m) => SPOKEN.test(t.slice(m.index + m[0].length)));
	if (all.length !== 1) return undefined;
	const name = all[0][1] + (/s['\u2019]$/.test(all[0][0]) ? "s" : "");
	return cleanSpeakerName(name);
}

/**
 * `‘…’` as quotation marks: single curly quotes around six words or more become double ones (same length, so the
 * offsets hold). Apostrophes stay ("the people’s", "it’s"), a short term in single quotes stays (‘war’), and a text
 * that already uses double marks keeps its single ones (a quotation inside a quotation).
 */
export function singleAsDouble(text: string): string {
	if (!text.includes("\u2018") || /["\u201c\u201d]/.test(text)) return text;
	return text.replace(
		/(^|[\s([\u2014\u2013:-])\u2018([^\u2018\u2019]*(?:\u2019\p{L}[^\u2018\u2019]*)*)\u2019(?!\p{L})/gu,
		(all, pre: string, inner: string) => (wordCount(inner) >= MIN_WORDS ? `${pre}\u201c${inner}\u201d` : all),
	);
}

/** Words of student labels that head their own words or an example, not a quotation ("Key term:", "Example answer:"). */
const NOT_QUOTE_LABEL =
	/^(?:definitions?|meaning|e\.?g\.?|examples?|i\.?e\.?|q|a|questions?|answers?|prompts?|tasks?|translation|paraphrase|summary|terms?|keywords?|vocab(?:ulary)?|model|sample|my|our|points?|thesis|claims?|arguments?|ideas?|hypothesis|aims?|topic|context|notes?|response|reflection|analysis|explanation|interpretation|evaluation|title|heading|caption|motto|slogan)$/i;

/**
 * `1. Toughness: "Success is not final, …"`: a list item that is a short label (one to three words, a capital
 * first) and one whole quotation of a sentence or more after it; the label is the theme, not the speaker.
 */
export function labelledQuote(before: string, text: string, after: string): boolean {
	const label = /^\s*(\p{Lu}[\p{L}'\u2019-]*(?:\s+[\p{L}'\u2019-]+){0,2})\s*:\s*$/u.exec(before);
	if (!label || label[1].split(/\s+/).some((w) => NOT_QUOTE_LABEL.test(w))) return false;
	if (/[\p{L}\p{N}]/u.test(after.replace(TRAILING_CITE, ""))) return false;
	return wordCount(text) >= MIN_WORDS && !titleCase(text) && !oneQuestion(text);
}
