/**
 * Issue 16, item 3: centuries as historians abbreviate them, with no "century" word (parsers/ordinal-centuries).
 * An ordinal followed by an era or by c./cen./cent. is a century; a bare ordinal never is.
 */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { parseBrief } from "../../../src/core/brief";
import { notation } from "./helpers";

describe("ordinal centuries without the word century", () => {
	test.each([
		["Red-figure pottery spreads in the 3rd BCE.", "-299..-200"],
		["Temples rebuilt in the 6th BCE", "-599..-500"],
		["Greek writing by the 2nd BC", "-199..-100"],
		["The league lasted until late 2nd BCE.", "-133..-100~"],
		["Hellenistic kingdoms, 3rd - 2nd BCE", "-299..-100"],
		["Classical to early Hellenistic (5th - early 3rd BCE)", "-499..-267~"],
		["Inscriptions of the 8th-cen AD", "701..800"],
		["Reforms of the 19th and 20th cen", "1801..2000"],
		["Houses of the late 18th-cen", "1767..1800~"],
		["Walls of the 5th-3rd c. BC", "-499..-200"],
		["Coins of the 4th and 5th c. AD", "301..500"],
		["Poets of the 1st c. CE", "1..100"],
		["Churches of the 3rd cent. AD", "201..300"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([
		["the 3rd Army crossed the river"],
		["the 3rd battalion marched"],
		["on the 2nd of the month"],
		["He paid 5 cents for it"],
		["the 3rd central committee met"],
		["she came 2nd and 3rd in the races"],
		["on the 3rd, AD troops arrived"],
		["the 21st - 22nd items"],
	])("not a century: %s", (text) => {
		expect(notation(findDates(text))).toBe("");
	});

	test("a BC range must run down, an AD range up", () => {
		expect(notation(findDates("the 2nd - 3rd BCE"))).toBe("");
		expect(notation(findDates("the 20th and 19th cen"))).toBe("");
	});

	test("a note's bullet keeps its era and its label", () => {
		const text = "---\ndg-publish: true\n---\n# Greece\n- Hellenistic kingdoms rise, 3rd - 2nd BCE\n";
		const [e] = parseBrief({ path: "greece.md", text }).events;
		expect(e.date.start.year).toBe(-299);
		expect(e.date.end.year).toBe(-100);
		expect(e.date.label).toMatch(/^3rd–2nd centuries B/);
	});
});
