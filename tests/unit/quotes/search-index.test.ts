import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { SearchIndex } from "../../../src/core/quotes/search-index";
import { normaliseText, prepareNormalisedSearch } from "../../../src/core/quotes/search";
import { fuzzParams } from "../../support/fuzz";

const word = fc.constantFrom(
	"tsar",
	"treaty",
	"trade",
	"soviet",
	"union",
	"émile",
	"Zola",
	"war",
	"peace",
	"a",
	"ab",
	"ba",
);
const text = fc.array(word, { minLength: 0, maxLength: 8 }).map((w) => w.join(" "));

function plain(texts: string[], q: string): number[] {
	const m = prepareNormalisedSearch(q);
	return texts.flatMap((t, i) => (m(normaliseText(t)) ? [i] : []));
}

describe("SearchIndex", () => {
	it("finds exactly what the plain search finds, for any sequence of queries (typing, deleting, jumping)", () => {
		fc.assert(
			fc.property(
				fc.array(text, { maxLength: 40 }),
				fc.array(
					fc.string({ maxLength: 12 }).map((s) => s.replace(/[^a-zé ]/gi, "")),
					{ maxLength: 15 },
				),
				(texts, typed) => {
					const index = new SearchIndex(texts.map(normaliseText));
					// Queries as a user types them: every prefix of each string, then back again.
					const queries = typed.flatMap((t) => [
						...Array.from({ length: t.length + 1 }, (_, i) => t.slice(0, i)),
						...Array.from({ length: t.length }, (_, i) => t.slice(0, t.length - i)),
					]);
					for (const q of queries) {
						const got = index.search(q);
						const want = plain(texts, q);
						if (got === null) expect(want).toEqual(texts.map((_, i) => i));
						else expect(Array.from(got)).toEqual(want);
					}
				},
			),
			fuzzParams(0x717dde, 150),
		);
	});
	it("a blank query gives null (everything); results are ascending indices", () => {
		const index = new SearchIndex(["soviet union", "trade war", "union of soviet", "peace"].map(normaliseText));
		expect(index.search("  ")).toBeNull();
		expect(Array.from(index.search("soviet")!)).toEqual([0, 2]);
		expect(Array.from(index.search("UNION soviet")!)).toEqual([0, 2]);
		expect(Array.from(index.search("on")!)).toEqual([0, 2]);
		expect(Array.from(index.search("zzz")!)).toEqual([]);
		expect(index.size).toBe(4);
	});
	it("a word never matches across two quotes", () => {
		const index = new SearchIndex(["ends with sov", "iet starts here"].map(normaliseText));
		expect(Array.from(index.search("soviet")!)).toEqual([]);
	});
});
