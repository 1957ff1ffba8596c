/** One front-matter finder (Obsidian's rule) for briefs, generated pages, review logs and the CLI's stats. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { blankFrontmatter, frontmatterBlock, frontmatterClose, leadingLines, noteLines } from "../../../src/core/text";
import { splitFrontmatter } from "../../../src/core/brief/frontmatter";
import { isGenerated } from "../../../src/core/garden";
import { fuzzParams } from "../../support/fuzz";
import { oldStripFrontmatter } from "./legacy";

const LOG = '---\ndg-publish: false\nstudy-briefs: review-log\n---\n# Study Briefs review log\n\n{"t":1}\n{"t":2}\n';

describe("frontmatterClose", () => {
	it("finds the closing fence by Obsidian's rule", () => {
		expect(frontmatterClose(["---", "a: 1", "---", "body"])).toBe(2);
		expect(frontmatterClose(["---", "---"])).toBe(1);
		expect(frontmatterClose(["---", "a: 1"])).toBe(-1);
		expect(frontmatterClose(["body", "---"])).toBe(-1);
		// Not front-matter in Obsidian: a fence with more on its line, a `...` closer.
		expect(frontmatterClose(["--- ", "a: 1", "---"])).toBe(-1);
		expect(frontmatterClose(["---yaml", "a: 1", "---"])).toBe(-1);
		expect(frontmatterClose(["---", "a: 1", "..."])).toBe(-1);
	});

	it("reads lazily: it stops at the closing fence", () => {
		const seen: string[] = [];
		function* lines(): Generator<string> {
			for (const l of ["---", "a: 1", "---", "body", "more"]) {
				seen.push(l);
				yield l;
			}
		}
		expect(frontmatterClose(lines())).toBe(2);
		expect(seen).toEqual(["---", "a: 1", "---"]);
	});

	it("leadingLines splits as noteLines does", () => {
		const text = fc
			.array(fc.constantFrom("---", "a", "", "\r\n", "\n", "\r", "\uFEFF", " "), { maxLength: 20 })
			.map((a) => a.join(""));
		fc.assert(
			fc.property(text, (t) => {
				expect([...leadingLines(t)]).toEqual(noteLines(t));
			}),
			fuzzParams(0xf3a701, 400),
		);
	});
});

describe("the finder's users agree on one rule", () => {
	const notes = [
		"---\npublish: true\n---\nBody",
		"\uFEFF---\r\na: 1\r\n---\r\nBody",
		"---\na: 1\n...\nBody",
		"--- \na: 1\n---\nBody",
		"Body\n---\n",
	];

	it("the brief reader, the garden and the log reader see the same blocks", () => {
		for (const note of notes) {
			const split = splitFrontmatter(note);
			const block = frontmatterBlock(note);
			expect(split.raw).toBe(block === null ? null : block.join("\n"));
			expect(blankFrontmatter(note) === note).toBe(block === null);
		}
	});

	it("a generated page is recognised only with a real front-matter block", () => {
		expect(isGenerated("---\nstudy-briefs-generated: true\n---\nbody")).toBe(true);
		expect(isGenerated("---\r\nstudy-briefs-generated: true\r\n---\r\nbody")).toBe(true);
		expect(isGenerated("body\n---\nstudy-briefs-generated: true\n---\n")).toBe(false);
	});
});

describe("blankFrontmatter (review logs)", () => {
	it("blanks the block and keeps line numbers and the rest of the text", () => {
		expect(blankFrontmatter(LOG)).toBe(`\n\n\n\n# Study Briefs review log\n\n{"t":1}\n{"t":2}\n`);
		expect(blankFrontmatter("---\na: 1\n---")).toBe("\n\n");
		expect(blankFrontmatter("no front-matter\n---\n")).toBe("no front-matter\n---\n");
		expect(blankFrontmatter("---\r\na: 1\r\n---\r\nx\r\n")).toBe("\n\n\nx\r\n");
	});

	it("agrees with the log reader's old copy on logs the plugin writes", () => {
		const line = fc
			.string({ maxLength: 30 })
			.filter((s) => !/[\r\n]/.test(s) && s.trim() !== "---" && s.trim() !== "...");
		const log = fc
			.tuple(fc.array(line, { maxLength: 4 }), fc.array(line, { maxLength: 6 }), fc.boolean())
			.map(([fm, body, bom]) => `${bom ? "\uFEFF" : ""}---\n${[...fm, "---", ...body].join("\n")}`);
		fc.assert(
			fc.property(log, (t) => {
				expect(blankFrontmatter(t)).toBe(oldStripFrontmatter(t));
			}),
			fuzzParams(0xf3a702, 400),
		);
	});
});
