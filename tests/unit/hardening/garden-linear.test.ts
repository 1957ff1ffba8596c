/**
 * Garden text (issue 14, "every loop over note text is linear"): the bracket patterns of garden text were
 * retried from every opener, quadratic on runs of `[[`, `[a](`, `![` and `<`. The link scanner (garden/link-scan.ts,
 * with its own differential property in tests/unit/garden) keeps garden and plain text linear (growth).
 */
import { describe, expect, it } from "vitest";
import { gardenText, makeLinker, plainText } from "../../../src/core/garden/page-text";
import { GROWTH_LIMIT, repeatTo, textGrowth } from "../../support/growth";

describe("garden text", () => {
	it("garden text and plain text grow linearly on runs of [[, [a](, ![ and <", () => {
		const linker = makeLinker([], () => null);
		for (const unit of ["[[", "[a](", "![", "<", "[[a|b]] "]) {
			const a = textGrowth((n) => repeatTo(unit, n), plainText, 8000);
			const b = textGrowth(
				(n) => repeatTo(unit, n),
				(t) => gardenText(t, "a.md", linker),
				8000,
			);
			expect(a.ratio, `plainText ${unit}`).toBeLessThanOrEqual(GROWTH_LIMIT);
			expect(b.ratio, `gardenText ${unit}`).toBeLessThanOrEqual(GROWTH_LIMIT);
		}
	});
});
