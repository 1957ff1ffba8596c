/**
 * The garden writer is linear in its input (issue 14, rules for the fixes): double the input, the work at
 * most ~2.2x, as a ratio of medians of interleaved runs in one test (tests/support/growth.ts). The inputs are the worst found: a line
 * of unclosed `[[`, `[`, `![a](` and `[x](y` (each retried from every bracket by the old regular
 * expressions: 40,000 `[[a ` took 11 s), `<` runs, comments, and many briefs with long hostile text.
 */
import { describe, it } from "vitest";
import { buildGardenPages, makeLinker, makeResolver } from "../../../src/core/garden";
import { gardenText, plainText } from "../../../src/core/garden/page-text";
import type { Brief } from "../../../src/core/model";
import { expectLinearGrowth } from "../../support/growth";
import { brief, date, event, note, quote } from "./fixtures";

const BOMB = ["[[a ", "[a ", "![a](", "[x](y ", "[[a](", "[[[", "<b ", "%%c", "<!--", "[[b|c]] ", "*_=$&{ "];

const linker = makeLinker([note("a.md", true)], makeResolver(["a.md"]));

describe("garden writer growth (linear)", () => {
	it("one line of bracket bombs: link rewriting and Mermaid words", () => {
		const line = (n: number) => BOMB.map((b) => b.repeat(n)).join("");
		expectLinearGrowth({
			make: line,
			run: (s) => [gardenText(s, "a.md", linker), plainText(s)],
			n: 20000,
			label: "garden and plain text of bracket bombs",
		});
	});

	it("buildGardenPages: briefs with twice the hostile text (events, quotes, titles, speakers)", () => {
		// The number of briefs and events stays fixed (their order is a sort, n log n by nature): the text grows.
		const briefs = (n: number): Brief[] =>
			Array.from({ length: 40 }, (_, i) => {
				const p = `C${i % 7}/B${i}.md`;
				const text = `In ${1000 + (i % 900)} ${BOMB.join("").repeat(n)} [[a]] [[B${i + 1}|next]]`;
				const events = [0, 1, 2].map((k) =>
					event(p, date(1000 + ((i + k) % 900)), text, `Label *x* ${"<{".repeat(n)}`),
				);
				return brief(p, {
					title: `<b>${i}</b> ${"{x}".repeat(n)}`,
					events,
					quotes: [quote(p, text, `<i>S</i>${"[".repeat(n)}`)],
				});
			});
		expectLinearGrowth({
			make: briefs,
			run: (bs) =>
				buildGardenPages({
					briefs: bs,
					notes: bs.map((b) => note(b.path, true)),
					resolveLink: makeResolver(bs.map((b) => b.path)),
					options: { folder: "Study pages", publishKey: "dg-publish", mermaid: true, perCourse: true },
				}),
			n: 100,
			label: "garden pages of hostile briefs",
		});
	});
});
