import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stdout } from "node:process";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { OWN_SEED_BRIEF } from "../../fixtures/paths";

const parseYaml = (s: string): unknown => load(s);

function checkBrief(text: string): number {
	const t0 = performance.now();
	const b = parseBrief({ path: "P/N.md", text }, { parseYaml });
	const ms = performance.now() - t0;
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
	return ms;
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
		fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { checkBrief(s); }), { numRuns: 400 });
		fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => { checkBrief(s); }), { numRuns: 200 });
	});

	it("markdown-ish notes (headings, lists, quotes, fences, front-matter) give a Brief in bounded time", () => {
		let worst = 0;
		fc.assert(
			fc.property(withFrontmatter, (s) => {
				worst = Math.max(worst, checkBrief(s));
			}),
			{ numRuns: 400 },
		);
		expect(worst).toBeLessThan(2000);
	});

	it("pathological repetitions stay fast (no catastrophic backtracking)", () => {
		const n = 20_000;
		const cases = [
			"*".repeat(n), "_".repeat(n), "[".repeat(n), "[[".repeat(n / 2), "](".repeat(n / 2), "`".repeat(n), "$".repeat(n),
			"$a ".repeat(n / 3), "%%".repeat(n / 2), "<!--".repeat(n / 4), "<a ".repeat(n / 3), "> ".repeat(n / 2), "| ".repeat(n / 2),
			"a. ".repeat(n / 3), "U.S. ".repeat(n / 5), "1917 ".repeat(n / 5), "**a:** ".repeat(n / 7), "#a ".repeat(n / 3),
			`"${"a ".repeat(n / 2)}`, `- "${"x — ".repeat(n / 4)}`, `**${"a".repeat(n)}`, "(".repeat(n) + ")".repeat(n), " ".repeat(n) + "x",
			"http://".repeat(n / 7), "\\".repeat(n), "-".repeat(n), "~".repeat(n), "#".repeat(n), `${"- ".repeat(n / 2)}x`,
		];
		for (const c of cases) {
			const ms = checkBrief(c);
			expect(ms, JSON.stringify(c.slice(0, 20))).toBeLessThan(1500);
		}
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

	it("a 5 MB note parses in a few seconds", () => {
		const seed = readFileSync(OWN_SEED_BRIEF, "utf8");
		const body = seed.slice(seed.indexOf("## "));
		const parts: string[] = ["---\ndg-publish: true\n---\n"];
		let size = 0;
		for (let i = 0; size < 5 * 1024 * 1024; i++) {
			const chunk = `${body.replace("1948", String(1000 + (i % 900)))}\n\n> Quoted ${i}.\n\n— Speaker ${i}\n\n| ${1500 + (i % 400)} | Row ${i} |\n\n`;
			parts.push(chunk);
			size += chunk.length;
		}
		const text = parts.join("");
		const t0 = performance.now();
		const b = parseBrief({ path: "Big.md", text }, { parseYaml, maxBytes: 64 * 1024 * 1024 });
		const ms = performance.now() - t0;
		stdout.write(`5 MB note: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${ms.toFixed(0)} ms, ${b.events.length} events, ${b.quotes.length} quotes\n`);
		expect(b.problems).toEqual([]);
		expect(b.quotes.length).toBeGreaterThan(1000);
		expect(ms).toBeLessThan(10_000);
	});
});
