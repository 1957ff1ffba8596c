/** Hostile date-reader input for the properties and growth checks: tokens and repeated patterns. */
import fc from "fast-check";

export const TOKENS = [
	"1",
	"19",
	"1933",
	"12345678901234567890",
	"-",
	"–",
	"—",
	" ",
	"  ",
	"'",
	"’",
	'"',
	"“",
	",",
	".",
	"(",
	")",
	"BC",
	"AD",
	"c.",
	"ca.",
	"March",
	"Sept.",
	"the",
	"century",
	"of",
	"in",
	"to",
	"and",
	"s",
	"'s",
	"O.S.",
	"/",
	":",
	"0",
];

/** Hostile patterns, each a prefix and a unit repeated to any length. */
export const HOSTILE: Array<[string, string]> = [
	["", "1"],
	["", "1-"],
	["", "1933–"],
	["", " "],
	["", "'"],
	["", "1,"],
	["", "March 1 "],
	["", "in 1917 "],
	["", "the early "],
	["", "12 "],
	["", "c. "],
	["", "("],
	["1", ",000"],
	["", "1,000 BC "],
	["", "March 1, "],
	["", "7 November (25 October O.S. "],
	["", "19th 19th century "],
	["", "late 5th - "],
	["", "3rd and 2nd c"],
	["", "from 1917 to "],
	["", "the 1930s and "],
	["", "Sept. Sept. 1–"],
	["", "1933 – 1933 – "],
];

/** One hostile pattern, `length` characters long. */
export const hostile = ([prefix, unit]: [string, string], length: number): string =>
	(prefix + unit.repeat(Math.ceil(length / unit.length))).slice(0, length);

/** Random tokens from a fixed seed, `length` characters (the same text for the same length, every run). */
export function tokenText(length: number, seed = 7): string {
	const words = fc.sample(fc.array(fc.constantFrom(...TOKENS), { minLength: length, maxLength: length }), {
		seed,
		numRuns: 1,
	})[0];
	return words.join("").slice(0, length);
}
