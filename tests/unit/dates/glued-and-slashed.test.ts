/**
 * Issue 16 (2026-12c classes 3 and 5): a range glued to a word by an en or em dash ("Movement—1903-1908",
 * parsers/year-ranges.ts) and archon years with the second year written whole ("478/477 BCE", parsers/era-years.ts).
 */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { parseBrief } from "../../../src/core/brief";
import { notation } from "./helpers";

describe("a range glued to a word by a dash", () => {
	test.each([
		["The Swadeshi Movement—1903-1908", "1903..1908"],
		["Partition of Bengal–1905–1911", "1905..1911"],
		["Home Rule League—1916–18", "1916..1918"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([["ISBN-1903-1908"], ["Code X—1903-1908"], ["12—1903-1908"], ["pages 12-1903-1908"]])(
		"not a range: %s",
		(text) => {
			expect(notation(findDates(text))).toBe("");
		},
	);

	test("a heading's range dates the heading", () => {
		const text =
			"---\ndg-publish: true\n---\n# India\n\n### The Swadeshi Movement—1903-1908\n\n- Boycott of goods.\n";
		const events = parseBrief({ path: "india.md", text }).events;
		expect(events.map((e) => `${e.date.start.year}..${e.date.end.year}`)).toContain("1903..1908");
	});
});

describe("archon years written whole", () => {
	test.each([
		["The Delian League, 478/477 BCE", "-477..-476"],
		["in 478/477 BC the league formed", "-477..-476"],
		["508/7 BCE", "-507..-506"],
		["1066/67 AD", "1066..1067"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([["478/476 BCE"], ["478/1477 BCE"], ["10/1000 BC"]])("not one archon year: %s", (text) => {
		expect(notation(findDates(text))).toBe("");
	});
});
