/** A month or day without a year takes the year written before it in its own sentence, not an earlier anchor. */
import { describe, expect, it } from "vitest";
import { createDateReader } from "../../../src/core/dates";

const read = (...sentences: string[]) => {
	const r = createDateReader();
	return sentences.map((s) => r.read(s).map((m) => `${m.date.label}${m.date.inferred ? "?" : ""}`));
};

describe("the year of a sentence anchors its own months and days", () => {
	it("beats the anchor of an earlier sentence, and is written (not inferred)", () => {
		expect(read("The Reform Act passed in 1867.", "The Great Exhibition opened in May 1851 (May 1).")).toEqual([
			["1867"],
			["May 1851", "1 May 1851"],
		]);
		expect(
			read(
				"Since 1943 the Allies had planned an invasion.",
				"By January 1945 Hitler was in a bunker, where he died on April 30.",
				"On May 7, Germany surrendered.",
			),
		).toEqual([["1943"], ["Jan 1945", "30 Apr 1945"], ["7 May 1945?"]]);
	});

	it("a decade or a century in the sentence does not anchor; a month with no year before it keeps the anchor", () => {
		expect(read("Stalin took power in 1928.", "In the 1930s, purges began on December 1.")).toEqual([
			["1928"],
			["1930s", "1 Dec 1928?"],
		]);
		expect(read("The war began in 1914.", "On August 4, Britain joined; by 1915 it was stuck.")).toEqual([
			["1914"],
			["4 Aug 1914?", "1915"],
		]);
	});
});
