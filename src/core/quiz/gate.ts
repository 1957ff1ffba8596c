/**
 * The question gate: every candidate question is checked against the teacher's rubric before a quiz, a review,
 * an export or a garden page may show it. (a) answerable and keyed right, (b) unambiguous, (c) worth asking,
 * (d) well formed with nothing giving the answer away, (e) plausible distractors. A question with any defect is
 * dropped: the quiz prefers fewer, better questions.
 */
import type { Brief, SourceRef } from "../model";
import { gateCloze } from "./gate-cloze";
import { clozeStemDefects, stemDefects } from "./gate-context";
import type { Defect, GateEnv } from "./gate-types";
import { eventOf } from "./gate-types";
import {
	askedYears,
	approximateDate,
	approxGap,
	blanksOnlyYear,
	briefSpan,
	missingSubject,
	openStart,
	titleShowsYear,
	yearOptionProblem,
} from "./gate-dates";
import { boundState, contextSubject, copulaState, countSubject, metaSentence } from "./gate-events";
import { statisticSentence, strayEvent } from "./gate-numbers";
import { hasMarkup, sourceProblem } from "./gate-source";
import { asksTerm, gateTerms } from "./gate-terms-rules";
import { granularity } from "./kinds/date";
import { BLANK, eraAfterBlank } from "./prompt-text";

export type { Criterion, Defect, GateEnv } from "./gate-types";
import type { Question } from "./types";

const ERA_IN_OPTION = /\b(BCE|BC|AD|CE)\b/;
const MASK_VISIBLE = /(?<!_)_{2,3}(?!_)/;

function visibleTexts(q: Question): string[] {
	return [q.prompt, ...(q.options ?? []), ...(q.pairs ?? []).flatMap((p) => [p.left, p.right]), ...(q.items ?? [])];
}

function blanks(text: string): number {
	return text.split(BLANK).length - 1;
}

/** Checks that apply to every kind: markup, stray masks, the number of blanks, the "Brief › Heading" line. */
function gateForm(q: Question): Defect[] {
	const out: Defect[] = [];
	const texts = visibleTexts(q);
	if (texts.some(hasMarkup)) out.push({ criterion: "d", rule: "markup" });
	if (texts.some((t) => MASK_VISIBLE.test(t.split(BLANK).join(" ")))) out.push({ criterion: "d", rule: "mask" });
	const oneBlank = q.kind === "date-choice" || q.kind === "date-typed" || q.kind === "cloze" || asksTerm(q);
	const promptBlanks = blanks(q.prompt);
	if (oneBlank ? promptBlanks !== 1 : promptBlanks !== 0) out.push({ criterion: "d", rule: "blank-count" });
	if ((q.options ?? []).some((o) => blanks(o) > 0) && q.kind !== "order")
		out.push({ criterion: "d", rule: "blank-in-option" });
	if (!q.where || q.where.trim().length === 0) out.push({ criterion: "d", rule: "no-context" });
	return out;
}

function sourceDefect(text: string, brief: Brief, source: SourceRef, label?: string): Defect[] {
	const p = sourceProblem(text, brief, source.line, label);
	return p ? [{ criterion: "c", rule: `source-${p}` }] : [];
}

/** A dated sentence that states a figure, a running count or a standing state: its year is no event's. */
function eventDefects(text: string): Defect[] {
	if (statisticSentence(text)) return [{ criterion: "c", rule: "statistic-year" }];
	if (countSubject(text)) return [{ criterion: "c", rule: "count-year" }];
	if (metaSentence(text)) return [{ criterion: "c", rule: "meta-sentence" }];
	if (copulaState(text)) return [{ criterion: "c", rule: "state-year" }];
	return [];
}

function gateDate(q: Question, env: GateEnv): Defect[] {
	const event = eventOf(env.brief, q.itemId);
	if (!event) return [{ criterion: "a", rule: "no-source" }];
	const out = sourceDefect(event.text, env.brief, event.source, event.label);
	const asked = askedYears(q.answer, q.prompt);
	if (event.date.inferred) out.push({ criterion: "a", rule: "inferred-year" });
	if (strayEvent(event, env.brief)) out.push({ criterion: "a", rule: "stray-number" });
	out.push(...eventDefects(event.text));
	if (boundState(q.prompt)) out.push({ criterion: "c", rule: "bound-state" });
	if (contextSubject(q.prompt)) out.push({ criterion: "d", rule: "context-subject" });
	if (asked.length === 0) out.push({ criterion: "a", rule: "answer-not-a-year" });
	if (asked.some((y) => titleShowsYear(env.brief, y))) out.push({ criterion: "d", rule: "title-year" });
	if (missingSubject(q.prompt)) out.push({ criterion: "d", rule: "no-subject" });
	if (openStart(q.prompt)) out.push({ criterion: "d", rule: "open-start" });
	if (!blanksOnlyYear(q.prompt, event.text, asked)) out.push({ criterion: "d", rule: "swallowed" });
	if (
		q.kind === "date-typed" &&
		asked.length === 1 &&
		asked[0] <= 0 &&
		!eraAfterBlank(q.prompt) &&
		!/\(BC\)/.test(q.prompt)
	) {
		out.push({ criterion: "d", rule: "bc-typed" });
	}
	const optionYears = q.kind === "date-choice" ? (q.options ?? []).map((o) => askedYears(o, q.prompt)) : undefined;
	out.push(...stemDefects(q.prompt, event.text, asked, q.where ?? "", optionYears));
	if (q.kind === "date-choice") {
		const opts = optionYears ?? [];
		if (opts.length < 3 || opts.some((o) => o.length !== asked.length))
			out.push({ criterion: "e", rule: "option-shape" });
		else if (eraAfterBlank(q.prompt) && (q.options ?? []).some((o) => ERA_IN_OPTION.test(o)))
			out.push({ criterion: "d", rule: "era-twice" });
		else {
			const g = granularity(asked[0], event.date.precision, event.date.approximate);
			const p = yearOptionProblem(q.prompt, asked, opts, event, g, briefSpan(env.brief));
			if (p)
				out.push({
					criterion: p === "also-right" || p === "by-later" || p === "range-close" ? "b" : "e",
					rule: p,
				});
		}
	}
	return out;
}

function gateOrder(q: Question, env: GateEnv): Defect[] {
	const out: Defect[] = [];
	const items = q.items ?? [];
	const events = (q.parts ?? []).map((id) => eventOf(env.brief, id));
	if (items.length < 3 || events.length !== items.length || events.some((e) => !e))
		return [{ criterion: "a", rule: "order-source" }];
	const lines = new Set((q.sources ?? []).map((s) => s.line));
	if (lines.size !== items.length) out.push({ criterion: "d", rule: "same-sentence-twice" });
	if (items.some((it) => blanks(it) !== 1 || it.endsWith("…"))) out.push({ criterion: "d", rule: "blank-truncated" });
	const years = events.map((e) => e!.date.start.year);
	if (new Set(years).size !== years.length) out.push({ criterion: "b", rule: "equal-years" });
	// A "c." date too near another item's year makes the order uncertain.
	const near = events.some(
		(e, i) =>
			approximateDate(e!.date) && years.some((y, j) => j !== i && Math.abs(y - years[i]) < approxGap(years[i])),
	);
	if (near) out.push({ criterion: "b", rule: "approx-order" });
	for (const e of events) {
		out.push(...sourceDefect(e!.text, env.brief, e!.source, e!.label));
		if (e!.date.inferred) out.push({ criterion: "a", rule: "inferred-year" });
		if (strayEvent(e!, env.brief)) out.push({ criterion: "a", rule: "stray-number" });
		out.push(...eventDefects(e!.text));
		if (titleShowsYear(env.brief, e!.date.start.year)) out.push({ criterion: "d", rule: "title-year" });
	}
	items.forEach((it, i) => out.push(...stemDefects(it, events[i]!.text, [events[i]!.date.start.year])));
	if (items.some(missingSubject)) out.push({ criterion: "d", rule: "no-subject" });
	if (items.some(boundState)) out.push({ criterion: "c", rule: "bound-state" });
	if (items.some(contextSubject)) out.push({ criterion: "d", rule: "context-subject" });
	if (items.some(openStart)) out.push({ criterion: "d", rule: "open-start" });
	return out;
}

function gateWhichBrief(q: Question, env: GateEnv): Defect[] {
	const out: Defect[] = [];
	if (!env.multiBrief) out.push({ criterion: "d", rule: "header-shows-brief" });
	const opts = q.options ?? [];
	if (opts.some((t) => /^[\w-]+$/.test(t) && t.includes("-"))) out.push({ criterion: "e", rule: "slug-title" });
	if (opts.some((t) => /\b(tips|test|quiz|reading list|index|template|untitled|draft)\b/i.test(t)))
		out.push({ criterion: "e", rule: "non-topic-title" });
	return out;
}

/** A which-speaker question whose quote names one of the offered people gives its answer away (or misleads). */
function gateWhichSpeaker(q: Question): Defect[] {
	const text = q.prompt.toLowerCase();
	const words = (q.options ?? []).flatMap((o) =>
		o
			.toLowerCase()
			.split(/\s+/)
			.map((w) => w.replace(/[^\p{L}]/gu, "")),
	);
	const named = words.some((w) => w.length > 3 && new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u").test(text));
	return named ? [{ criterion: "e", rule: "speaker-named-in-quote" }] : [];
}

/** Every defect of one question, empty when it may be shown. */
export function gateQuestion(q: Question, env: GateEnv): Defect[] {
	const out = gateForm(q);
	switch (q.kind) {
		case "date-choice":
		case "date-typed":
			return [...out, ...gateDate(q, env)];
		case "order":
			return [...out, ...gateOrder(q, env)];
		case "cloze":
			return [...out, ...gateCloze(q, env), ...clozeStemDefects(q.prompt, q.answer, q.where)];
		case "which-brief":
			return [...out, ...gateWhichBrief(q, env)];
		case "which-speaker":
			return [...out, ...gateWhichSpeaker(q)];
		default:
			return [...out, ...gateTerms(q, env)];
	}
}

/** The source lines a question draws on: two questions sharing one would ask (or reveal) the same fact. */
export function sourceLines(q: Question): string[] {
	const refs = q.sources && q.sources.length > 0 ? q.sources : [q.source];
	return refs.map((s) => `${s.path}\u0000${s.line}`);
}

/** Quiz-level defects: two questions on one item or one sentence. Returns the ids of the questions to drop. */
export function gateQuiz(questions: Question[]): string[] {
	const seen = new Set<string>();
	const drop: string[] = [];
	for (const q of questions) {
		const keys = sourceLines(q);
		if (keys.some((k) => seen.has(k))) drop.push(q.id);
		else for (const k of keys) seen.add(k);
	}
	return drop;
}
