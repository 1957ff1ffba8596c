/** Backslash escapes by one scan (strip.ts): exactly what the old global regex replace did, in linear time. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unescapeMarkdown } from "../../../src/core/brief/strip";
import { fuzzParams } from "../../support/fuzz";
import { expectLinearGrowth } from "../../support/growth";

const oracle = (t: string): string => t.replace(/\\([\\`*_{}[\]()#+\-.!|>~$="'])/g, "$1");

describe("unescapeMarkdown", () => {
	it("removes exactly the escapes the regular expression removed", () => {
		const text = fc.string({ unit: fc.constantFrom(..."\\\\\\*_a []#|\"'x"), maxLength: 60 });
		fc.assert(
			fc.property(text, (t) => {
				expect(unescapeMarkdown(t)).toBe(oracle(t));
			}),
			fuzzParams(4811, 2000),
		);
		for (const t of ["\\", "\\\\", "\\\\\\", "a\\", "\\*a\\", "\\a", "\\\\*"])
			expect(unescapeMarkdown(t)).toBe(oracle(t));
	});

	it("is linear on a run of backslashes (the regex replace was not)", () => {
		expectLinearGrowth({ label: "backslashes", n: 16_000, make: (n) => "\\".repeat(n), run: unescapeMarkdown });
	});
});
