/** Issue 16 (2026-12c class 6): a range from millions of years to a BC year, both ends BC (parsers/era-years.ts). */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

describe("ranges from millions of years", () => {
	test.each([
		["Paleolithic: c. 4 million to c. 8,000 BCE", "-3999999..-7999~"],
		["Old Stone Age, 2.5 million - 10,000 BC", "-2499999..-9999~"],
		["Stone tools, 3 million BC – 9000 BC", "-2999999..-8999~"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([
		["4 million people to 8,000 BCE", "-7999"],
		["about 4 million years ago", ""],
		["a 10,000 BCE to 1 million range", "-9999"],
	])("not a million range: %s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});
});
