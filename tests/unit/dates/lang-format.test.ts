/**
 * Issue 21: localized labels. formatHistDate(d, { lang }) writes a date as the language does ("7 août 1914",
 * "XIXe siècle", "années 1930", "44 av. J.-C."), and findDates(label, { lang }) reads the label back to the
 * same date: one match covering the whole label, same start, end, precision and approximation.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDates, formatHistDate } from "../../../src/core/dates";
import type { Lang } from "../../../src/core/lang/lang";
import type { HistDate, Precision, YMD } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";

function date(start: YMD, end: YMD, precision: Precision, approximate = false): HistDate {
	return { start, end, precision, approximate, text: "", label: "" };
}

const LABELS: Array<[HistDate, Record<Exclude<Lang, "en">, string>]> = [
	[
		date({ year: 1914, month: 8, day: 7 }, { year: 1914, month: 8, day: 7 }, "day"),
		{
			fr: "7 août 1914",
			de: "7. August 1914",
			es: "7 de agosto de 1914",
			pt: "7 de agosto de 1914",
			it: "7 agosto 1914",
		},
	],
	[
		date({ year: 1914, month: 11, day: 1 }, { year: 1914, month: 11, day: 1 }, "day"),
		{
			fr: "1er novembre 1914",
			de: "1. November 1914",
			es: "1 de noviembre de 1914",
			pt: "1 de novembro de 1914",
			it: "1 novembre 1914",
		},
	],
	[
		date({ year: 1801 }, { year: 1900 }, "century"),
		{ fr: "XIXe siècle", de: "19. Jahrhundert", es: "siglo XIX", pt: "século XIX", it: "XIX secolo" },
	],
	[
		date({ year: 1767 }, { year: 1800 }, "century", true),
		{
			fr: "fin du XVIIIe siècle",
			de: "Ende des 18. Jahrhunderts",
			es: "finales del siglo XVIII",
			pt: "final do século XVIII",
			it: "fine del XVIII secolo",
		},
	],
	[
		date({ year: -499 }, { year: -400 }, "century"),
		{
			fr: "Ve siècle av. J.-C.",
			de: "5. Jahrhundert v. Chr.",
			es: "siglo V a. C.",
			pt: "século V a.C.",
			it: "V secolo a.C.",
		},
	],
	[
		date({ year: 1930 }, { year: 1939 }, "decade"),
		{ fr: "années 1930", de: "1930er Jahre", es: "década de 1930", pt: "anos 1930", it: "anni 1930" },
	],
	[
		date({ year: -43 }, { year: -43 }, "year"),
		{ fr: "44 av. J.-C.", de: "44 v. Chr.", es: "44 a. C.", pt: "44 a.C.", it: "44 a.C." },
	],
	[
		date({ year: 1150 }, { year: 1150 }, "year", true),
		{ fr: "vers 1150", de: "um 1150", es: "hacia 1150", pt: "por volta de 1150", it: "circa 1150" },
	],
	[
		date({ year: 1914 }, { year: 1918 }, "year"),
		{ fr: "1914–1918", de: "1914–1918", es: "1914–1918", pt: "1914–1918", it: "1914–1918" },
	],
	[
		date({ year: 1942, month: 7 }, { year: 1942, month: 7 }, "month"),
		{ fr: "juillet 1942", de: "Juli 1942", es: "julio de 1942", pt: "julho de 1942", it: "luglio 1942" },
	],
	[
		// Two days of one year: the year once, at the end.
		date({ year: 1916, month: 2, day: 21 }, { year: 1916, month: 12, day: 18 }, "day"),
		{
			fr: "21 février – 18 décembre 1916",
			de: "21. Februar – 18. Dezember 1916",
			es: "21 de febrero – 18 de diciembre de 1916",
			pt: "21 de fevereiro – 18 de dezembro de 1916",
			it: "21 febbraio – 18 dicembre 1916",
		},
	],
];

const LANGS: Array<Exclude<Lang, "en">> = ["fr", "de", "es", "pt", "it"];

function readsBack(d: HistDate, lang: Exclude<Lang, "en">): void {
	const label = formatHistDate(d, { lang });
	const found = findDates(label, { lang });
	expect(found.length, `${lang}: ${label}`).toBe(1);
	const m = found[0];
	expect([m.index, m.end], `${lang}: ${label}`).toEqual([0, label.length]);
	expect([m.date.start, m.date.end, m.date.approximate], `${lang}: ${label}`).toEqual([
		d.start,
		d.end,
		d.approximate,
	]);
}

describe("localized date labels (issue 21)", () => {
	for (const [d, labels] of LABELS) {
		for (const lang of LANGS) {
			it(`${lang}: ${labels[lang]}`, () => {
				expect(formatHistDate(d, { lang })).toBe(labels[lang]);
				readsBack(d, lang);
			});
		}
	}

	it("English labels are unchanged without a language or with 'en'", () => {
		const d = LABELS[0][0];
		expect(formatHistDate(d)).toBe("7 Aug 1914");
		expect(formatHistDate(d, { lang: "en" })).toBe("7 Aug 1914");
	});

	it("any day, month or year from 100 to 2100 (and BC years) reads back in every language", () => {
		const { seed, numRuns } = fuzzParams(21, 60);
		const point = fc.record({
			year: fc.integer({ min: 100, max: 2100 }),
			month: fc.integer({ min: 1, max: 12 }),
			day: fc.integer({ min: 1, max: 28 }),
		});
		fc.assert(
			fc.property(
				point,
				fc.constantFrom("day", "month", "year", "bc"),
				fc.constantFrom(...LANGS),
				(p, kind, lang) => {
					const d =
						kind === "day"
							? date(p, p, "day")
							: kind === "month"
								? date({ year: p.year, month: p.month }, { year: p.year, month: p.month }, "month")
								: kind === "year"
									? date({ year: p.year }, { year: p.year }, "year")
									: date({ year: 1 - p.year }, { year: 1 - p.year }, "year");
					readsBack(d, lang);
				},
			),
			{ seed, numRuns },
		);
	});
});
