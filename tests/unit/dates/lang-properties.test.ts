/**
 * Issue 21: the five-language parsers on hostile token soup. scanCandidates is called directly (findDates
 * would turn an exception into "no dates"), so a parser that throws fails here; matches come in text
 * order, never overlap, and stay inside the text.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findDates } from "../../../src/core/dates";
import { scanCandidates } from "../../../src/core/dates/run-parsers";
import type { Lang } from "../../../src/core/lang/lang";
import { fuzzParams } from "../../support/fuzz";
import { TOKENS } from "./hostile";

const LANG_TOKENS = [
	"1er",
	"3.",
	"1º",
	"de",
	"du",
	"à",
	"au",
	"bis",
	"von",
	"al",
	"dal",
	"entre",
	"et",
	"und",
	"y",
	"e",
	"il",
	"le",
	"août",
	"März",
	"octubre",
	"março",
	"luglio",
	"XIX",
	"XIXe",
	"siècle",
	"Jahrhundert",
	"siglo",
	"século",
	"secolo",
	"années",
	"Jahre",
	"1930er",
	"años",
	"anos",
	"anni",
	"Trenta",
	"av. J.-C.",
	"v. Chr.",
	"a. C.",
	"a.C.",
	"d.C.",
	"-",
	"-495",
	"vers",
	"um",
	"hacia",
	"circa",
	"17.06.1789",
	"1 500",
	"€",
	"%",
	"p.",
	"S.",
	"Novecento",
	"(",
	")",
];
const LANGS: Array<Exclude<Lang, "en">> = ["fr", "de", "es", "pt", "it"];

describe("five-language parsers on token soup (issue 21)", () => {
	it("never throw; matches in order, apart and inside the text", () => {
		const { seed, numRuns } = fuzzParams(2121, 150);
		const soup = fc
			.array(fc.constantFrom(...TOKENS, ...LANG_TOKENS), { minLength: 1, maxLength: 60 })
			.map((w) => w.join(" "));
		fc.assert(
			fc.property(
				soup,
				fc.constantFrom(...LANGS),
				fc.option(fc.integer({ min: 100, max: 2000 }), { nil: undefined }),
				(text, lang, anchorYear) => {
					expect(() => scanCandidates({ text, lang, anchorYear, dayFirst: true })).not.toThrow();
					let last = 0;
					for (const m of findDates(text, { lang, anchorYear })) {
						expect(m.index).toBeGreaterThanOrEqual(last);
						expect(m.end).toBeGreaterThan(m.index);
						expect(m.end).toBeLessThanOrEqual(text.length);
						expect(m.date.label).not.toBe("");
						last = m.end;
					}
				},
			),
			{ seed, numRuns },
		);
	});
});
