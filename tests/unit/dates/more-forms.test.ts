/** Issue 16, items 1–3: more forms from real notes. */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

describe("more forms", () => {
	test.each([
		["in the 5th c BC", "-499..-400"],
		["the 3rd c. BC", "-299..-200"],
		["in the 7th c.", "601..700"],
		["a bowl (2nd c.)", "101..200"],
		["Dutch art of the 17th c", "1601..1700"],
		["4th-15th century", "301..1500"],
		["from 9th century to 12th century", "801..1200"],
		["the 5th–3rd century BC", "-499..-200"],
		["525bc", "-524"],
		["c. 300,000-40,000 bc", "-299999..-39999~"],
		["2,000,000 - 2,500,000 B.C.", "-2499999..-1999999"],
		["10,000 BP", "-8050~"],
		["Lenin (died 1924) left a testament", "1924"],
		["1066 -> Norman Conquest", "1066"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([["Section 5.10 b"], ["Vitamin c is good"], ["3 --> 18 --> 37"], ["room 12b"], ["Read 4 b and 5 c"]])(
		"not a date: %s",
		(text) => {
			expect(notation(findDates(text))).toBe("");
		},
	);
});
