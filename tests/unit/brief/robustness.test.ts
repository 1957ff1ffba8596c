import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stdout } from "node:process";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { SEED_BRIEF } from "../../shims/test-paths";
import { fuzzParams } from "../../support/fuzz";
import { expectLinearGrowth } from "../../support/growth";

const parseYaml = (s: string): unknown => load(s);

const parse = (text: string) => parseBrief({ path: "P/N.md", text }, { parseYaml });

function checkBrief(text: string): void {
	const b = parse(text);
	expect(typeof b.title).toBe("string");
	expect(Array.isArray(b.events)).toBe(true);
	// An internal exception would surface as a "could not be read" problem: the reader must not throw inside either.
	expect(b.problems.filter((p) => p.message.includes("could not be read"))).toEqual([]);
	for (const p of b.problems) {
		expect(p.path).toBe("P/N.md");
		expect(Number.isInteger(p.line) && p.line >= 0).toBe(true);
	}
	const lines = text.split(/\r\n|\r|\n/).length;
	for (const item of [...b.events, ...b.quotes, ...b.facts]) {
		expect(item.source.line).toBeGreaterThanOrEqual(0);
		expect(item.source.line).toBeLessThan(lines);
	}
}

const word = fc.constantFrom("In", "1917", "c.", "U.S.", "BCE", "November", "1933", "the", "war", "**", "*", "_", "__", "`", "$", "$$", "%%", "[[", "]]", "[", "](", ")", "<!--", "-->", "<p>", "</li>", "#tag", ":", "::", '"', "\u201c", "\u2014", "|", "~~~", "```", "---", "{", "}", "\\", ">", "[!quote]", "1,000", "44 BC", "1930s", "19th century");
const inline = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(" "));
const line = fc.oneof(
	inline,
	inline.map((t) => `## ${t}`),
	inline.map((t) => `- ${t}`),
	inline.map((t) => `  - **${t}:** ${t}`),
	inline.map((t) => `1. ${t}`),
	inline.map((t) => `> ${t}`),
	inline.map((t) => `> [!quote] ${t}`),
	inline.map((t) => `— ${t}`),
	inline.map((t) => `| ${t} | ${t} |`),
	inline.map((t) => `**${t}**`),
	fc.constantFrom("```", "~~~", "$$", "%%", "<!--", "-->", "---", "", "<blockquote><p>", "</p></blockquote>", "<ul>", "</ul>", "{\"dg-publish\":true}", "dg-publish: true", "tags: [a"),
);
const markdownish = fc.array(line, { maxLength: 40 }).map((ls) => ls.join("\n"));
const withFrontmatter = fc.tuple(fc.constantFrom("---\n", "\ufeff---\r\n", ""), markdownish, fc.constantFrom("\n---\n", "\r\n---\r\n", "\n"), markdownish).map((p) => p.join(""));

describe("robustness", () => {
	it("arbitrary strings give a Brief, never a throw", () => {
		fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { checkBrief(s); }), fuzzParams(0xb41e01, 400));
		fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => { checkBrief(s); }), fuzzParams(0xb41e02, 200));
	});

	it("markdown-ish notes (headings, lists, quotes, fences, front-matter) give a Brief", () => {
		fc.assert(fc.property(withFrontmatter, (s) => { checkBrief(s); }), fuzzParams(0xb41e03, 400));
	});

	it("twice as many markdown-ish lines, at most 2.2× the parse time", () => {
		// 500 fixed-seed lines repeated n times: the larger note is the smaller one twice, so the work should
		// double (two random prefixes of different lengths differ in content, not only in size).
		const block = fc.sample(line, { seed: 0xb41e04, numRuns: 500 }).join("\n");
		const note = (n: number): string => `---\ndg-publish: true\n---\n${Array.from({ length: n }, () => block).join("\n")}`;
		expectLinearGrowth({ label: "markdown-ish lines", n: 8, make: note, run: parse });
	});

	const PATHOLOGICAL: Array<[string, (n: number) => string]> = [
		["*", (n) => "*".repeat(n)], ["_", (n) => "_".repeat(n)], ["[", (n) => "[".repeat(n)], ["[[", (n) => "[[".repeat(n / 2)],
		["](", (n) => "](".repeat(n / 2)], ["`", (n) => "`".repeat(n)], ["$", (n) => "$".repeat(n)], ["$a ", (n) => "$a ".repeat(n / 3)],
		["%%", (n) => "%%".repeat(n / 2)], ["<!--", (n) => "<!--".repeat(n / 4)], ["<a ", (n) => "<a ".repeat(n / 3)],
		["> ", (n) => "> ".repeat(n / 2)], ["| ", (n) => "| ".repeat(n / 2)], ["a. ", (n) => "a. ".repeat(n / 3)],
		["U.S. ", (n) => "U.S. ".repeat(n / 5)], ["1917 ", (n) => "1917 ".repeat(n / 5)], ["**a:** ", (n) => "**a:** ".repeat(n / 7)],
		["#a ", (n) => "#a ".repeat(n / 3)], ['"a a a', (n) => `"${"a ".repeat(n / 2)}`], ['- "x — x —', (n) => `- "${"x — ".repeat(n / 4)}`],
		["**aaa", (n) => `**${"a".repeat(n)}`], ["((()))", (n) => "(".repeat(n) + ")".repeat(n)], ["spaces then x", (n) => " ".repeat(n) + "x"],
		["http://", (n) => "http://".repeat(n / 7)], ["\\", (n) => "\\".repeat(n)], ["-", (n) => "-".repeat(n)], ["~", (n) => "~".repeat(n)],
		["#", (n) => "#".repeat(n)], ["- - - x", (n) => `${"- ".repeat(n / 2)}x`],
	];

	it("pathological repetitions give a Brief", () => {
		for (const [, make] of PATHOLOGICAL) checkBrief(make(20_000));
	});

	// No catastrophic backtracking: twice the repetition, at most 2.2× the work (a backtracking regex is ~4× or worse).
	it.each(PATHOLOGICAL)("pathological %j: twice the text, at most 2.2× the parse time", (name, make) => {
		expectLinearGrowth({ label: name, n: 10_000, rounds: 3, make, run: parse });
	});

	it("a failing collaborator becomes a problem, not an exception", () => {
		const boom = parseBrief({ path: "C/N.md", text: "# T\nIn 1917." }, { createDateReader: () => { throw new Error("boom"); } });
		expect(boom.problems).toEqual([{ path: "C/N.md", line: 0, message: "note could not be read: boom", severity: "error" }]);
		expect(boom.publish).toBe(false);
		const badReader = parseBrief({ path: "C/N.md", text: "In 1917 it began." }, { createDateReader: () => ({ anchorYear: undefined, read: () => { throw new Error("x"); } }) });
		expect(badReader.events).toEqual([]);
		expect(badReader.problems).toEqual([]);
		const badYaml = parseBrief({ path: "C/N.md", text: "---\na: 1\n---\n" }, { parseYaml: () => { throw Object.assign(new Error("not an Error"), { mark: { line: 0 } }); } });
		expect(badYaml.problems[0]).toMatchObject({ path: "C/N.md", line: 1, message: "front-matter is not valid YAML: not an Error" });
	});

	/** The seed brief repeated (with varied years, quotes and table rows) to at least `bytes` characters. */
	function bigNote(bytes: number): string {
		const seed = readFileSync(SEED_BRIEF, "utf8");
		const body = seed.slice(seed.indexOf("## "));
		const parts: string[] = ["---\ndg-publish: true\n---\n"];
		let size = 0;
		for (let i = 0; size < bytes; i++) {
			const chunk = `${body.replace("1933", String(1000 + (i % 900)))}\n\n> Quoted ${i}.\n\n— Speaker ${i}\n\n| ${1500 + (i % 400)} | Row ${i} |\n\n`;
			parts.push(chunk);
			size += chunk.length;
		}
		return parts.join("");
	}

	it("a 5 MB note parses completely", () => {
		const text = bigNote(5 * 1024 * 1024);
		const b = parseBrief({ path: "Big.md", text }, { parseYaml, maxBytes: 64 * 1024 * 1024 });
		stdout.write(`5 MB note: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${b.events.length} events, ${b.quotes.length} quotes\n`);
		expect(b.problems).toEqual([]);
		expect(b.quotes.length).toBeGreaterThan(1000);
	});

	it("a big note: twice the text, at most 2.2× the parse time", () => {
		const run = (text: string) => parseBrief({ path: "Big.md", text }, { parseYaml, maxBytes: 64 * 1024 * 1024 });
		expectLinearGrowth({ label: "seed brief repeated", n: 128 * 1024, rounds: 5, make: bigNote, run });
	});
});
