/** "In 1381 peasants revolted": a sentence's opening time phrase makes the number a year, even before a group noun. */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/dates";

const labels = (text: string) => findDates(text).map((m) => m.date.label);

describe("a year that opens a sentence before people or groups", () => {
	it("is a year", () => {
		expect(labels("In 1381 peasants revolted across Kent.")).toEqual(["1381"]);
		expect(labels("By 1900 workers had formed unions.")).toEqual(["1900"]);
		expect(labels("The old order held. After 1815 soldiers came home to no work.")).toEqual(["1815"]);
		expect(labels("- During 1348 villages emptied")).toEqual(["1348"]);
	});

	it("stays a count elsewhere", () => {
		expect(labels("The king sent 1200 men north.")).toEqual([]);
		expect(labels("They were outnumbered by 1500 soldiers.")).toEqual([]);
		expect(labels("In 1805, 1200 men marched on Ulm.")).toEqual(["1805"]);
		expect(labels("In 1200 years the language changed.")).toEqual([]);
	});
});
