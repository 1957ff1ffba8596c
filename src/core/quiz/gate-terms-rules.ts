/** Gate rules for term-choice, true-false and match: real terms, same-kind options, no self-evident pairs. */
import { quizMessages } from "./messages";
import type { Brief, Fact } from "../model";
import type { Defect, GateEnv } from "./gate-types";
import { factOf } from "./gate-types";
import { isRealTerm, termClass } from "./gate-terms";
import { normalize, normalizeAnswer } from "./normalize";
import { cleanTerm, termWords } from "./prompt-text";
import { definitionProblem } from "../brief/term-defs";
import { headingOf, MIN_DISTRACTORS } from "./kinds/terms";
import { headsClash } from "./term-kind";
import type { Question } from "./types";

/** The term is used as a name in its brief: capitalised in the middle of a sentence somewhere. */
export function usedAsName(term: string, brief: Brief): boolean {
	const t = cleanTerm(term);
	if (!/^\p{Lu}/u.test(t)) return false;
	const re = new RegExp(`[\\p{L},;] ${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").slice(0, 40)}`, "u");
	return [
		...brief.events.map((e) => e.text),
		...brief.facts.map((f) => f.definition),
		...brief.quotes.map((q) => q.text),
	].some((x) => re.test(x));
}

/**
 * The term is what the brief is about: its words are the title's ("Imperialism" in "Imperialism", "Plutarch" in
 * "14-plutarch", "Napoleon" in "Napoleon Bonaparte"). Asked from its definition, the header gives it away.
 */
export function titleTerm(term: string, brief: Brief): boolean {
	const title = new Set(normalize(brief.title.replace(/[-_]/g, " ")).split(" "));
	const words = termWords(cleanTerm(term));
	return words.length > 0 && words.every((w) => title.has(w));
}

/** The definition uses a word of the term (or a close inflection): "Sulla" in "Sulla marched on Rome". */
export function usesTermWords(definition: string, term: string): boolean {
	const words = normalize(definition).split(" ");
	return termWords(term).some((t) =>
		words.some((w) => w === t || (t.length >= 5 && w.length >= 5 && w.slice(0, 5) === t.slice(0, 5))),
	);
}

/** An event noun and the verbs that say it outright ("Execution of Louis XVI" / "was guillotined"). */
const SAYS_HEAD: Array<[RegExp, RegExp]> = [
	[/^execution$/, /^(executed|guillotined|beheaded|hanged|shot)$/],
	[/^assassination$/, /^(assassinated|murdered|killed)$/],
	[/^abdication$/, /^abdicated$/],
	[/^coronation$/, /^crowned$/],
	[/^flight$/, /^(fled|flee|escape|escaped)$/],
	[/^storming$/, /^(stormed|seized)$/],
	[/^oath$/, /^(swore|sworn|oath)$/],
	[/^siege$/, /^besieged$/],
	[/^(founding|foundation)$/, /^founded$/],
	[/^invasion$/, /^(invaded|landed)$/],
	[/^massacre$/, /^massacred$/],
	[/^surrender$/, /^surrendered$/],
];

/**
 * The definition names its own term (a word of the term or a close inflection) or says its event noun outright
 * ("Flight to Varennes" / "tried to escape"): the pair is self-evident.
 */
export function namesTerm(definition: string, term: string): boolean {
	if (usesTermWords(definition, term)) return true;
	const words = normalize(definition).split(" ");
	const tw = termWords(term);
	return SAYS_HEAD.some(([head, verbs]) => tw.some((t) => head.test(t)) && words.some((w) => verbs.test(w)));
}

function allFacts(env: GateEnv): Fact[] {
	return [...env.brief.facts, ...env.siblings.flatMap((s) => s.facts)];
}

function factByTerm(env: GateEnv, term: string): Fact | undefined {
	const n = normalizeAnswer(term);
	return allFacts(env).find((f) => normalizeAnswer(cleanTerm(f.term)) === n);
}

function factByDefinition(env: GateEnv, shown: string): Fact | undefined {
	const n = normalize(shown.replace(/…$/, ""));
	return allFacts(env).find((f) => normalize(f.definition).startsWith(n) || normalize(f.definition) === n);
}

function briefOfFact(env: GateEnv, f: Fact): Brief {
	return [env.brief, ...env.siblings].find((b) => b.path === f.briefPath) ?? env.brief;
}

/** A real term whose definition defines it; `named` lets the definition name its term ("Which term fits?"). */
function real(env: GateEnv, f: Fact, named = false): boolean {
	const term = cleanTerm(f.term);
	const p = definitionProblem(term, f.definition.trim());
	return (p === null || (named && p === "names-term")) && isRealTerm(term, usedAsName(f.term, briefOfFact(env, f)));
}

function cls(env: GateEnv, f: Fact): string {
	return termClass(cleanTerm(f.term), f.definition, headingOf(briefOfFact(env, f), f.source.line));
}

function sameClass(a: string, b: string): boolean {
	return a === b && a !== "unknown";
}

/** term-choice from a definition to its term ("Which term fits? …"), in any language: the id's variant says it. */
export function asksTerm(q: Question): boolean {
	return (
		q.kind === "term-choice" &&
		(q.id.endsWith("/d2t") || q.prompt.startsWith(quizMessages(q.lang).whichTerm("").trim()))
	);
}

/** The definition a true/false statement shows: the prompt after "True or false? Term:" (in its language). */
function trueFalseShown(q: Question): string {
	const head = quizMessages(q.lang).trueOrFalse;
	const rest = q.prompt.startsWith(head) ? q.prompt.slice(head.length) : q.prompt;
	return rest.replace(/^\s*[^:]+:\s*/, "");
}

export function gateTerms(q: Question, env: GateEnv): Defect[] {
	const own = factOf(env.brief, q.itemId);
	if (q.kind === "match") return gateMatch(q, env);
	if (!own) return [{ criterion: "a", rule: "no-source" }];
	const out: Defect[] = [];
	if (!real(env, own, asksTerm(q))) out.push({ criterion: "c", rule: "generic-term" });
	if (titleTerm(own.term, env.brief)) out.push({ criterion: "d", rule: "title-term" });
	if (q.kind === "true-false") {
		const shown = trueFalseShown(q);
		const used = factByDefinition(env, shown);
		if (!used) return [...out, { criterion: "a", rule: "no-source" }];
		if (namesTerm(shown, own.term)) out.push({ criterion: "d", rule: "self-evident" });
		if (used.id !== own.id && headsClash(cleanTerm(own.term), shown))
			out.push({ criterion: "e", rule: "head-clash" });
		if (
			used.id !== own.id &&
			(used.briefPath !== own.briefPath || !sameClass(cls(env, used), cls(env, own)) || !real(env, used))
		)
			out.push({ criterion: "e", rule: "unrelated-swap" });
		return out;
	}
	const options = q.options ?? [];
	const facts = asksTerm(q) ? options.map((o) => factByTerm(env, o)) : options.map((o) => factByDefinition(env, o));
	if (facts.some((f) => !f)) return [...out, { criterion: "a", rule: "no-source" }];
	if (facts.some((f) => !real(env, f!, asksTerm(q)))) out.push({ criterion: "e", rule: "generic-distractor" });
	if (facts.some((f) => !sameClass(cls(env, f!), cls(env, own))))
		out.push({ criterion: "e", rule: "wrong-category" });
	if (options.length < MIN_DISTRACTORS + 1) out.push({ criterion: "e", rule: "few-options" });
	if (!asksTerm(q) && options.some((o) => namesTerm(o, own.term))) out.push({ criterion: "d", rule: "self-evident" });
	if (!asksTerm(q) && options.some((o) => headsClash(cleanTerm(own.term), o)))
		out.push({ criterion: "e", rule: "head-clash" });
	return out;
}

function gateMatch(q: Question, env: GateEnv): Defect[] {
	const out: Defect[] = [];
	const pairs = q.pairs ?? [];
	if (pairs.length < 4) out.push({ criterion: "c", rule: "too-few-pairs" });
	const facts = pairs.map((p) => factByTerm(env, p.left));
	if (facts.some((f) => !f)) return [...out, { criterion: "a", rule: "no-source" }];
	if (facts.some((f) => !real(env, f!))) out.push({ criterion: "c", rule: "generic-term" });
	if (facts.some((f) => titleTerm(f!.term, env.brief))) out.push({ criterion: "d", rule: "title-term" });
	if (pairs.some((p) => pairs.some((o) => namesTerm(p.right, o.left))))
		out.push({ criterion: "d", rule: "self-evident" });
	return out;
}
