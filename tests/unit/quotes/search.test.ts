import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isRefinement, normaliseText, prepareNormalisedSearch, queryWords } from "../../../src/core/quotes/search";

/** Does `text` (raw) match `query` (raw), as the quote view asks it. */
const matchesQuery = (text: string, query: string): boolean => prepareNormalisedSearch(query)(normaliseText(text));
import { fuzzParams } from "../../support/fuzz";

describe("normaliseText", () => {
	it("ignores case, accents and punctuation", () => {
		expect(normaliseText("Café, Déjà-Vu!")).toBe("cafe deja vu");
		expect(normaliseText("  Émile  ZOLA  ")).toBe("emile zola");
		expect(normaliseText("Søren Kierkegaard — “Either/Or”")).toBe("soren kierkegaard either or");
		expect(normaliseText("Straße")).toBe("strasse");
		expect(normaliseText("U.S.-Soviet…relations")).toBe("u s soviet relations");
	});
	it("joins words across apostrophes (straight and curly)", () => {
		expect(normaliseText("Gentleman's agreement")).toBe("gentlemans agreement");
		expect(normaliseText("don’t")).toBe("dont");
	});
	it("keeps digits and non-Latin letters", () => {
		expect(normaliseText("In 1933, Литвинов")).toBe("in 1933 литвинов");
	});
	it("is idempotent", () => {
		fc.assert(
			fc.property(fc.string(), (s) => normaliseText(normaliseText(s)) === normaliseText(s)),
			fuzzParams(0x8564ad, 100),
		);
	});
});

describe("prepareNormalisedSearch", () => {
	const hay = normaliseText(
		"Roosevelt hoped that recognition of the Soviet Union would serve U.S. strategic interests — Émile Zola",
	);
	it("matches when every word occurs (AND), in any order", () => {
		expect(prepareNormalisedSearch("soviet roosevelt")(hay)).toBe(true);
		expect(prepareNormalisedSearch("SOVIET, strategic!")(hay)).toBe(true);
		expect(prepareNormalisedSearch("soviet japan")(hay)).toBe(false);
	});
	it("ignores accents in the query and the text", () => {
		expect(prepareNormalisedSearch("emile zola")(hay)).toBe(true);
		expect(prepareNormalisedSearch("Émile")(hay)).toBe(true);
	});
	it("matches word prefixes and inner parts", () => {
		expect(prepareNormalisedSearch("recog strat")(hay)).toBe(true);
	});
	it("a blank or punctuation-only query matches everything", () => {
		expect(prepareNormalisedSearch("")("anything")).toBe(true);
		expect(prepareNormalisedSearch(" ,;! ")("anything")).toBe(true);
		expect(queryWords(" ,;! ")).toEqual([]);
	});
	it("a query made of words of the text always matches", () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,8}$/), { minLength: 1, maxLength: 6 }),
				fc.nat(),
				(words, n) => {
					const text = words.join(" ");
					const q = words.filter((_, i) => (n >> i) & 1).join(" ");
					return matchesQuery(text, q);
				},
			),
			fuzzParams(0x8b0581, 100),
		);
	});
});

describe("isRefinement", () => {
	it("is true when typing narrows the query", () => {
		expect(isRefinement("sov", "sovi")).toBe(true);
		expect(isRefinement("sovi", "soviet union")).toBe(true);
		expect(isRefinement("soviet", "sov")).toBe(false);
		expect(isRefinement("", "a")).toBe(false);
		expect(isRefinement("union soviet", "soviet union")).toBe(false);
	});
	it("refined matches are a subset of the previous matches", () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), fc.string(), (text, a, b) => {
				if (!isRefinement(a, b)) return true;
				return !matchesQuery(text, b) || matchesQuery(text, a);
			}),
			fuzzParams(0x8c3517, 100),
		);
	});
});
