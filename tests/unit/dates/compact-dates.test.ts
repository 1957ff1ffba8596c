/** Issue 16: compact and casual day dates from revision notes. */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

describe("compact day dates", () => {
	test.each([
		["6-Jun-1944: D-day", "1944-06-06"],
		["end at 11:00 of 11-Nov-1918", "1918-11-11"],
		["May-1945: Germany defeated", "1945-05"],
		["Aug-1945: Japan out as well", "1945-08"],
		["Armistice - ceasefire, signed 11 nov 1918", "1918-11-11"],
		["signed nov 11, 1918 at dawn", "1918-11-11"],
		["Munich Putsch - 8/9th Nov 1923 - 600 SA leaders", "1923-11-08..1923-11-09"],
		["Bastille: 14/15th Jul 1789", "1789-07-14..1789-07-15"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([
		["They may 1918 be remembered"],
		["We march 1000 miles"],
		["Room 12-May-99 is booked"],
		["31-Feb-1900 is not a day"],
	])("not a date: %s", (text) => {
		expect(notation(findDates(text))).not.toMatch(/-\d\d-\d\d|^\d{4}-\d\d$/);
	});
});
