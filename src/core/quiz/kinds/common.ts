/** What every question generator gets, and helpers shared by them. */
import type { Brief, HistEvent, YMD } from "../../model";
import type { Rng } from "../rng";
import { subRng } from "../rng";
import { contentWords } from "../normalize";
import { missingSubject } from "../gate-dates";
import { isRealTerm } from "../gate-terms";
import { usesTermWords } from "../gate-terms-rules";
import { quizMessages, type QuizMessages } from "../messages";
import { BC_ERA_AHEAD, BLANK, blankSpan, hasNumber, locate, yearDigits } from "../prompt-text";

export interface KindContext {
	brief: Brief;
	/** Other briefs of the same course (never the brief itself). */
	siblings: Brief[];
	today: YMD;
	seed: number;
	/** A generator for one purpose, derived from the seed. */
	rng(label: string): Rng;
	/** The quiz's words in the brief's language. */
	msg: QuizMessages;
}

export function makeContext(brief: Brief, siblings: Brief[], today: YMD, seed: number): KindContext {
	return {
		brief,
		siblings: siblings.filter((s) => s.path !== brief.path),
		today,
		seed,
		rng: (label) => subRng(seed, `${brief.id}\u0000${label}`),
		msg: quizMessages(brief.lang),
	};
}

/** The question id: brief id, item id and variant. */
export function questionId(brief: Brief, itemId: string, variant: string): string {
	return `${brief.id}#${itemId}/${variant}`;
}

const ASKABLE = new Set(["day", "month", "year", "season"]);
const REFERENCE_SECTION =
	/^\W*(references?|bibliography|works cited|sources?|further reading|reading list|citations?)\W*$/i;
/** A range written as one token next to the start year ("82–79", "1936-1938"). */
const ADJACENT_RANGE = /^\s*[–—-]\s*(\d{1,4})/;

export interface DatedStem {
	event: HistEvent;
	year: number;
	/** The event text with only its year digits blanked (a "Label:" prefix when the sentence has no subject). */
	prompt: string;
	/** Years that would also answer the stem (the rest of a range): never offered as distractors. */
	alsoRight: { from: number; to: number };
	/** Set when the blank hides a whole "A–B" range: the answer is the range, start and end. */
	range?: { from: number; to: number };
	/** The stem shows "BC" right after the blank: a typed bare number is read as BC. */
	eraShown: boolean;
}

/** True when the event sits in a references/source section, where years are publication dates. */
export function inReferences(event: HistEvent, brief: Brief): boolean {
	if (event.section && REFERENCE_SECTION.test(event.section)) return true;
	return brief.sections.some(
		(s) => s.role === "source" && s.startLine <= event.source.line && event.source.line <= s.endLine,
	);
}

/**
 * The sentence with the subject it needs. "Fought from …" gets the bullet's bold label ("First Punic War: Fought
 * from …"); so does any definition that never names its term ("Wallenstein: Imperial general …"), when the
 * label is a real term. Null when the sentence has no subject and no label can give one.
 */
export function withSubject(prompt: string, label: string | undefined, text?: string): string | null {
	const name = label?.replace(/[:.]\s*$/, "").trim() ?? "";
	const real = name.length > 0 && name.length <= 60 && isRealTerm(name, true);
	const needs = missingSubject(prompt);
	// "A rigorous account of the war …", "an actor who …": a definition that is a noun phrase never has its subject.
	const phrase = text !== undefined && /^(an?)\s/i.test(text.trim());
	if (real && (needs || phrase || (text !== undefined && !usesTermWords(text, name)))) return `${name}: ${prompt}`;
	return needs ? null : prompt;
}

/**
 * The event sentence with only its (start) year blanked: day, month, "from/between" and the era stay. A range
 * written "82–79 BC" is blanked whole and asked as a range. Null when the date cannot be asked fairly: not
 * precise, inferred, in the future, not found in the sentence, the year written twice, or no subject.
 */
export function datedStem(event: HistEvent, today: YMD, brief?: Brief): DatedStem | null {
	const { date, text } = event;
	const year = date.start.year;
	if (!ASKABLE.has(date.precision) || date.inferred || year > today.year || text.includes(BLANK)) return null;
	if (brief && inReferences(event, brief)) return null;
	const at = locate(text, date.text);
	if (at < 0) return labelStem(event);
	const digits = yearDigits(year);
	const inner = date.text.search(new RegExp(`(?<!\\d)${digits}(?!\\d)`));
	if (inner < 0) return null;
	const start = at + inner;
	let end = start + digits.length;
	let range: DatedStem["range"];
	const adj = ADJACENT_RANGE.exec(text.slice(end));
	// The partner may be written short: "1857-58".
	if (
		adj &&
		date.end.year !== year &&
		(yearDigits(date.end.year) === adj[1] || (adj[1].length === 2 && yearDigits(date.end.year).endsWith(adj[1])))
	) {
		end += adj[0].length;
		range = { from: year, to: date.end.year };
	}
	const blanked = blankSpan(text, start, end).replace(/\s+/g, " ").trim();
	const rest = blanked.replace(BLANK, " ");
	if (hasNumber(rest, digits) && !range) return null;
	const prompt = withSubject(blanked, event.label, text);
	if (!prompt) return null;
	if (contentWords(rest).filter((w) => !/^\d+$/.test(w)).length < 3) return null;
	const eraShown = BC_ERA_AHEAD.test(text.slice(end));
	const from = Math.min(year, date.end.year);
	const to = Math.max(year, date.end.year);
	return { event, year, prompt, alsoRight: { from, to }, ...(range ? { range } : {}), eraShown };
}

/** A label that is only a date: "1949", "1914–1918", "264 BC" (bold years of a timeline list). */
const DATE_LABEL = /^\d{1,4}(?:\s?(?:BCE|BC|CE|AD))?(?:\s?[–—-]\s?\d{1,4}(?:\s?(?:BCE|BC|CE|AD))?)?$/;

/**
 * "**1949** - The Prohibition of Mixed Marriages Act is passed": the date is the label, the sentence has none.
 * Asked as "____ – The Prohibition of Mixed Marriages Act is passed", the whole label blanked (options carry
 * their era). Null when the label is not just the event's date or the sentence is too thin to ask.
 */
function labelStem(event: HistEvent): DatedStem | null {
	const { date, text } = event;
	const label = (event.label ?? "").replace(/[\s:.–—-]+$/, "").trim();
	if (!DATE_LABEL.test(label) || label.replace(/\s/g, "") !== date.text.replace(/\s/g, "")) return null;
	if (text.includes(BLANK) || hasNumber(text, yearDigits(date.start.year))) return null;
	if (contentWords(text).filter((w) => !/^\d+$/.test(w)).length < 3 || missingSubject(text)) return null;
	const year = date.start.year;
	const from = Math.min(year, date.end.year);
	const to = Math.max(year, date.end.year);
	const range = date.end.year !== year ? { from: year, to: date.end.year } : undefined;
	return {
		event,
		year,
		prompt: `${BLANK} – ${text.trim()}`,
		alsoRight: { from, to },
		...(range ? { range } : {}),
		eraShown: false,
	};
}

/** Years of all dated events of these briefs (for in-domain distractors). */
export function eventYears(briefs: Brief[]): number[] {
	const out: number[] = [];
	for (const b of briefs) {
		for (const e of b.events) if (!e.date.inferred) out.push(e.date.start.year);
	}
	return out;
}

/** "Brief › Heading": the brief's title and the innermost section holding the line (the title alone when none). */
export function whereOf(brief: Brief, line: number): string {
	let best: { title: string; span: number } | null = null;
	for (const s of brief.sections) {
		if (s.startLine > line || s.endLine < line) continue;
		const span = s.endLine - s.startLine;
		if (!best || span <= best.span) best = { title: s.title, span };
	}
	const title = brief.title.trim() || brief.path;
	return best && best.title.trim() && best.title.trim() !== title ? `${title} › ${best.title.trim()}` : title;
}
