import fc from "fast-check";
import { expect, test } from "vitest";
import type { HistDate } from "../../../src/core/model";
import { allQuestions, checkAnswer, generateQuiz } from "../../../src/core/quiz";
import { makeBrief, TODAY } from "./fixtures";
import { checkQuiz } from "./invariants";
import { fuzzParams } from "../../support/fuzz";

const WORDS = [
	"the",
	"Treaty",
	"of",
	"Versailles",
	"Roosevelt",
	"Soviet",
	"Union",
	"(USSR)",
	"signed",
	"in",
	"war",
	"Japan's",
	"économie",
	"Caesar",
	"crossed",
	"Rubicon",
	"Great",
	"Purges",
	"ended",
	"began",
	"“quote”",
	"—",
	"U.S.",
	"400,000",
	"____",
	"...",
	"and",
	"Nazi-Soviet",
	"Pact",
	"**bold**",
	"Égypte",
	"citizens",
	"debt",
	"'s",
	"1917",
	"44 BC",
	"c.",
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 30 }).map((w) => w.join(" "));
const year = fc.integer({ min: -3000, max: 2100 });

const eventArb = fc
	.tuple(sentence, year, fc.constantFrom("year", "month", "decade"), fc.boolean())
	.map(([s, y, precision, insert]) => {
		const text = y <= 0 ? `${1 - y} BC` : String(y);
		const date: HistDate = {
			start: { year: y },
			end: { year: y },
			precision: precision,
			approximate: false,
			text,
			label: text,
		};
		const words = s.split(" ");
		const at = Math.floor(words.length / 2);
		const full = insert ? [...words.slice(0, at), text, ...words.slice(at)].join(" ") : s;
		return { full, date };
	});

const briefArb = fc.record({
	events: fc.array(eventArb, { maxLength: 8 }),
	quotes: fc.array(sentence, { maxLength: 5 }),
	facts: fc.array(
		fc.tuple(
			sentence.map((s) => s.slice(0, 40)),
			sentence,
		),
		{ maxLength: 8 },
	),
	title: sentence.map((s) => s.slice(0, 60)),
});

test("random briefs: never throws, every question valid", () => {
	fc.assert(
		fc.property(
			briefArb,
			fc.integer({ min: 0, max: 2 ** 31 }),
			fc.integer({ min: 1, max: 15 }),
			(spec, seed, count) => {
				const brief = makeBrief({
					path: "Fuzz/f.md",
					title: spec.title,
					events: spec.events.map((e, i) => [i, e.full, e.date] as [number, string, HistDate]),
					quotes: spec.quotes.map((q, i) => [100 + i, q] as [number, string]),
					facts: spec.facts.map(([t, d], i) => [200 + i, t, d] as [number, string, string]),
				});
				const sibling = makeBrief({
					path: "Fuzz/g.md",
					title: "Another brief entirely",
					quotes: [[1, "A different quote about trade and debt."]],
				});
				const qs = generateQuiz(brief, { seed, count, today: TODAY, siblings: [sibling] });
				checkQuiz(qs, brief, TODAY, count, [sibling]);
				for (const q of qs) {
					for (const r of ["", "x", q.answer.toUpperCase(), [q.answer], [{ left: "a", right: "b" }]]) {
						expect(() => checkAnswer(q, r)).not.toThrow();
					}
				}
				// Every kind generator ran without throwing (allQuestions would swallow it: check directly).
				expect(() => allQuestions(brief, { seed, today: TODAY, siblings: [sibling] })).not.toThrow();
			},
		),
		fuzzParams(0x07ac43, 300),
	);
});
