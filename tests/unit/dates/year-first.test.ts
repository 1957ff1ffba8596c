/** Issue 16, item 4: year-first dates, year lists, "cent" centuries and two-digit decades (sentences written for this test). */
import { describe, expect, test } from "vitest";
import { createDateReader, findDates } from "../../../src/core/dates";
import { notation } from "./helpers";
import { hostile } from "./hostile";
import { expectLinearGrowth } from "../../support/growth";
import type { Candidate } from "../../../src/core/dates/patterns";
import { yearFirstDates } from "../../../src/core/dates/parsers/year-first";

describe("year-first dates are one full date", () => {
	test.each([
		["1918, November 11: the armistice is signed", "1918-11-11"],
		["1918 November 11 - fighting stops at 11 am", "1918-11-11"],
		["1789 July 14 storming of the Bastille", "1789-07-14"],
		["1066, Oct. 14 - Battle of Hastings", "1066-10-14"],
		["476 September 4: Odoacer deposes Romulus Augustulus", "476-09-04"],
		["44 BC March 15 - Caesar is murdered", "-43-03-15"],
		["1916 July 1 – November 18: the Somme", "1916-07-01..1916-11-18"],
		["1815 June 18th, Waterloo", "1815-06-18"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test("the day is not re-anchored to another line's year", () => {
		const r = createDateReader();
		r.read("In 1914 the war began.");
		const m = r.read("1918, November 11: the armistice");
		expect(m).toHaveLength(1);
		expect(m[0].date.start).toEqual({ year: 1918, month: 11, day: 11 });
		expect(m[0].date.inferred).toBeUndefined();
	});

	test.each([
		["they lost 1200 March 3 was a disaster", "a count"],
		["see p. 1918 May 5", "a reference"],
		["1914-1918 November 11", "the end of a range"],
		["at 1918 May 5:30", "a time"],
		["1918 February 30", "no such day"],
		["x1918 May 5", "glued to a word"],
		["in 1918 May the offensive", "no day"],
	])("the year-first parser leaves alone: %s (%s)", (text) => {
		const out: Candidate[] = [];
		yearFirstDates({ text }, out);
		expect(out).toEqual([]);
	});

	test("a range before a day keeps its old reading", () => {
		expect(notation(findDates("1914-1918 November 11"))).toBe("1914..1918");
	});

	test("a year before a month without a day keeps the old month reading", () => {
		expect(notation(findDates("in 1905 January the strikes began"))).toBe("1905-01");
	});
});

describe("year lists and ranges as notes write them", () => {
	test.each([
		["Gothic style c. 1200 - C. 1450", "1200..1450~"],
		["Gothic style c.1200-c.1450", "1200..1450~"],
		["Ca. 1300 – Ca. 1350 plague years", "1300..1350~"],
		["Pope Leo X (r.1513 - 1521)", "1513..1521"],
		["Montezuma II (r.1502 - 1520) ruled the Aztecs", "1502..1520"],
		["Akbar (reigned1556-1605)", "1556..1605"],
		["Henry VIII (r.1509)", "1509"],
		["two charters (1620 & 1630)", "1620;1630"],
		["reform acts 1832 & 1867", "1832;1867"],
		["censuses 1813/1833/1853", "1813;1833;1853"],
		["the 1914/15 winter campaign", "1914..1915"],
		["the 1941/1942 school year", "1941..1942"],
		["Irish famine 1845/49", "1845..1849"],
		["the elections 1906/1910", "1906;1910"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([
		["a ratio of 1000/2000 units"],
		["1200 & 1500 men fought"],
		["page 1813/1833"],
		["version 1914/15/16/17a"],
		["12/3/1850"],
	])("not a year list: %s", (text) => {
		const n = notation(findDates(text));
		expect(n.split(";").filter((x) => /^\d{4}$/.test(x)).length).toBeLessThanOrEqual(1);
	});

	test("a numeric date keeps its old reading", () => {
		expect(notation(findDates("12/3/1850"))).toBe("1850-12-03");
	});
});

describe("centuries written 'cent'", () => {
	test.each([
		["Roman crisis of the 3 cent AD", "201..300"],
		["Vikings 9 - 10 cent AD", "801..1000"],
		["Athens in the 5th cent. BC", "-499..-400"],
		["mosaics 4th cent", "301..400"],
		["2 cent BC coins", "-199..-100"],
	])("%s", (text, expected) => {
		expect(notation(findDates(text))).toBe(expected);
	});

	test.each([["a 5 cent stamp"], ["3 cents a loaf"], ["20 central districts"], ["10 cent AD"]])(
		"not a century: %s",
		(text) => {
			const n = notation(findDates(text));
			if (text === "10 cent AD") expect(n).toBe("901..1000");
			else expect(n).toBe("");
		},
	);
});

describe("two-digit decades need the note's century", () => {
	test("after a written year the century comes from the note, marked inferred", () => {
		const r = createDateReader();
		r.read("Rationing ended in 1954.");
		const m = r.read("Then the 60s brought rock and roll.");
		expect(notation(m)).toBe("1960..1969");
		expect(m[0].date.inferred).toBe(true);
		expect(m[0].date.inferredFrom).toMatch(/century/);
	});

	test("a decade or a century sets the century too, and qualifiers work", () => {
		const r = createDateReader();
		r.read("In the 1990s the ruble fell.");
		expect(notation(r.read("Unemployment grew in the late 90s."))).toBe("1996..1999~");
		const r2 = createDateReader();
		r2.read("The 1840s were hungry.");
		expect(notation(r2.read("By the 70's railways crossed Europe."))).toBe("1870..1879");
	});

	test("without any year in the note: no date", () => {
		const r = createDateReader();
		expect(r.read("Music changed in the 50s.")).toEqual([]);
		expect(findDates("Music changed in the 50s.")).toEqual([]);
	});

	test.each([["He was in his 50s."], ["Temperatures rose to 50s."], ["the 50sec mark"], ["the 30 soldiers"]])(
		"not a decade: %s",
		(text) => {
			const r = createDateReader();
			r.read("In 1950 the war in Korea began.");
			expect(r.read(text).filter((m) => m.date.precision === "decade")).toEqual([]);
		},
	);
});

// The new forms on hostile repeats, through the reader (which also reads two-digit decades and schedule lines):
// twice the paragraph, at most 2.2× the work.
describe("growth of the new forms", () => {
	const read = (p: string): number => {
		const r = createDateReader({ anchorYear: 1917 });
		return r.read(p).length + r.read(p).length;
	};
	test.each([
		"1918, November ",
		"1918 Nov 1 – ",
		"c. 1200 - C. ",
		"1813/",
		"1914/15/",
		"(r.1502 - ",
		"1620 & ",
		"9 - 10 cent ",
		"the 50s ",
		"the late ",
		"Jan - ",
		"Th 3/10 exam ",
	])("%j", (unit) => {
		expectLinearGrowth({ label: unit, n: 10_000, make: (n) => hostile(["", unit], n), run: read });
	});
});
