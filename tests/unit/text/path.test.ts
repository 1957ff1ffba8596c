/** One baseName for five copies: the same names for vault paths, and Windows paths and .markdown too. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { baseName, withoutExtension } from "../../../src/core/text";
import { fuzzParams } from "../../support/fuzz";
import { oldBriefBaseName, oldGardenBaseName, oldWithoutMd } from "./legacy";

const segment = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes("/") && !s.includes("\\"));
/** A vault path as Obsidian and the CLI make them: "/" separated, ending in .md (any case). */
const vaultPath = fc
	.tuple(fc.array(segment, { maxLength: 3 }), segment, fc.constantFrom(".md", ".MD", ".Md"))
	.map(([dirs, name, ext]) => [...dirs, name + ext].join("/"));

describe("baseName", () => {
	it("agrees with every old copy on vault paths", () => {
		fc.assert(
			fc.property(vaultPath, (p) => {
				expect(baseName(p)).toBe(oldBriefBaseName(p));
				expect(baseName(p)).toBe(oldGardenBaseName(p));
				expect(withoutExtension(p)).toBe(oldWithoutMd(p));
			}),
			fuzzParams(0x9a7e01, 300),
		);
	});

	it("agrees with the reader's old copy on any path (backslashes, .markdown, .mdx)", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), (p) => {
				expect(baseName(p)).toBe(oldBriefBaseName(p));
			}),
			fuzzParams(0x9a7e02, 300),
		);
	});

	it("names files and link targets", () => {
		expect(baseName("History/Russia/Brief one.md")).toBe("Brief one");
		expect(baseName("Brief.MD")).toBe("Brief");
		expect(baseName("C:\\vault\\Notes\\Rome.markdown")).toBe("Rome");
		expect(baseName("plain")).toBe("plain");
		expect(baseName("a.md.md")).toBe("a.md");
		expect(withoutExtension("History/Brief one.md")).toBe("History/Brief one");
		expect(withoutExtension("History/Brief one")).toBe("History/Brief one");
	});
});
