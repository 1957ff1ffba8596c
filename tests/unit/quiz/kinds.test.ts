import { describe, expect, test } from "vitest";
import type { HistDate } from "../../../src/core/model";
import { generateQuiz } from "../../../src/core/quiz";
import { clozeSpans } from "../../../src/core/quiz/kinds/cloze";
import { granularity } from "../../../src/core/quiz/kinds/date";
import { maskTermWords } from "../../../src/core/quiz/prompt-text";
import { makeBrief, TODAY } from "./fixtures";

function yearDate(year: number, text: string, approximate = false): HistDate {
	return { start: { year }, end: { year }, precision: "year", approximate, text, label: text };
}

describe("date stems", () => {
	test("a round year gets round distractors", () => {
		expect(granularity(-3199, "year", false)).toBe(100);
		expect(granularity(1400, "year", false)).toBe(100);
		expect(granularity(1933, "year", false)).toBe(1);
		expect(granularity(1940, "month", false)).toBe(1);
		const b = makeBrief({
			path: "E.md",
			title: "Egypt",
			events: [
				[
					1,
					"Egyptian writing first appeared shortly before 3200 BC in the Nile valley.",
					yearDate(-3199, "3200 BC"),
				],
			],
		});
		for (let seed = 0; seed < 100; seed++) {
			const [q] = generateQuiz(b, { seed, today: TODAY, kinds: ["date-choice"] });
			// "before ____ BC": the options are bare numbers, in the era the stem shows.
			expect(q.answer).toBe("3200");
			for (const o of q.options!) expect(Number(o) % 100, o).toBe(0);
		}
	});

	test("the other end of a range is blanked too and never offered", () => {
		const b = makeBrief({
			path: "G.md",
			title: "Greece",
			events: [[1, "499–494 Ionian revolt in Western Anatolia, crushed by the Persians", yearDate(499, "499")]],
		});
		for (let seed = 0; seed < 50; seed++) {
			const [q] = generateQuiz(b, { seed, today: TODAY, kinds: ["date-choice"] });
			// Only the year is blanked; the other end stays printed, so no option falls on its far side or on it.
			expect(q.prompt).toBe("____–494 Ionian revolt in Western Anatolia, crushed by the Persians");
			for (const o of q.options!) expect(Number(o)).toBeGreaterThan(494);
		}
	});

	test("publication years in a references section are not asked", () => {
		const b = makeBrief({
			path: "R.md",
			title: "Refs",
			events: [
				[
					1,
					"The Treaty of Tordesillas divided the New World in 1494 between Spain and Portugal.",
					yearDate(1494, "1494"),
				],
				[9, "Western Civilizations 18th ed., W. W. Norton & Company, 2014.", yearDate(2014, "2014")],
				[10, "Cengage Learning, 2017.", yearDate(2017, "2017")],
			],
		});
		b.sections.push({ title: "References", level: 2, kind: "heading", role: "other", startLine: 8, endLine: 12 });
		b.events[1].section = "References";
		const qs = generateQuiz(b, { seed: 1, today: TODAY, kinds: ["date-choice", "date-typed"] });
		expect(qs.map((q) => q.answer)).toEqual(["1494"]);
	});

	test("one date is asked once per quiz (not as choice and typed)", () => {
		const b = makeBrief({
			path: "One.md",
			title: "One",
			events: [
				[
					1,
					"The Treaty of Tordesillas divided the New World in 1494 between Spain and Portugal.",
					yearDate(1494, "1494"),
				],
			],
		});
		for (let seed = 0; seed < 20; seed++) expect(generateQuiz(b, { seed, today: TODAY })).toHaveLength(1);
	});
});

describe("cloze spans", () => {
	const brief = makeBrief({ path: "M.md", title: "The Mughal Empire" });
	test("numbers inside bigger numbers are not years", () => {
		const spans = clozeSpans(
			"The Muslim population of India grew from about 400,000 in 1200 to 12.8 million.",
			brief,
		);
		expect(spans.map((s) => s.text)).not.toContain("400");
		expect(spans[0].text).toBe("1200");
	});
	test("title words are never blanked alone; proper nouns beat plain words", () => {
		const spans = clozeSpans("Under the Mughal emperors, Akbar welcomed Hindus at court in Agra.", brief);
		expect(spans.map((s) => s.text)).not.toContain("Mughal");
		expect(spans[0].kind).toBe("proper");
	});
	test("a span that appears twice is not blanked (the prompt would hold the answer)", () => {
		const spans = clozeSpans("Then Cassius met Brutus, and Brutus agreed.", brief);
		expect(spans.map((s) => s.text)).not.toContain("Brutus");
		expect(spans.map((s) => s.text)).toContain("Cassius");
	});
});

describe("masking", () => {
	test("masks the term's words and inflections, keeps the rest", () => {
		expect(
			maskTermWords(
				"President Roosevelt sought recognition to leverage Soviet influence",
				"Reasons for Recognition",
			),
		).toBe("President Roosevelt sought ___ to leverage Soviet influence");
		expect(maskTermWords("Relations deteriorated further.", "Deteriorating Relations")).toBe("___ further.");
		expect(maskTermWords("Nothing to hide here.", "Background")).toBe("Nothing to hide here.");
	});
});
