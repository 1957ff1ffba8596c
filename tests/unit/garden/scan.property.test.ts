/** The linear link scanner of garden text (garden/link-scan.ts) finds exactly the links the old regular expressions found. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapLinks } from "../../../src/core/garden/link-scan";
import { fuzzParams } from "../../support/fuzz";

/** The old regular expressions, as the oracle. */
function regexLinks(text: string): string {
	const LINK = /(!?)\[\[([^\]\n]*?)\]\]|(!?)\[([^\]\n]*)\]\(([^)\n]*)\)/g;
	return text.replace(LINK, (_m, b1: string, inner: string | undefined, b2: string, label: string, url: string) =>
		inner !== undefined ? `{W${b1}|${inner}}` : `{M${b2}|${label}|${url}}`,
	);
}

describe("mapLinks", () => {
	it("property: finds exactly the links the regular expressions find", () => {
		const text = fc.string({ unit: fc.constantFrom(..."[]()!\n a|#"), maxLength: 60 });
		fc.assert(
			fc.property(text, (t) => {
				const mine = mapLinks(
					t,
					(s) => s,
					(k) =>
						k.kind === "wiki"
							? `{W${k.bang ? "!" : ""}|${k.inner}}`
							: `{M${k.bang ? "!" : ""}|${k.label}|${k.url}}`,
				);
				expect(mine).toBe(regexLinks(t));
			}),
			fuzzParams(2024, 2000),
		);
	});
});
