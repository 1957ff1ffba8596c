/** Old Style, anchoring, BCE ordering, year 0, years 1-99, labels and sorting. */
import { describe, expect, test } from "vitest";
import {
	compareHistDates,
	createDateReader,
	findDates,
	formatHistDate,
	formatYear,
	parseDateLabel,
} from "../../../src/core/dates";
import type { HistDate } from "../../../src/core/model";
import { mayHoldDate } from "../../../src/core/dates/fastpath";
import { notation } from "./helpers";

function one(text: string): HistDate {
	const found = findDates(text);
	expect(found, text).toHaveLength(1);
	return found[0].date;
}

describe("Old Style", () => {
	test("dual date: one event placed by the Gregorian date, the O.S. date kept", () => {
		const d = one("The October Revolution took place on 7 November (25 October O.S.) 1917.");
		expect(d.start).toEqual({ year: 1917, month: 11, day: 7 });
		expect(d.calendar).toBe("julian");
		expect(d.originalLabel).toBe("25 Oct 1917 O.S.");
		expect(d.label).toBe("7 Nov 1917");
	});
	test("(Old Style) after a date converts Julian to Gregorian", () => {
		const d = one("The storming happened on 25 October 1917 (Old Style).");
		expect(d.start).toEqual({ year: 1917, month: 11, day: 7 });
		expect(d.calendar).toBe("julian");
		expect(d.text).toBe("25 October 1917 (Old Style)");
	});
	test("O.S. in the 18th century is 11 days; the 19th century 12", () => {
		expect(one("Peter died on 28 January 1725 O.S.").start).toEqual({ year: 1725, month: 2, day: 8 });
		expect(one("Alexander II was killed on 1 March 1881 (O.S.)").start).toEqual({ year: 1881, month: 3, day: 13 });
	});
	test("inner N.S. date: the inner one is Gregorian", () => {
		const d = one("It began on 25 October (7 November N.S.) 1917.");
		expect(d.start).toEqual({ year: 1917, month: 11, day: 7 });
		expect(d.originalLabel).toBe("25 Oct 1917 O.S.");
	});
	test("N.S. marker is absorbed without conversion", () => {
		const d = one("He was born on 9 June 1672 (N.S.).");
		expect(d.start).toEqual({ year: 1672, month: 6, day: 9 });
		expect(d.calendar).toBeUndefined();
	});
});

describe("anchoring", () => {
	test("month-only mention takes the year of the previous dated sentence", () => {
		const r = createDateReader();
		expect(notation(r.read("In November 1933 the talks began."))).toBe("1933-11");
		expect(notation(r.read("In December they exchanged ambassadors."))).toBe("1933-12");
		expect(r.anchorYear).toBe(1933);
	});
	test("without an anchor, month-only mentions give nothing (never today's year)", () => {
		expect(findDates("In December they exchanged ambassadors.")).toEqual([]);
		const r = createDateReader();
		expect(r.read("In December they exchanged ambassadors.")).toEqual([]);
		expect(r.anchorYear).toBeUndefined();
	});
	test("day and month without a year use the anchor; the anchor moves on", () => {
		const r = createDateReader();
		r.read("The war began in 1914.");
		expect(notation(r.read("On 28 June the archduke was shot."))).toBe("1914-06-28");
		r.read("By 1918 it was over.");
		expect(notation(r.read("On November 11 the armistice was signed."))).toBe("1918-11-11");
	});
	test("centuries do not anchor; the March Revolution is never a date", () => {
		const r = createDateReader({ anchorYear: 1917 });
		expect(r.read("The March Revolution toppled the Tsar.")).toEqual([]);
		r.read("The 19th century was long.");
		expect(r.anchorYear).toBe(1917);
	});
	test("dayFirst reads numeric dates the en-GB way", () => {
		expect(notation(findDates("War began on 01/09/1939."))).toBe("1939-01-09");
		expect(notation(findDates("War began on 01/09/1939.", { dayFirst: true }))).toBe("1939-09-01");
	});
	test("defaultEra BCE reads bare years as BC", () => {
		expect(notation(findDates("Rome was founded in 753.", { defaultEra: "BCE" }))).toBe("-752");
	});
});

describe("BCE, year 0 and small years", () => {
	test("formatYear never writes year 0", () => {
		expect(formatYear(0)).toBe("1 BC");
		expect(formatYear(-43)).toBe("44 BC");
		expect(formatYear(1)).toBe("1");
		expect(formatYear(79)).toBe("79");
		expect(formatYear(1933)).toBe("1933");
		expect(formatYear(-49999)).toBe("50,000 BC");
	});
	test("1 BC and AD 1 are consecutive years", () => {
		expect(one("It happened in 1 BC.").start.year).toBe(0);
		expect(one("It happened in AD 1.").start.year).toBe(1);
	});
	test("years 1-99 with an era or 'the year'", () => {
		expect(one("The revolt of AD 9.").start.year).toBe(9);
		expect(one("It ended in 14 AD.").label).toBe("14");
		expect(one("In the year 33 it happened.").start.year).toBe(33);
		expect(parseDateLabel("79")?.start.year).toBe(79);
	});
	test("BCE dates sort before CE dates, and older BCE first", () => {
		const texts = ["in AD 79", "in 44 BC", "in 476 CE", "in 753 BC", "in 1 BC", "in AD 1", "the 5th century BC"];
		const sorted = texts
			.map(one)
			.sort(compareHistDates)
			.map((d) => d.label);
		expect(sorted).toEqual(["753 BC", "5th century BC", "44 BC", "1 BC", "1", "79", "476"]);
	});
});

describe("compareHistDates", () => {
	test("same start: the coarser precision first (year before its days)", () => {
		const year = one("in 1933");
		const month = one("in January 1933");
		const day = one("on 1 January 1933");
		const decade = one("the 1930s");
		expect([day, month, year].sort(compareHistDates)).toEqual([year, month, day]);
		expect(compareHistDates(decade, one("in 1930"))).toBeLessThan(0);
		expect(compareHistDates(year, { ...year, text: "other" })).toBe(0);
	});
	test("missing month and day sort first", () => {
		expect(compareHistDates(one("in 1933"), one("in November 1933"))).toBeLessThan(0);
		expect(compareHistDates(one("November 1933"), one("November 16, 1933"))).toBeLessThan(0);
	});
});

describe("labels", () => {
	test.each([
		"44 BC",
		"c. 1150",
		"1930s",
		"mid-1930s",
		"Nov 1933",
		"16 Nov 1933",
		"1933–1939",
		"19th century",
		"5th century BC",
		"2nd millennium BC",
		"spring 1941",
		"winter 1941–42",
		"82–79 BC",
		"27 BC – AD 14",
		"Jun 1948 – May 1949",
		"1–3 Sep 1939",
		"late Nov 1933",
		"early 1917",
		"1800s",
		"c. 50,000 BC",
		"15 Mar 44 BC",
	])("%s re-parses to itself", (label) => {
		const d = parseDateLabel(label);
		expect(d, label).not.toBeNull();
		expect(formatHistDate(d as HistDate)).toBe(label);
	});
	test("parseDateLabel rejects what is not one date", () => {
		expect(parseDateLabel("")).toBeNull();
		expect(parseDateLabel("hello")).toBeNull();
		expect(parseDateLabel("1933 and 1939")).toBeNull();
	});
});

describe("fast path and robustness", () => {
	test("mayHoldDate (the fast path findDates uses)", () => {
		expect(mayHoldDate("Roosevelt met Litvinov.", true)).toBe(false);
		expect(mayHoldDate("in December", true)).toBe(true);
		expect(mayHoldDate("in December", false)).toBe(false);
		expect(mayHoldDate("the fifth century", false)).toBe(true);
		expect(mayHoldDate("in 1917", false)).toBe(true);
	});
	test("odd inputs never throw", () => {
		for (const t of [
			"",
			" ",
			"-",
			"–––",
			"0000-00-00",
			"99999999999 BC",
			"AD 0",
			"0 BC",
			"(((1917",
			"31 February 1917",
			"\u0000 1917",
		]) {
			expect(() => findDates(t)).not.toThrow();
		}
		expect(findDates("31 February 1917").map((m) => m.date.precision)).toEqual(["month"]);
		expect(findDates("in 0 BC")).toEqual([]);
		expect(findDates(undefined as unknown as string)).toEqual([]);
	});
});
