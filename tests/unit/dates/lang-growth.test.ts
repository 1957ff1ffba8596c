/**
 * Issue 21: the multi-language date engine stays linear. Twice a paragraph, at most 2.2× the work
 * (tests/support/growth.ts), on patterns aimed at the new parsers (ordinals, month names, range and circa
 * words, Roman centuries, negative years, era abbreviations, spaced thousands), each read in all five
 * languages with and without an anchor year.
 */
import { describe, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import type { Lang } from "../../../src/core/lang/lang";
import { expectLinearGrowth } from "../../support/growth";
import { hostile } from "./hostile";

const LANGS: Lang[] = ["fr", "de", "es", "pt", "it"];

const PATTERNS: Array<[string, string]> = [
	["", "1er "],
	["", "3. "],
	["", "12 de "],
	["", "de 1914 à "],
	["", "XIXe "],
	["", "-1"],
	["", "années "],
	["", "a. C. "],
	["", "1 500 "],
	["", "vers "],
	["", "7 août 1914 - "],
	["", "siglo XI"],
	["", "anni 30 e "],
	["", "17.06."],
	["", "(1944 - "],
	["", "Mai-Juni "],
];

function readAll(p: string): number {
	let n = 0;
	for (const lang of LANGS) n += findDates(p, { lang }).length + findDates(p, { lang, anchorYear: 1917 }).length;
	return n;
}

// 4 kB -> 8 kB (and up to 4×): below the 20,000-character slicing, so a backtracking regex shows.
describe("multi-language date reader growth", () => {
	test.each(PATTERNS.map((h) => [h.join(""), h] as const))(
		"twice a hostile paragraph %j in five languages, at most 2.2× the work",
		(_name, h) => {
			expectLinearGrowth({ label: h.join(""), n: 4_000, make: (n) => hostile(h, n), run: readAll });
		},
	);
});
