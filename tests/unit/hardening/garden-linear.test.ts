/**
 * Garden text (issue 14, "every loop over note text is linear"): the bracket patterns of garden text were
 * retried from every opener, quadratic on runs of `[[`, `[a](`, `![` and `<`. replaceBrackets gives exactly
 * the regex's matches (differential property) in linear time (growth).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gardenText, makeLinker, plainText } from "../../../src/core/garden/text";
import {
	type BracketPattern, HTML_TAG, MD_IMAGE, MD_LINK, MD_PLAIN, WIKI_EMBED, WIKI_LINK, WIKI_PLAIN, replaceBrackets,
} from "../../../src/core/garden/linear-replace";
import { fuzzParams } from "../../support/fuzz";
import { GROWTH_LIMIT, repeatTo, textGrowth } from "./growth-local";

const PATTERNS: Record<string, BracketPattern> = { WIKI_LINK, MD_LINK, WIKI_EMBED, WIKI_PLAIN, MD_IMAGE, MD_PLAIN, HTML_TAG };
const show = (m: string[]): string => `{${m.map((g) => g ?? "-").join("|")}}`;

describe("replaceBrackets", () => {
	it("replaces exactly what the global regex replaces", () => {
		const piece = fc.constantFrom("[", "]", "[[", "]]", "!", "(", ")", "<", ">", "\n", "a", " ", "|", "#", "x.md");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join("")), (text) => {
				for (const p of Object.values(PATTERNS)) {
					const global = new RegExp(p.re.source, "g");
					const expected = text.replace(global, (...args: unknown[]) => show(args.slice(0, -2) as string[]));
					expect(replaceBrackets(text, p, (m) => show([...m]))).toBe(expected);
				}
			}),
			fuzzParams(14_201, 400),
		);
	});

	it("garden text and plain text grow linearly on runs of [[, [a](, ![ and <", () => {
		const linker = makeLinker([], () => null);
		for (const unit of ["[[", "[a](", "![", "<", "[[a|b]] "]) {
			const a = textGrowth((n) => repeatTo(unit, n), plainText, 8000);
			const b = textGrowth((n) => repeatTo(unit, n), (t) => gardenText(t, "a.md", linker), 8000);
			expect(a.ratio, `plainText ${unit}`).toBeLessThanOrEqual(GROWTH_LIMIT);
			expect(b.ratio, `gardenText ${unit}`).toBeLessThanOrEqual(GROWTH_LIMIT);
		}
	});
});
