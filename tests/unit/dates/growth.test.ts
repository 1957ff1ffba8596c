/**
 * The date reader stays linear: twice a paragraph, at most 2.2× the work (tests/support/growth.ts), on every
 * hostile pattern and on random tokens. Replaces the "a 10 kB paragraph takes < 50 ms" wall-clock limit.
 */
import { describe, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { expectLinearGrowth } from "../../support/growth";
import { HOSTILE, hostile, tokenText } from "./hostile";

/** Both readings of one paragraph: without and with an anchor year (more parsers run with one). */
function readBoth(p: string): number {
	return findDates(p).length + findDates(p, { anchorYear: 1917 }).length;
}

// 10 kB -> 20 kB: both are read in one piece (findDates slices only above 20,000 characters), so a
// backtracking regex or a quadratic pass shows as ~4×, not hidden by the slicing.
describe("date reader growth", () => {
	test.each(HOSTILE.map((h) => [h.join(""), h] as const))(
		"twice a hostile paragraph %j, at most 2.2× the work",
		(_name, h) => {
			expectLinearGrowth({ label: h.join(""), n: 10_000, make: (n) => hostile(h, n), run: readBoth });
		},
	);

	test("twice a paragraph of random tokens, at most 2.2× the work", () => {
		expectLinearGrowth({ label: "tokens", n: 10_000, make: (n) => tokenText(n), run: readBoth });
	});
});
