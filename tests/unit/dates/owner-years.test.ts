/**
 * Issue 16 (2026-12c class 4): bare years after a possessive, between commas after a name, in brackets after a
 * word of doubt (parsers/owner-years.ts); counts and lists of numbers stay unread.
 */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

describe("years after a possessive, between commas, after a doubt word", () => {
	test.each([
		["Montagu's 1917 declaration promised self-government", "1917"],
		["Congress held its 1929 Lahore annual session", "1929"],
		["Napoleon's 1812 campaign failed", "1812"],
		["the Kings’ 1688 settlement", "1688"],
		["The Simon Commission, 1927, reported", "1927"],
		["Ibn Tumart died (disputed, 1141)", "1141"],
		["The charter was sealed (probably 1483)", "1483"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([
		["Britain's 1500 ships sailed"],
		["his 1200 men marched"],
		["their 2000 soldiers fled"],
		["They counted 120, 1500, 2000 sheep"],
		["Napoleon's 12 marshals"],
		["Conquest's 1968 book The Great Terror"],
		["Hobsbawm's 1962 study of revolutions"],
		["(disputed, 12)"],
	])("not a year: %s", (text) => {
		expect(notation(findDates(text))).toBe("");
	});
});
