import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { editDistance, typoSearch, wordScore } from "../../../src/core/quotes/typo";
import { isWholeQuote, quoteOfTheDay } from "../../../src/core/quotes/daily";
import { fuzzParams } from "../../support/fuzz";

const docs = [
	{
		speaker: "",
		title: "Railroads and the Industrial Revolution",
		text: "It is really flying, and it is impossible to divest yourself of the notion of instant death.",
	},
	{
		speaker: "Cicero",
		title: "Fall of the Republic",
		text: "O tempora, o mores! The senate understands these things.",
	},
	{ speaker: "", title: "Caesarea Maritima", text: "The harbour was built by Herod." },
	{ speaker: "Julius Caesar", title: "Fall of the Republic", text: "Alea iacta est." },
	{ speaker: "", title: "Russian Revolution", text: "Peace, land and bread for all the workers of the revolution." },
];

describe("typo search (issue 17)", () => {
	it("'ceasar' puts Caesar's quote first and says which words matched", () => {
		const hits = typoSearch("ceasar", docs);
		expect(hits[0].index).toBe(3);
		expect(hits[0].matched).toContain("caesar");
		expect(hits.map((h) => h.index)).not.toContain(1);
	});
	it("results are ranked by score, best first", () => {
		const hits = typoSearch("revolushun", docs);
		expect(hits.length).toBeGreaterThan(0);
		for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
		expect(hits.map((h) => h.index)).toContain(4);
	});
	it("every query word must match something", () => {
		expect(typoSearch("ceasar zzzzzz", docs)).toEqual([]);
	});
	it("edit distance: transposition is one edit; early exit above the bound", () => {
		expect(editDistance("ceasar", "caesar", 2)).toBe(1);
		expect(editDistance("kitten", "sitting", 5)).toBe(3);
		expect(editDistance("a", "abcdef", 2)).toBe(3);
		expect(wordScore("caesar", "caesar")).toBe(3);
		expect(wordScore("caes", "caesar")).toBe(2);
		expect(wordScore("ab", "abc")).toBe(0);
	});
	it("property: distance is symmetric and zero only for equal words", () => {
		const w = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 8 });
		fc.assert(
			fc.property(w, w, (a, b) => {
				const d = editDistance(a, b, 10);
				expect(editDistance(b, a, 10)).toBe(d);
				expect(d === 0).toBe(a === b);
			}),
			fuzzParams(171, 300),
		);
	});
	it("growth: doubling the documents at most ~2.2x the steps (counted as words compared)", () => {
		const make = (n: number) =>
			Array.from({ length: n }, (_, i) => ({
				speaker: `Speaker ${i}`,
				title: `Brief ${i % 17}`,
				text: `word${i} alpha beta gamma delta epsilon ${i}`,
			}));
		let steps = 0;
		const count = (d: { speaker: string; title: string; text: string }[]) => {
			steps = 0;
			const counted = d.map((x) => ({
				get speaker() {
					steps++;
					return x.speaker;
				},
				get title() {
					steps++;
					return x.title;
				},
				get text() {
					steps++;
					return x.text;
				},
			}));
			typoSearch("ceasar alpah", counted);
			return steps;
		};
		const a = count(make(500));
		const b = count(make(1000));
		expect(b / a).toBeLessThanOrEqual(2.2);
	});
});

describe("quote of the day: whole quotes only", () => {
	it("a fragment ending on a comma or a few words is not whole", () => {
		expect(isWholeQuote("No god came to my aid, or grasped my hand,")).toBe(false);
		expect(isWholeQuote("Alea iacta est.")).toBe(false);
		expect(
			isWholeQuote(
				"No god came to my aid, or grasped my hand,\nmy goddess did not pity me,\nwalked not at my side.",
			),
		).toBe(true);
	});
	it("drawing from whole quotes never returns a fragment", () => {
		const quotes = [
			{ id: "a", text: "One two three four five six." },
			{ id: "b", text: "Fragment of a poem that ends with a comma," },
			{ id: "c", text: "Short." },
		];
		for (let d = 1; d <= 28; d++) {
			const q = quoteOfTheDay(
				quotes.filter((x) => isWholeQuote(x.text)),
				new Date(2026, 1, d),
			);
			expect(q?.id).toBe("a");
		}
	});
});
