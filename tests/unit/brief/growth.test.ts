/**
 * The brief reader stays linear: twice the text, at most 2.2× the parse time (tests/support/growth.ts), on
 * hostile repetitions, on markdown-ish notes and on a big realistic note. Replaces wall-clock limits.
 */
import fc from "fast-check";
import { load } from "js-yaml";
import { describe, it } from "vitest";
import { generateNote } from "../../../bench/vault-gen";
import { parseBrief } from "../../../src/core/brief/index";
import { expectLinearGrowth } from "../../support/growth";
import { PATHOLOGICAL, line } from "./markdownish";

const parse = (text: string) => parseBrief({ path: "P/N.md", text }, { parseYaml: load, maxBytes: 64 * 1024 * 1024 });

describe("brief reader growth", () => {
	// 16,000 -> 32,000 characters of each pattern (a backtracking regex is ~4× or worse). Larger sizes cross
	// V8 heap thresholds (arrays of 16k+ lines or matches move to the large-object space) that bend the ratio.
	it.each(PATHOLOGICAL)("pathological %j: twice the text, at most 2.2× the parse time", (name, make) => {
		expectLinearGrowth({ label: name, n: 16_000, make, run: parse });
	});

	it("twice as many markdown-ish lines, at most 2.2× the parse time", () => {
		// 500 fixed-seed lines repeated n times: the larger note is the smaller one twice, so the work should
		// double (two random prefixes of different lengths differ in content, not only in size).
		const block = fc.sample(line, { seed: 0xb41e04, numRuns: 500 }).join("\n");
		const note = (n: number): string =>
			`---\ndg-publish: true\n---\n${Array.from({ length: n }, () => block).join("\n")}`;
		expectLinearGrowth({ label: "markdown-ish lines", n: 8, make: note, run: parse });
	});

	it("a big note of generated briefs: twice the text, at most 2.2× the parse time", () => {
		// The bodies of the benchmark's generated briefs (every date form), with quotes and table rows, in one note.
		const bodies = Array.from({ length: 64 }, (_, i) => {
			const t = generateNote(i).text;
			return `${t.slice(t.indexOf("\n---", 3) + 4)}\n\n> Quoted ${i}.\n\n— Speaker ${i}\n\n| ${1500 + (i % 400)} | Row ${i} |\n`;
		});
		const note = (n: number): string =>
			`---\ndg-publish: true\n---\n${Array.from({ length: n }, (_, i) => bodies[i % bodies.length]).join("\n")}`;
		expectLinearGrowth({ label: "generated briefs", n: 128, make: note, run: parse });
	});
});
