/** term-choice (both directions), true-false and match: built from the brief's `**Term:** definition` facts. */
import type { Fact } from "../../model";
import { pickDistinct, shuffleOptions } from "../distractors";
import { contentJaccard, contentWords, normalize, normalizeAnswer } from "../normalize";
import { cleanTerm, maskTermWords, termWords, truncate } from "../text";
import type { Question } from "../types";
import type { KindContext } from "./common";
import { questionId } from "./common";

const DEF_MAX = 140;
const MATCH_DEF_MAX = 90;

export interface TermCard {
	fact: Fact;
	term: string;
	/** The definition with the term's own words masked. */
	masked: string;
	/** `masked` cut for options. */
	short: string;
}

/** Masking is the costly part; facts are plain objects that do not change once read, so cache per fact. */
const CARD_CACHE = new WeakMap<Fact, TermCard | null>();

function cardOf(fact: Fact): TermCard | null {
	let c = CARD_CACHE.get(fact);
	if (c === undefined) {
		const term = cleanTerm(fact.term);
		const masked = termWords(term).length === 0 ? "" : maskTermWords(fact.definition.trim(), term);
		// What is left after masking must still say something.
		c = contentWords(masked).length >= 2 ? { fact, term, masked, short: truncate(masked, DEF_MAX) } : null;
		CARD_CACHE.set(fact, c);
	}
	return c;
}

function cards(facts: Fact[]): TermCard[] {
	const seen = new Set<string>();
	const out: TermCard[] = [];
	for (const fact of facts) {
		const c = cardOf(fact);
		if (!c) continue;
		const key = normalizeAnswer(c.term);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(c);
	}
	return out;
}

function own(ctx: KindContext): TermCard[] {
	return cards(ctx.brief.facts);
}

/** This brief's cards first, then siblings' (for distractors). */
function pool(ctx: KindContext): TermCard[] {
	return cards([...ctx.brief.facts, ...ctx.siblings.flatMap((s) => s.facts)]);
}

function base(ctx: KindContext, c: TermCard) {
	return { itemId: c.fact.id, briefPath: ctx.brief.path, source: { ...c.fact.source }, context: `${c.term}: ${c.fact.definition}` };
}

export function termChoiceQuestions(ctx: KindContext): Question[] {
	const all = pool(ctx);
	const out: Question[] = [];
	for (const c of own(ctx)) {
		const others = all.filter((o) => o.fact.id !== c.fact.id || o.fact.briefPath !== c.fact.briefPath);
		const rng = ctx.rng(`term:${c.fact.id}`);
		const terms = pickDistinct(c.term, others.map((o) => o.term), 3, rng);
		// A definition that still names its term (words too short to mask) would answer itself.
		if (terms.length >= 2 && !normalize(c.masked).includes(normalize(c.term))) {
			out.push({
				id: questionId(ctx.brief, c.fact.id, "d2t"),
				kind: "term-choice",
				prompt: `Which term fits? ${truncate(c.masked, DEF_MAX * 2)}`,
				options: shuffleOptions(c.term, terms, rng),
				answer: c.term,
				...base(ctx, c),
			});
		}
		const answer = c.short;
		const defs = pickDistinct(answer, others.map((o) => o.short), 3, rng);
		if (defs.length >= 2) {
			out.push({
				id: questionId(ctx.brief, c.fact.id, "t2d"),
				kind: "term-choice",
				prompt: `What is "${c.term}"?`,
				options: shuffleOptions(answer, defs, rng),
				answer,
				...base(ctx, c),
			});
		}
	}
	return out;
}

/** Pairs a term with its own definition (true) or another one (false); a swap too similar to the truth is refused. */
export function trueFalseQuestions(ctx: KindContext): Question[] {
	const all = pool(ctx);
	const out: Question[] = [];
	for (const c of own(ctx)) {
		const rng = ctx.rng(`tf:${c.fact.id}`);
		const wantTrue = rng.next() < 0.5;
		let shown = c.fact.definition;
		if (!wantTrue) {
			const swap = rng
				.shuffle(all.filter((o) => o.fact.id !== c.fact.id))
				.find(
					(o) =>
						normalizeAnswer(o.fact.definition) !== normalizeAnswer(c.fact.definition) &&
						contentJaccard(o.fact.definition, c.fact.definition) < 0.5,
				);
			if (!swap) continue;
			shown = swap.fact.definition;
		}
		out.push({
			id: questionId(ctx.brief, c.fact.id, "true-false"),
			kind: "true-false",
			prompt: `True or false? ${c.term}: ${truncate(maskTermWords(shown, c.term), DEF_MAX * 2)}`,
			options: ["True", "False"],
			answer: wantTrue ? "True" : "False",
			...base(ctx, c),
		});
	}
	return out;
}

/** One matching exercise of 4-6 of this brief's terms (several when the brief has many). */
export function matchQuestions(ctx: KindContext): Question[] {
	const rng = ctx.rng("match");
	const mine = rng.shuffle(own(ctx));
	const out: Question[] = [];
	for (let i = 0; i + 4 <= mine.length; i += 6) {
		const group = mine.slice(i, i + 6);
		const seenRight = new Set<string>();
		const pairs = group
			.map((c) => ({ left: c.term, right: truncate(c.masked, MATCH_DEF_MAX) }))
			.filter((p) => {
				const k = normalizeAnswer(p.right);
				if (seenRight.has(k)) return false;
				seenRight.add(k);
				return true;
			});
		if (pairs.length < 4) continue;
		const first = group[0];
		out.push({
			id: questionId(ctx.brief, `match:${group.map((c) => c.fact.id).sort().join("+")}`, "match"),
			kind: "match",
			prompt: "Match each term with its definition.",
			options: rng.shuffle(pairs.map((p) => p.right)),
			answer: pairs.map((p) => `${p.left} -> ${p.right}`).join("\n"),
			pairs,
			itemId: `match:${first.fact.id}`,
			briefPath: ctx.brief.path,
			source: { ...first.fact.source },
		});
	}
	return out;
}
