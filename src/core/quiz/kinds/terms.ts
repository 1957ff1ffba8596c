/**
 * term-choice (both directions), true-false and match from the brief's `**Term:** definition` facts. Only real
 * terms (not "Background"), options of the same kind (event, agreement, person, place …) from this brief first,
 * then its course; no visible mask: a definition that names its own term is left to cloze and "Which term fits?".
 */
import type { Brief, Fact } from "../../model";
import { definitionProblem } from "../../brief/term-defs";
import { leadLabel, pairsBySurface, scriptsOf, termCarriesLabel, trustedKind } from "../term-fine";
import { headsClash } from "../term-kind";
import { pickDistinct, shuffleOptions } from "../distractors";
import { isRealTerm, termClass } from "../gate-terms";
import { namesTerm, usedAsName } from "../gate-terms-rules";
import { contentJaccard, contentWords, normalize, normalizeAnswer } from "../normalize";
import { BLANK, cleanTerm, MASK, maskTermWords, termWords, truncate } from "../prompt-text";
import type { Question } from "../types";
import type { KindContext } from "./common";
import { questionId } from "./common";

const DEF_MAX = 140;
const MATCH_DEF_MAX = 160;
/** Fewer, better questions: no term question without 3 distractors of the answer's kind. */
export const MIN_DISTRACTORS = 3;

export interface TermCard {
	fact: Fact;
	term: string;
	cls: string;
	/** The kind the note's words say (term-fine.ts), or null: then no option or swap of another term. */
	kind: string | null;
	/** The definition does not name its term: it may be shown as an option, a statement or a match definition. */
	clean: boolean;
	/** The definition with the term's words as one blank, for "Which term fits?"; null when that is not one span. */
	blanked: string | null;
}

/** The title of the innermost section holding a line ("Key people"), for the term's kind. */
export function headingOf(brief: Brief, line: number): string | undefined {
	let best: Brief["sections"][number] | undefined;
	for (const s of brief.sections)
		if (s.startLine <= line && line <= s.endLine && (!best || s.startLine >= best.startLine)) best = s;
	return best?.title;
}

/**
 * A fact becomes a card when its label is a real term and its definition defines it (brief/term-defs.ts); a
 * definition that names its term only makes "Which term fits?" with the term blanked.
 */
function cardOf(fact: Fact, brief: Brief): TermCard | null {
	const term = cleanTerm(fact.term);
	if (termWords(term).length === 0 || !isRealTerm(term, usedAsName(term, brief))) return null;
	const def = fact.definition.trim();
	// "Significance: …", "Edict of Milan — Impact": the note's own label, not a definition of the term.
	if (leadLabel(def) || termCarriesLabel(fact.term)) return null;
	const problem = definitionProblem(term, def);
	if ((problem !== null && problem !== "names-term") || def.length > DEF_MAX * 2) return null;
	const clean = problem === null && !namesTerm(def, term);
	const masked = clean ? "" : maskTermWords(def, term);
	const blanked =
		!clean && masked.split(MASK).length === 2 && coversTerm(def, masked, term) ? masked.replace(MASK, BLANK) : null;
	const heading = headingOf(brief, fact.source.line);
	const cls = termClass(term, def, heading);
	return { fact, term, cls, kind: trustedKind(term, def, heading, cls), clean, blanked };
}

const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The blank stands for the term itself: the masked words are the term's own words (not an inflection such as
 * "Yezhov" for "Yezhovshchina"), most of them, and not a month ("____ 1917" for "April Theses").
 */
function coversTerm(def: string, masked: string, term: string): boolean {
	if (contentWords(masked).length < 3) return false;
	const tw = termWords(term);
	const kept = new Set(normalize(masked.replace(MASK, " ")).split(" "));
	const gone = normalize(def)
		.split(" ")
		.filter((w) => w.length > 0 && !kept.has(w));
	if (gone.length === 0 || gone.some((w) => !tw.includes(w) || MONTH.test(w))) return false;
	return new Set(gone).size >= Math.ceil(0.6 * tw.length);
}

function cards(briefs: Brief[]): TermCard[] {
	const seen = new Set<string>();
	const out: TermCard[] = [];
	for (const b of briefs) {
		for (const fact of b.facts) {
			const c = cardOf(fact, b);
			if (!c) continue;
			const key = normalizeAnswer(c.term);
			if (seen.has(key)) continue;
			seen.add(key);
			out.push(c);
		}
	}
	return out;
}

/** Two cards of one kind the note says: a name of unknown kind is never offered beside another. */
function sameKind(a: TermCard, b: TermCard): boolean {
	return a.kind !== null && a.kind === b.kind && a.cls === b.cls;
}

function own(ctx: KindContext): TermCard[] {
	return cards([ctx.brief]);
}

/** Same-kind cards other than `c`: this brief's first, then the course's. */
function peers(ctx: KindContext, c: TermCard): TermCard[] {
	return cards([ctx.brief, ...ctx.siblings]).filter((o) => o.fact.id !== c.fact.id && sameKind(o, c));
}

function base(ctx: KindContext, c: TermCard) {
	return {
		itemId: c.fact.id,
		briefPath: ctx.brief.path,
		source: { ...c.fact.source },
		context: `${c.term}: ${c.fact.definition}`,
	};
}

/** Distractors from this brief when it has enough, else topped up from the course. */
function choose(
	ctx: KindContext,
	c: TermCard,
	values: (o: TermCard) => string | null,
	answer: string,
	rng: ReturnType<KindContext["rng"]>,
): string[] {
	const same = peers(ctx, c);
	const mine = same
		.filter((o) => o.fact.briefPath === ctx.brief.path)
		.map(values)
		.filter((v): v is string => v !== null);
	const course = same
		.filter((o) => o.fact.briefPath !== ctx.brief.path)
		.map(values)
		.filter((v): v is string => v !== null);
	const first = pickDistinct(answer, mine, 3, rng);
	return first.length >= 3
		? first
		: [
				...first,
				...pickDistinct(
					answer,
					course.filter((v) => !first.includes(v)),
					3 - first.length,
					rng,
				),
			];
}

export function termChoiceQuestions(ctx: KindContext): Question[] {
	const out: Question[] = [];
	for (const c of own(ctx)) {
		const rng = ctx.rng(`term:${c.fact.id}`);
		if (c.blanked) {
			const terms = choose(ctx, c, (o) => o.term, c.term, rng);
			if (terms.length >= MIN_DISTRACTORS) {
				out.push({
					id: questionId(ctx.brief, c.fact.id, "d2t"),
					kind: "term-choice",
					prompt: ctx.msg.whichTerm(c.blanked),
					options: shuffleOptions(c.term, terms, rng),
					answer: c.term,
					...base(ctx, c),
				});
			}
		}
		if (!c.clean) continue;
		const answer = truncate(c.fact.definition, DEF_MAX);
		// Definitions as options only from this brief: a course sibling's definition is often from another era.
		const defs = choose(
			ctx,
			c,
			(o) =>
				o.fact.briefPath === ctx.brief.path &&
				o.clean &&
				!namesTerm(o.fact.definition, c.term) &&
				!headsClash(c.term, o.fact.definition)
					? truncate(o.fact.definition, DEF_MAX)
					: null,
			answer,
			rng,
		);
		if (defs.length >= MIN_DISTRACTORS) {
			out.push({
				id: questionId(ctx.brief, c.fact.id, "t2d"),
				kind: "term-choice",
				prompt: c.cls === "person" ? ctx.msg.whoWas(c.term) : ctx.msg.whatIs(c.term),
				options: shuffleOptions(answer, defs, rng),
				answer,
				...base(ctx, c),
			});
		}
	}
	return out;
}

/** A term with its own definition (true) or with another same-kind term's definition from this brief (false). */
export function trueFalseQuestions(ctx: KindContext): Question[] {
	const out: Question[] = [];
	const mine = own(ctx);
	for (const c of mine) {
		if (!c.clean) continue;
		const rng = ctx.rng(`tf:${c.fact.id}`);
		const wantTrue = rng.next() < 0.5;
		// Only facts that have a plausible false twin are asked at all: otherwise every such statement would be true.
		const swap = rng
			.shuffle(mine.filter((o) => o.fact.id !== c.fact.id && sameKind(o, c) && o.clean))
			.find(
				(o) =>
					!namesTerm(o.fact.definition, c.term) &&
					!headsClash(c.term, o.fact.definition) &&
					contentJaccard(o.fact.definition, c.fact.definition) < 0.5,
			);
		if (!swap) continue;
		const shown = wantTrue ? c.fact.definition : swap.fact.definition;
		out.push({
			id: questionId(ctx.brief, c.fact.id, "true-false"),
			kind: "true-false",
			prompt: `${ctx.msg.trueOrFalse} ${c.term}: ${shown.trim()}`,
			options: [ctx.msg.trueWord, ctx.msg.falseWord],
			answer: wantTrue ? ctx.msg.trueWord : ctx.msg.falseWord,
			...base(ctx, c),
		});
	}
	return out;
}

/**
 * Cards a match may pair: short clean definitions, no word of the term back in its definition, and only the
 * cards written in the note's usual scripts (a Bengali term with a Bengali gloss among English ones pairs itself).
 */
function matchable(all: TermCard[]): TermCard[] {
	const ok = all.filter(
		(c) => c.clean && c.fact.definition.length <= MATCH_DEF_MAX && !pairsBySurface(c.term, c.fact.definition),
	);
	const sig = (c: TermCard) => `${scriptsOf(c.term)}|${scriptsOf(c.fact.definition)}`;
	const count = new Map<string, number>();
	for (const c of ok) count.set(sig(c), (count.get(sig(c)) ?? 0) + 1);
	const usual = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
	return ok.filter((c) => sig(c) === usual);
}

/**
 * Matching exercises of 4 of this brief's terms whose definitions name none of the group's terms. Four, not
 * more: a fact is asked once per quiz, and a bigger match would leave the rest of the quiz without material.
 */
export function matchQuestions(ctx: KindContext): Question[] {
	const rng = ctx.rng("match");
	const mine = rng.shuffle(matchable(own(ctx)));
	const out: Question[] = [];
	for (let i = 0; i + 4 <= mine.length; i += 4) {
		const group = mine
			.slice(i, i + 4)
			.filter((c, _k, all) => all.every((o) => !namesTerm(c.fact.definition, o.term)));
		if (group.length < 4) continue;
		const pairs = group.map((c) => ({ left: c.term, right: c.fact.definition.trim() }));
		const first = group[0];
		out.push({
			id: questionId(
				ctx.brief,
				`match:${group
					.map((c) => c.fact.id)
					.sort()
					.join("+")}`,
				"match",
			),
			kind: "match",
			prompt: ctx.msg.match,
			options: rng.shuffle(pairs.map((p) => p.right)),
			answer: pairs.map((p) => `${p.left} -> ${p.right}`).join("\n"),
			pairs,
			reveal: pairs.map((p) => `${p.left}: ${p.right}`),
			parts: group.map((c) => c.fact.id),
			sources: group.map((c) => ({ ...c.fact.source })),
			itemId: `match:${first.fact.id}`,
			briefPath: ctx.brief.path,
			source: { ...first.fact.source },
		});
	}
	return out;
}
