/**
 * One normalise-for-search. The three old copies drifted: the timeline filter made "don't" "don t", the quote
 * search "dont"; the quiz did not fold "ß" or "ʼ". Now all three apostrophe spellings join their word everywhere.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { searchText, searchWords } from "../../../src/core/text";
import { normaliseText as quoteSearchText, prepareNormalisedSearch } from "../../../src/core/quotes/search";
import { normaliseText as timelineSearchText, queryWords } from "../../../src/core/index/filter";
import { normalize as quizNormalize } from "../../../src/core/quiz/normalize";
import { fuzzParams } from "../../support/fuzz";
import { oldQuizNormalize, oldQuoteSearchText } from "./legacy";

describe("searchText", () => {
	it("folds case, accents, letters, apostrophes and punctuation", () => {
		expect(searchText("Café, déjà-vu!")).toBe("cafe deja vu");
		expect(searchText("Don't")).toBe("dont");
		expect(searchText("Don’t dontʼs")).toBe("dont donts");
		expect(searchText("Straße Œuvre")).toBe("strasse oeuvre");
		expect(searchText("ﬁnal x²")).toBe("final x2");
		expect(searchText("  ...  ")).toBe("");
		expect(searchWords("  ...  ")).toEqual([]);
		expect(searchWords("Élan, vital!")).toEqual(["elan", "vital"]);
	});

	it("is the one rule of the quote search, the timeline filter and the quiz", () => {
		for (const s of ["Don't stop", "Œdipus' ſword", "São Paulo — 1932"]) {
			expect(quoteSearchText(s)).toBe(searchText(s));
			expect(timelineSearchText(s)).toBe(searchText(s));
			expect(quizNormalize(s)).toBe(searchText(s));
		}
	});

	it("is idempotent", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
				expect(searchText(searchText(s))).toBe(searchText(s));
			}),
			fuzzParams(0x5ea201, 300),
		);
	});

	it("differs from the old quote search only on compatibility characters, and from the old quiz rule only on the folds", () => {
		const plain = fc.string({ unit: "grapheme", maxLength: 40 });
		fc.assert(
			fc.property(plain, (s) => {
				if (s.normalize("NFKD") === s.normalize("NFD")) expect(searchText(s)).toBe(oldQuoteSearchText(s));
				if (!/[ßæœøđłıþʼẞÆŒØĐŁÞ]/u.test(s)) expect(searchText(s)).toBe(oldQuizNormalize(s));
			}),
			fuzzParams(0x5ea202, 500),
		);
	});
});

describe("the searches that use it", () => {
	const matchesQuery = (text: string, query: string): boolean =>
		prepareNormalisedSearch(query)(quoteSearchText(text));

	it("quote search: 'dont' and \"don't\" find each other", () => {
		expect(matchesQuery("I don't know", "dont")).toBe(true);
		expect(matchesQuery("I dont know", "don't")).toBe(true);
		expect(matchesQuery("I don't know", "dont know")).toBe(true);
		expect(matchesQuery("I don't know", "dont care")).toBe(false);
	});

	it("timeline filter: \"don't\" is one word, as in the quote search (was 'don t')", () => {
		expect(queryWords("Don't panic")).toEqual(["dont", "panic"]);
		expect(timelineSearchText("Lenin's April Theses")).toBe("lenins april theses");
	});
});
