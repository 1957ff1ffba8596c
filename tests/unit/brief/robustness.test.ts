import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fuzzParams } from "../../support/fuzz";
import { PATHOLOGICAL, withFrontmatter } from "./markdownish";
import { stdout } from "node:process";
import { load } from "js-yaml";
import { parseBrief } from "../../../src/core/brief/index";
import { OWN_SEED_BRIEF } from "../../fixtures/paths";

const parseYaml = (s: string): unknown => load(s);

/** Speed is checked as growth in growth.test.ts; here only what is read. */
function checkBrief(text: string): void {
	const b = parseBrief({ path: "P/N.md", text }, { parseYaml });
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

describe("robustness", () => {
	it("arbitrary strings give a Brief, never a throw", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (s) => {
				checkBrief(s);
			}),
			fuzzParams(0xb41e01, 400),
		);
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
				checkBrief(s);
			}),
			fuzzParams(0xb41e02, 200),
		);
	});

	it("markdown-ish notes (headings, lists, quotes, fences, front-matter) give a Brief", () => {
		fc.assert(
			fc.property(withFrontmatter, (s) => {
				checkBrief(s);
			}),
			fuzzParams(0xb41e03, 400),
		);
	});

	it("pathological repetitions give a Brief (their growth is checked in growth.test.ts)", () => {
		for (const [, make] of PATHOLOGICAL) checkBrief(make(20_000));
	});

	it("a failing collaborator becomes a problem, not an exception", () => {
		const boom = parseBrief(
			{ path: "C/N.md", text: "# T\nIn 1917." },
			{
				createDateReader: () => {
					throw new Error("boom");
				},
			},
		);
		expect(boom.problems).toEqual([
			{ path: "C/N.md", line: 0, message: "note could not be read: boom", severity: "error" },
		]);
		expect(boom.publish).toBe(false);
		const badReader = parseBrief(
			{ path: "C/N.md", text: "In 1917 it began." },
			{
				createDateReader: () => ({
					anchorYear: undefined,
					read: () => {
						throw new Error("x");
					},
				}),
			},
		);
		expect(badReader.events).toEqual([]);
		expect(badReader.problems).toEqual([]);
		const badYaml = parseBrief(
			{ path: "C/N.md", text: "---\na: 1\n---\n" },
			{
				parseYaml: () => {
					throw Object.assign(new Error("not an Error"), { mark: { line: 0 } });
				},
			},
		);
		expect(badYaml.problems[0]).toMatchObject({
			path: "C/N.md",
			line: 1,
			message: "front-matter is not valid YAML: not an Error",
		});
	});

	it("a 5 MB note parses whole: every quote and no problem", () => {
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
		// No wall-clock limit: the parse time's growth with size is checked in growth.test.ts.
		const b = parseBrief({ path: "Big.md", text }, { parseYaml, maxBytes: 64 * 1024 * 1024 });
		stdout.write(
			`5 MB note: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${b.events.length} events, ${b.quotes.length} quotes\n`,
		);
		expect(b.problems).toEqual([]);
		expect(b.quotes.length).toBeGreaterThan(1000);
	});
});
