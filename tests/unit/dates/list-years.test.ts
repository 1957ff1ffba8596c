/** Issue 16, item 1: bare years in list, timeline and revision-note syntax, and the traps that stay rejected. */
import { expectLinearGrowth } from "../../support/growth";
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { notation } from "./helpers";

describe("bare years in list syntax are read", () => {
	test.each([
		["Munich Agreement - 1938 - Britain and France gave way", "1938"],
		["Rentenmark -1923 - a new currency", "1923"],
		["Turnip Winter -1917 - naval blockade", "1917"],
		["Kaiser - abdicate - 1918", "1918"],
		["Treaty Of Versailles - 1919 - weakened Germany heavily", "1919"],
		["Battle of Bosworth 1485", "1485"],
		["### The Peasants' Revolt 1381", "1381"],
		["Steelyard attacked 1492 - London", "1492"],
		["Nazi Party - made 1920, 6,000 members", "1920"],
		["| Peace of Westphalia 1648 |", "1648"],
		["Boycotts -1933 - SA organised boycotts of Jewish shops", "1933"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});
});

describe("traps stay rejected", () => {
	test.each([
		["Treaty of Versailles weakened Germany (£6.6b in reparations)"],
		["With a vote of 3,000,000 to 1592"],
		["Economic: help Canterbury grow, 1,000 looms, employ 1000s"],
		["The famine was worse than 1200, many starved"],
		["They employed 1500, mostly women"],
		["Army - expanded to 1500 men"],
		["Read pages 1201 - 1210 tonight"],
		["The score was 3 --> 18 --> 37"],
		["300 to 1000 people gathered"],
		["400-200 people"],
		["1000s starved in the winter"],
		["Over 75% - 1600 of them - survived"],
	])("%s", (text) => {
		expect(notation(findDates(text))).toBe("");
	});
});

describe("list years leave other readers alone", () => {
	test("the end of a numeric date range is not a year of its own", () => {
		expect(notation(findDates("American revolution: 7/4/1776 - 1783"))).toBe("1776-07-04");
	});
	test("a historian's 1000s is still the 11th century", () => {
		expect(notation(findDates("Norse voyages reached Vinland in the 1000s"))).toBe("1000..1099");
	});
	test("a BCE note's bare years are not read as CE list years", () => {
		expect(notation(findDates("Marathon - 490 - Athens wins", { defaultEra: "BCE" }))).not.toContain("490");
	});
});

describe("BC word ranges with the era once at the end (issue 16 item 3)", () => {
	test.each([
		["between 58 and 50 BC", "-57..-49"],
		["The years between 461 and 446 BC are grouped", "-460..-445"],
		["emerging between approximately 3500 and 1200 BC in different parts", "-3499..-1199~"],
		["from 264 to 241 BCE", "-263..-240"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});
	test("AD years joined by and stay two years", () => {
		expect(notation(findDates("Attempted Mongol invasions in 1274 and 1281"))).toBe("1274;1281");
	});
});

test("the label 1000s reads back as the 11th century (the thousands guard is for prose only)", async () => {
	const { parseDateLabel } = await import("../../../src/core/dates");
	expect(parseDateLabel("1000s")?.start.year).toBe(1000);
});

test("list years and compact dates stay linear: doubling the text at most ~2.2x the work (ratio of medians)", async () => {
	const { listYears } = await import("../../../src/core/dates/parsers/list-years");
	const { compactDates } = await import("../../../src/core/dates/parsers/compact-dates");
	const unit =
		"Munich Agreement - 1938 - Britain and France, signed 11 nov 1918 aaaaaaaaaaaaaaaaaaaaaaaa 6-Jun-1944 ";
	const work = (text: string): void => {
		listYears({ text }, []);
		compactDates({ text }, []);
	};
	// The shared growth check (tests/support/growth.ts): CPU time, medians of interleaved samples.
	expectLinearGrowth({ label: "list years and compact dates", n: 200, make: (n) => unit.repeat(n), run: work });
});
