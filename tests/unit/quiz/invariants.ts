/** The invariants every generated question must satisfy, shared by the fixture and real-brief property tests. */
import { expect } from "vitest";
import type { Brief, YMD } from "../../../src/core/model";
import { BLANK, checkAnswer, parseYear } from "../../../src/core/quiz";
import type { Question } from "../../../src/core/quiz/types";
import { normalize, normalizeAnswer } from "../../../src/core/quiz/normalize";
import { gateQuestion, gateQuiz } from "../../../src/core/quiz/gate";
import { askedYears } from "../../../src/core/quiz/gate-dates";

export const CHOICE_KINDS = new Set(["date-choice", "term-choice", "which-brief", "true-false"]);

function yearDigits(answer: string): string {
	const y = parseYear(answer);
	return y === null ? answer : String(y <= 0 ? 1 - y : y);
}

export function checkQuestion(q: Question, brief: Brief, today: YMD, siblings: Brief[] = [], multiBrief = false): void {
	const where = `${q.id} (${q.kind})`;
	expect(q.prompt.length, where).toBeGreaterThan(0);
	expect(q.answer.length, where).toBeGreaterThan(0);
	expect(q.briefPath, where).toBe(brief.path);
	expect(q.source.path, where).toBe(brief.path);
	expect(Number.isInteger(q.source.line), where).toBe(true);
	// Every question keeps its source line: the item it was made from sits on that line.
	const items = [...brief.events, ...brief.quotes, ...brief.facts];
	expect(
		items.some((it) => it.source.line === q.source.line),
		where,
	).toBe(true);
	if (q.options) {
		const keys = q.options.map(normalizeAnswer);
		expect(new Set(keys).size, `${where}: options distinct ${JSON.stringify(q.options)}`).toBe(keys.length);
	}
	if (CHOICE_KINDS.has(q.kind)) {
		expect(q.options, where).toBeDefined();
		expect(q.options!.length, where).toBeGreaterThanOrEqual(2);
		expect(q.options!.filter((o) => o === q.answer).length, where).toBe(1);
	}
	if (q.kind === "date-choice" || q.kind === "date-typed") {
		// A range question ("82–79 BC") answers with both ends; a year question with one.
		const years = askedYears(q.answer, q.prompt);
		expect(years.length, where).toBeGreaterThan(0);
		expect(years[0], where).toBeLessThanOrEqual(today.year);
		expect(q.prompt, where).toContain(BLANK);
		if (years.length === 1) {
			const digits = yearDigits(q.answer);
			expect(new RegExp(`(^|[^0-9])${digits}([^0-9]|$)`).test(q.prompt), `${where}: prompt shows the year`).toBe(
				false,
			);
		}
		for (const o of q.options ?? [])
			expect(askedYears(o, q.prompt).length, `${where}: option ${o}`).toBe(years.length);
		if (q.options) expect(q.options.length, where).toBe(4);
	}
	// Every question passes the gate, and carries its "Brief › Heading" line.
	expect(gateQuestion(q, { brief, siblings, today, multiBrief }), where).toEqual([]);
	expect(q.where, where).toMatch(/\S/);
	if (q.kind === "cloze") {
		expect(q.prompt.split(BLANK).length, where).toBe(2);
		// The prompt is the source sentence, with the fact's label in front when the sentence has no subject.
		const filled = q.prompt.replace(BLANK, q.answer);
		const bare = filled.replace(/^[^:]{2,80}:\s/, "");
		expect(
			filled === q.context || bare.toLowerCase() === q.context!.toLowerCase(),
			`${where}: cloze reconstructs ${filled} / ${q.context}`,
		).toBe(true);
		expect(normalize(q.prompt).includes(normalize(q.answer)), `${where}: prompt contains answer`).toBe(false);
		const source = [...brief.quotes.map((x) => x.text), ...brief.facts.map((x) => x.definition)];
		// The context is the quote or fact, or (for a long one) the sentence of it that holds the blank.
		expect(
			source.some((t) => t.includes(q.context!)),
			where,
		).toBe(true);
	}
	if (q.kind === "order") {
		expect(q.items!.length, where).toBeGreaterThanOrEqual(3);
		expect(q.items!.length, where).toBeLessThanOrEqual(5);
		expect([...q.options!].sort(), where).toEqual([...q.items!].sort());
		expect(
			q.items!.every((it) => it.split(BLANK).length === 2),
			where,
		).toBe(true);
		expect(q.reveal!.length, where).toBe(q.items!.length);
		expect(checkAnswer(q, q.items!).score, where).toBe(1);
	} else if (q.kind === "match") {
		expect(q.pairs!.length, where).toBeGreaterThanOrEqual(4);
		expect(q.pairs!.length, where).toBeLessThanOrEqual(6);
		expect(checkAnswer(q, q.pairs!).score, where).toBe(1);
		for (const p of q.pairs!) expect(normalize(p.right).includes(normalize(p.left)), where).toBe(false);
	} else {
		expect(checkAnswer(q, q.answer).grade, where).toBe("right");
	}
	if (q.kind === "term-choice" && q.options && q.prompt.startsWith("Which term")) {
		expect(normalize(q.prompt).includes(normalize(q.answer)), `${where}: term in its own definition`).toBe(false);
	}
}

export function checkQuiz(qs: Question[], brief: Brief, today: YMD, count: number, siblings: Brief[]): void {
	expect(qs.length).toBeLessThanOrEqual(count);
	expect(new Set(qs.map((q) => q.id)).size).toBe(qs.length);
	// The header of a one-brief quiz names the brief: never "Which brief is this quote from?".
	expect(qs.some((q) => q.kind === "which-brief")).toBe(false);
	for (const q of qs)
		checkQuestion(
			q,
			brief,
			today,
			siblings.filter((s) => s.path !== brief.path),
		);
	// One question per fact: no source line is asked twice in one quiz.
	expect(gateQuiz(qs), "two questions on one source line").toEqual([]);
}
