/** The invariants every generated question must satisfy, shared by the fixture and real-brief property tests. */
import { expect } from "vitest";
import type { Brief, YMD } from "../../../src/core/model";
import { BLANK, checkAnswer, parseYear } from "../../../src/core/quiz";
import type { Question } from "../../../src/core/quiz/types";
import { normalize, normalizeAnswer } from "../../../src/core/quiz/normalize";

export const CHOICE_KINDS = new Set(["date-choice", "term-choice", "which-brief", "true-false"]);

function yearDigits(answer: string): string {
	const y = parseYear(answer);
	return y === null ? answer : String(y <= 0 ? 1 - y : y);
}

export function checkQuestion(q: Question, brief: Brief, today: YMD): void {
	const where = `${q.id} (${q.kind})`;
	expect(q.prompt.length, where).toBeGreaterThan(0);
	expect(q.answer.length, where).toBeGreaterThan(0);
	expect(q.briefPath, where).toBe(brief.path);
	expect(q.source.path, where).toBe(brief.path);
	expect(Number.isInteger(q.source.line), where).toBe(true);
	// Every question keeps its source line: the item it was made from sits on that line.
	const items = [...brief.events, ...brief.quotes, ...brief.facts];
	expect(items.some((it) => it.source.line === q.source.line), where).toBe(true);
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
		const answerYear = parseYear(q.answer);
		expect(answerYear, where).not.toBeNull();
		expect(answerYear!, where).toBeLessThanOrEqual(today.year);
		expect(q.prompt, where).toContain(BLANK);
		const digits = yearDigits(q.answer);
		expect(new RegExp(`(^|[^0-9])${digits}([^0-9]|$)`).test(q.prompt), `${where}: prompt shows the year`).toBe(false);
		for (const o of q.options ?? []) {
			const y = parseYear(o);
			expect(y, `${where}: option ${o}`).not.toBeNull();
			expect(y!, `${where}: future option ${o}`).toBeLessThanOrEqual(today.year);
		}
		if (q.options) expect(q.options.length, where).toBe(4);
	}
	if (q.kind === "cloze") {
		expect(q.prompt.split(BLANK).length, where).toBe(2);
		expect(q.prompt.replace(BLANK, q.answer), `${where}: cloze reconstructs`).toBe(q.context);
		expect(normalize(q.prompt).includes(normalize(q.answer)), `${where}: prompt contains answer`).toBe(false);
		const source = [...brief.quotes.map((x) => x.text), ...brief.facts.map((x) => x.definition)];
		expect(source, where).toContain(q.context);
	}
	if (q.kind === "order") {
		expect(q.items!.length, where).toBeGreaterThanOrEqual(3);
		expect(q.items!.length, where).toBeLessThanOrEqual(5);
		expect([...q.options!].sort(), where).toEqual([...q.items!].sort());
		expect(q.items!.every((it) => it.includes(BLANK) || it.endsWith("…")), where).toBe(true);
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
	if (siblings.filter((s) => s.path !== brief.path).length === 0) {
		expect(qs.some((q) => q.kind === "which-brief")).toBe(false);
	}
	for (const q of qs) checkQuestion(q, brief, today);
}
