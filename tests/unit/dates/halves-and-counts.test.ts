/**
 * Issue 16 (2026-12c class 6): the half of a period ("second half of the 1920s", parsers/periods.ts) and a count
 * written as two numbers ("about 2000 and 5000 people", patterns.ts isApproximateCount).
 */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

describe("the half of a period", () => {
	test.each([
		["in the second half of the 1920s", "1925..1929~"],
		["During the first half of the 1930s, unemployment rose", "1930..1934~"],
		["the first half of the 19th century", "1801..1850~"],
		["in the latter half of the 1800s", "1850..1899~"],
		["the second half of the 5th century BC", "-449..-400~"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([
		["in the 1920s", "1920..1929"],
		["half of the 1920s budget went on arms", "1920..1929"],
		["the late 1920s", "1926..1929~"],
	])("no half: %s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});
});

describe("counts written as two numbers", () => {
	test.each([["about 2000 and 5000 people died"], ["about 1200 to 1500 soldiers"], ["some 1200 men marched"]])(
		"a count: %s",
		(text) => {
			expect(notation(findDates(text))).toBe("");
		},
	);

	test.each([
		["In about 1215 and 1216 barons rebelled", "1215~;1216"],
		["about 1200 and then the Mongols came", "1200~"],
		["Around 1200 castles were built", "1200~"],
	])("still dates: %s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});
});
