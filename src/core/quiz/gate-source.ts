/**
 * Gate rules about where a question comes from: a fact a student should learn (rubric c), not a heading, a link
 * title, a citation, a question, an exam prompt or a private musing; and its text free of leftover markup (d).
 */
import type { Brief } from "../model";
import { contentWords, normalize } from "./normalize";

/** Exam instructions and study prompts: "Explain ONE reason…", "Read pages 4-9", "Compare…". */
const EXAM_PROMPT =
	/^\s*(?:\d+[.)]\s*)?(explain|identify|describe|compare|contrast|evaluate|analy[sz]e|assess|discuss|read|review|summari[sz]e|list|outline|define|to what extent|how far|why did|how did|what was|what were|which)\b/i;
/**
 * Quiz answer lines and option letters from a test the student copied ("Correct Answer: (B) …", "c. The Treaty
 * of …"). "c. 1650 France replaced Spain …" is circa, not option c.
 */
const QUIZ_LINE = /^\s*(correct answer|answer key|answer|[(][a-e][)]|(?!c\.\s?\d)[a-e][.)]\s)/i;
/** Course material: chapters, sections, textbooks, podcasts ("Chapter 18: …, 1870-1900"). */
const RESOURCE =
	/\b(openstax|textbook|audiobook|podcast|youtube|video lecture|(chapter|section|unit|lesson|module|week)\s+\d+(\.\d+)?\s*:|pages?\s+\d+\s*[–—-]\s*\d+)/i;
/** A writing exercise ("Because, But, So: …"). */
const EXERCISE =
	/\bbecause,\s*but,\s*so\b|\{because|\b(be sure to|make sure to|remember to) (mention|explain|include|discuss)\b/i;
/** A citation or publication line. */
const CITATION =
	/\b(journal|et al\.?|ISBN|pp?\.\s*\d|vol\.\s*\d|edition|eds\.|university press|retrieved|accessed|doi)\b|\bhistorians?,|\b(article|book|paper|essay|chapter|study)\b[^.]*\bpublished\b|\b(notes|argues|writes|claims) that\b|\bmentioned in\b|\bnot a fact\b|\(\d{4}\)\s*[.,]/i;
/**
 * The attribution under a quotation ("—John F. Kennedy on Theodore Roosevelt, New York City, December 5, 1961") or
 * a publisher's imprint ("(New York: Little, Brown, and Company, 1983), 883").
 */
const ATTRIBUTION = /^\s*(?:[—―]|--\s)\s*\p{L}|\([\p{L}][\p{L} .]*:\s*[^():]*,\s*\d{4}\)/u;
/** Labels and openings of notes to self. */
const MUSING_LABEL = /^(open questions?|questions?|to ?do|todo|musings?|thoughts?|my notes?|reflection|query|idea)$/i;
const FIRST_PERSON = /^(i|i'm|i’m|i've|i’ve|my|we|our|maybe|perhaps|not sure|unclear)\b/i;
const MARKUP = /\*\*|__|\[\[|\]\]|==|`|%%|<\/?[a-z][^>]*>|(^|\s)#[\p{L}]|\]\(/u;

export type SourceProblem = "heading" | "link" | "citation" | "question" | "exam-prompt" | "musing" | "resource";

/** Why this source sentence must not become a question, or null when it may. */
export function sourceProblem(text: string, brief: Brief, line: number, label?: string): SourceProblem | null {
	const t = text.trim();
	// A leading tag ("(hist) Read section 1.7 …") does not change what the line is.
	const bare = t.replace(/^(\([^)]{1,12}\)\s*)+/, "");
	if (isHeadingLine(brief, line, t)) return "heading";
	if (/\?\s*["”’)]?\s*$/.test(t)) return "question";
	if (EXAM_PROMPT.test(bare) || QUIZ_LINE.test(bare) || EXERCISE.test(t)) return "exam-prompt";
	if (RESOURCE.test(t)) return "resource";
	if (CITATION.test(t) || ATTRIBUTION.test(t)) return "citation";
	if ((label && MUSING_LABEL.test(label.trim())) || FIRST_PERSON.test(t)) return "musing";
	if (isLinkTitle(brief, line, t)) return "link";
	return null;
}

/** The line is a heading of the brief (its title or a section heading), or the text is a section's title. */
export function isHeadingLine(brief: Brief, line: number, text: string): boolean {
	const n = normalize(text);
	return (
		brief.sections.some((s) => (s.kind === "heading" && s.startLine === line) || normalize(s.title) === n) ||
		normalize(brief.title) === n
	);
}

/** Most of the sentence's words are the title of a link on that line (a resource list entry). */
function isLinkTitle(brief: Brief, line: number, text: string): boolean {
	const words = contentWords(text).filter((w) => !/^\d+$/.test(w));
	if (words.length === 0) return false;
	for (const l of brief.links) {
		if (l.line !== line) continue;
		const title = new Set(contentWords(`${l.alias ?? ""} ${l.target.replace(/\.md$/, "")}`));
		const shared = words.filter((w) => title.has(w)).length;
		if (shared / words.length >= 0.6) return true;
	}
	return false;
}

/** True when visible text carries Markdown or HTML that should have been removed. */
export function hasMarkup(text: string): boolean {
	return MARKUP.test(text.replace(/_{3,}/g, " "));
}
