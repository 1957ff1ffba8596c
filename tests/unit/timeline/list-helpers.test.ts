import { describe, expect, it } from "vitest";
import { migrateSettings } from "../../../src/settings";
import { matchRanges, queryTerms } from "../../../src/ui/timeline/highlight";

describe("timeline list helpers", () => {
	it("filter highlights: case and accents ignored, positions in the original text, overlaps merged", () => {
		expect(queryTerms("  Jōmon, POTTERY ")).toEqual(["jomon", "pottery"]);
		const text = "JŌMON pottery: jomon pots";
		expect(matchRanges(text, ["jomon", "pot"]).map(([a, b]) => text.slice(a, b))).toEqual([
			"JŌMON",
			"pot",
			"jomon",
			"pot",
		]);
		expect(matchRanges("Ides of March", ["of", "ides of"]).map(([a, b]) => [a, b])).toEqual([[0, 7]]);
		expect(matchRanges("anything", [])).toEqual([]);
	});

	it("course colours in the settings: palette indexes kept, anything else dropped", () => {
		const s = migrateSettings({
			courseColors: { "History/Rome": 3, Bad: 12, Half: 1.5, Text: "2", ["__proto__"]: 1 },
		});
		expect(s.courseColors).toEqual({ "History/Rome": 3 });
		expect(Object.getPrototypeOf(s.courseColors)).toBe(Object.prototype);
		expect(migrateSettings({}).courseColors).toEqual({});
		expect(migrateSettings({ courseColors: [1, 2] }).courseColors).toEqual({});
	});
});
