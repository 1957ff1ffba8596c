/** cloze: a quote or fact sentence with its most informative span blanked. */
import type { Brief } from "../../model";
import { memoByObject } from "../../text";
import { contentWords, normalize, slug, STOPWORDS } from "../normalize";
import { BLANK, blankSpan } from "../prompt-text";
import type { Question } from "../types";
import type { KindContext } from "./common";
import { questionId, withSubject } from "./common";
import { gateCloze } from "../gate-cloze";

export interface ClozeSpan {
	start: number;
	end: number;
	text: string;
	score: number;
	kind: "year" | "proper" | "term";
}

const PROPER =
	/\p{Lu}[\p{L}\p{N}]*(?:['’-]\p{L}[\p{L}\p{N}]*)*(?:\s+(?:(?:of|the|de|von|van|al)\s+)?\p{Lu}[\p{L}\p{N}]*(?:['’-]\p{L}[\p{L}\p{N}]*)*)*/gu;
const YEAR = /(^|[^\p{L}\p{N}])(\d{3,4})(?![\p{L}\p{N}])/gu;
const OPENERS = new Set([
	...STOPWORDS,
	"then",
	"however",
	"thus",
	"later",
	"finally",
	"meanwhile",
	"today",
	"although",
	"though",
	"yet",
	"still",
	"despite",
	"according",
	"under",
	"since",
	"once",
	"soon",
	"instead",
	"indeed",
	"nevertheless",
	"much",
	"many",
	"most",
	"few",
	"several",
	"every",
	"each",
]);
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;

function atSentenceStart(text: string, index: number): boolean {
	const before = text.slice(0, index).replace(/["“‘'(\s]+$/, "");
	return before.length === 0 || /[.!?:;]$/.test(before);
}

/** Words that say what the brief is about: the title's words (blanking them is guessable). */
function titleWords(brief: Brief): Set<string> {
	return new Set(contentWords(brief.title));
}

/** Key terms of the brief: words of its fact labels and themes. */
function keyTerms(brief: Brief): Set<string> {
	const out = new Set<string>();
	for (const f of brief.facts) for (const w of contentWords(f.term)) if (w.length >= 5) out.add(w);
	for (const t of brief.themes) for (const w of contentWords(t)) if (w.length >= 9) out.add(w);
	return out;
}

/** The brief's quotes, facts and themes as one normalised, space-padded string (remembered per brief object). */
const corpusOf = memoByObject((brief: Brief): string => {
	const parts = [
		...brief.quotes.map((q) => q.text),
		...brief.facts.map((f) => `${f.term} ${f.definition}`),
		...brief.themes,
	];
	return ` ${normalize(parts.join(" "))} `;
});

/** Scored candidate blanks of one text, best first. */
export function clozeSpans(text: string, brief: Brief): ClozeSpan[] {
	const title = titleWords(brief);
	const terms = keyTerms(brief);
	const out: ClozeSpan[] = [];
	for (const m of text.matchAll(YEAR)) {
		const start = (m.index ?? 0) + m[1].length;
		const end = start + m[2].length;
		// Part of a bigger number ("400,000", "3.1415"): not a year.
		if (/^[.,]\d/.test(text.slice(end, end + 2)) || /\d[.,]$/.test(text.slice(Math.max(0, start - 2), start)))
			continue;
		out.push({ start, end: start + m[2].length, text: m[2], score: 3, kind: "year" });
	}
	for (const m of text.matchAll(PROPER)) {
		let span = m[0];
		let start = m.index ?? 0;
		span = span.replace(/['’]s$/, "");
		// An era word is not part of a name: "146 BC Roman troops" gives "Roman".
		const era = /^(?:BCE|BC|AD|CE)\s+/.exec(span);
		if (era) {
			span = span.slice(era[0].length);
			start += era[0].length;
		}
		if (/\b(BCE|BC|AD|CE)$/.test(span)) continue;
		// "Then Cassius", "The Senate": a capitalised opener is not part of the name.
		const opener = /^(\p{L}+)\s+/u.exec(span);
		if (opener && atSentenceStart(text, start) && OPENERS.has(opener[1].toLowerCase())) {
			span = span.slice(opener[0].length);
			start += opener[0].length;
		}
		// "Much of Europe" -> "of Europe": what is left after the opener must be a name.
		if (!/^\p{Lu}/u.test(span)) continue;
		const n = span.split(/\s+/).length;
		if (n === 1 && atSentenceStart(text, start)) continue;
		const cw = contentWords(span);
		if (cw.length === 0) continue;
		const inTitle = cw.filter((w) => title.has(w)).length / cw.length;
		if (inTitle >= 1) continue;
		const score = 2 + (n >= 2 && n <= 3 ? 0.5 : 0) - 2.5 * inTitle;
		out.push({ start, end: start + span.length, text: span, score, kind: "proper" });
	}
	for (const m of text.matchAll(WORD)) {
		const w = normalize(m[0]);
		if (!terms.has(w) || title.has(w)) continue;
		const start = m.index ?? 0;
		out.push({ start, end: start + m[0].length, text: m[0], score: 1, kind: "term" });
	}
	const corpus = corpusOf(brief);
	for (const s of out) {
		// Words the brief repeats everywhere are guessable: blank them last.
		const n = normalize(s.text);
		const occurrences = n.length > 0 ? corpus.split(` ${n} `).length - 1 : 0;
		if (occurrences > 4) s.score -= 1;
	}
	return out
		.filter((s) => normalize(s.text).replace(/ /g, "").length >= 3)
		.filter((s) => !normalize(blankSpan(text, s.start, s.end)).includes(normalize(s.text)))
		.sort((a, b) => b.score - a.score || a.start - b.start);
}

interface ClozeSource {
	itemId: string;
	text: string;
	label?: string;
	source: { path: string; line: number };
}

function sources(brief: Brief): ClozeSource[] {
	return [
		...brief.quotes.map((q) => ({ itemId: q.id, text: q.text, source: q.source })),
		...brief.facts.map((f) => ({ itemId: f.id, text: f.definition, label: f.term, source: f.source })),
	];
}

const HONORIFIC =
	/^((?:President|King|Queen|General|Emperor|Tsar|Czar|Pope|Sir|Lord|Lady|Marshal|Chief|Prince|Princess|Saint|St\.?|Dr\.?|Mr\.?|Mrs\.?)\s+)(?=\p{Lu})/u;
/** Names the note gives for the same thing (calendar and state names). */
const SYNONYMS: string[][] = [
	["Old Style", "Julian"],
	["New Style", "Gregorian"],
	["Soviet Union", "USSR"],
	["United States", "US", "USA"],
	["United Kingdom", "UK", "Britain"],
];

/** Other fills the note supports: a parenthesised alias right after the span, or a known synonym. */
export function clozeAccepted(text: string, span: ClozeSpan): string[] {
	const out: string[] = [];
	const alias = /^\s*\(([^()]{2,40})\)/.exec(text.slice(span.end));
	if (alias && !/\d/.test(alias[1])) out.push(alias[1].trim());
	for (const group of SYNONYMS)
		if (group.some((g) => g.toLowerCase() === span.text.toLowerCase()))
			out.push(...group.filter((g) => g.toLowerCase() !== span.text.toLowerCase()));
	return out;
}

const LONG = 160;

/** The sentence of `text` holding [start, end), when the text is long and has several; else the whole text. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
	if (text.length <= LONG) return { start: 0, end: text.length };
	const bounds = [0];
	// Not after an initial or a short abbreviation ("William C. Bullitt", "U.S.", "Dr. Smith").
	for (const m of text.matchAll(
		/(?<!\b(?:\p{Lu}|Dr|Mr|Mrs|St|Gen|Col|Capt|Lt|vs|c|ca))[.!?]["”’)]?\s+(?=["“‘(]?\p{Lu})/gu,
	))
		bounds.push((m.index ?? 0) + m[0].length);
	bounds.push(text.length);
	for (let i = 0; i + 1 < bounds.length; i++) {
		if (bounds[i] <= start && end <= bounds[i + 1])
			return {
				start: bounds[i],
				end: bounds[i + 1] - (text.slice(0, bounds[i + 1]).match(/\s*$/)?.[0].length ?? 0),
			};
	}
	return { start: 0, end: text.length };
}

/** A span without its honorific ("President Roosevelt" -> "Roosevelt"): the title stays in the sentence. */
function trimHonorific(span: ClozeSpan): ClozeSpan {
	const m = HONORIFIC.exec(span.text);
	if (!m) return span;
	return { ...span, start: span.start + m[1].length, text: span.text.slice(m[1].length) };
}

/**
 * One cloze per quote or fact: among the top three blanks the gate accepts, the seed picks one (so repeated
 * quizzes vary); a fact sentence without a subject gets its label in front.
 */
export function clozeQuestions(ctx: KindContext): Question[] {
	const out: Question[] = [];
	const env = { brief: ctx.brief, siblings: ctx.siblings, today: ctx.today };
	for (const src of sources(ctx.brief)) {
		if (src.text.includes(BLANK) || src.text.trim().length < 20) continue;
		const made: Question[] = [];
		for (const raw of clozeSpans(src.text, ctx.brief)) {
			if (made.length >= 3) break;
			const whole = trimHonorific(raw);
			// A long passage is cut to the sentence that holds the blank.
			const cut = sentenceAround(src.text, whole.start, whole.end);
			const span = { ...whole, start: whole.start - cut.start, end: whole.end - cut.start };
			const sentence = src.text.slice(cut.start, cut.end);
			const blanked = blankSpan(sentence, span.start, span.end);
			const prompt = withSubject(blanked, src.label, src.label ? sentence : undefined);
			if (!prompt || normalize(prompt.replace(BLANK, " ")).includes(normalize(span.text))) continue;
			const accepted = clozeAccepted(sentence, span);
			const q: Question = {
				id: questionId(ctx.brief, src.itemId, `cloze:${slug(span.text)}@0`),
				kind: "cloze",
				prompt,
				answer: span.text,
				...(accepted.length ? { accepted } : {}),
				context: sentence,
				where: "-",
				itemId: src.itemId,
				briefPath: ctx.brief.path,
				source: { ...src.source },
			};
			if (gateCloze(q, env).length === 0) made.push(q);
		}
		if (made.length === 0) continue;
		const pick = made[ctx.rng(`cloze:${src.itemId}`).int(0, made.length - 1)];
		delete pick.where;
		out.push(pick);
	}
	return out;
}
