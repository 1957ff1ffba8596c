/** The id fast path (one pass over ASCII text) against its reference, slugHash(normalise(text)). */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { asciiSlugHash, IdMaker, normalise, slugHash } from "../../../src/core/brief/ids";
import { fuzzParams } from "../../support/fuzz";

/** ASCII text rich in what the fast path treats specially: quotes, markup, white space runs, case, punctuation. */
const asciiText = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				" ",
				"  ",
				"\t",
				"\n",
				"\r\n",
				'"',
				"'",
				"`",
				"*",
				"_",
				"-",
				".",
				",",
				"A",
				"z",
				"0",
				"9",
				"Q",
			),
			fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
		),
		{ maxLength: 40 },
	)
	.map((parts) => parts.join(""));

describe("asciiSlugHash", () => {
	it("agrees with slugHash(normalise(text)) on ASCII text", () => {
		fc.assert(
			fc.property(asciiText, (t) => {
				expect(asciiSlugHash(t)).toBe(slugHash(normalise(t)));
			}),
			fuzzParams(0x1d5a01, 1000),
		);
	});

	it("agrees on long texts (the slug is cut at 40 characters) and on texts with nothing to slug", () => {
		const cases = [
			"",
			"   ",
			'"*_`',
			"a".repeat(39) + " b c",
			"word ".repeat(20),
			"x-".repeat(30),
			"  Caesar crossed the Rubicon in 49 BC  ",
			"A".repeat(41) + "-",
		];
		for (const t of cases) expect(asciiSlugHash(t)).toBe(slugHash(normalise(t)));
	});

	it("IdMaker uses one or the other by the text, with the same ids", () => {
		const ids = new IdMaker();
		expect(ids.make("e", "Battle of Actium")).toBe(`e:${slugHash(normalise("Battle of Actium"))}:0`);
		expect(ids.make("e", "battle  of *Actium*")).toBe(`e:${slugHash(normalise("Battle of Actium"))}:1`);
		expect(ids.make("e", "Battle of Actium — 31 BC")).toBe(
			`e:${slugHash(normalise("Battle of Actium — 31 BC"))}:0`,
		);
	});
});
