/**
 * Bad input (issue 10): whatever is in a vault gives a Brief or a Problem, never a throw, and parse time
 * grows linearly with size. Inputs are generated here, not committed.
 *
 * "Stays fast" is a growth check (tests/support/growth.ts), not a wall-clock budget: each scalable input is
 * parsed at a size and at twice that size, and the median time may grow at most 2.2×. A catastrophic regex or
 * a quadratic loop shows up as ~4× whatever the machine's load.
 */
import { describe, expect, it } from "vitest";
import { load as loadYaml } from "js-yaml";
import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { mulberry32 } from "../../../src/core/quiz/rng";
import { expectLinearGrowth } from "../../support/growth";

const FM = "---\ndg-publish: true\n---\n";

const MB = 1024 * 1024;
/** `count` scaled by k (the size factor of a scalable input), at least 1. */
const x = (count: number, k: number): number => Math.max(1, Math.round(count * k));

/** Random bytes from a fixed seed: the same input for the same size, every run. */
function bytes(n: number): string {
	const prng = mulberry32(42);
	return Array.from({ length: n }, () => String.fromCharCode(Math.floor(prng.next() * 256))).join("");
}

/** name -> note text at size factor k (1 = the size the correctness test reads); front-matter included. */
export const BAD_INPUTS: Record<string, (k?: number) => string> = {
	"5 MB note of prose with dates": (k = 1) =>
		FM + "In 1917 the tsar fell; by March 1918 the war was over. ".repeat(x((5 * MB) / 56, k)),
	"1 MB line without a newline": (k = 1) => FM + "x1917 ".repeat(x(MB / 6, k)),
	"binary bytes": (k = 1) => FM + bytes(x(200_000, k)),
	"invalid surrogates": (k = 1) => FM + "\ud800 lone high \udc00 lone low \ud83d in 1917 \ude00".repeat(x(5_000, k)),
	"1,000-level nested list": (k = 1) =>
		FM + Array.from({ length: x(1000, k) }, (_, i) => `${"  ".repeat(i)}- level ${i} in ${1000 + i}`).join("\n"),
	"10,000 headings": (k = 1) =>
		FM +
		Array.from(
			{ length: x(10_000, k) },
			(_, i) => `${"#".repeat((i % 6) + 1)} Heading ${i}, ${1000 + (i % 900)}`,
		).join("\n"),
	"100,000 year-like numbers": (k = 1) =>
		FM + Array.from({ length: x(100_000, k) }, (_, i) => String(1000 + (i % 1000))).join(" "),
	"long run of digits": (k = 1) => FM + "1".repeat(x(500_000, k)),
	"long run of dashes": (k = 1) => FM + "1917" + "-".repeat(x(300_000, k)) + "1918 " + "–".repeat(x(100_000, k)),
	"long run of spaces": (k = 1) => FM + "in" + " ".repeat(x(500_000, k)) + "1917",
	"long run of quote marks": (k = 1) => FM + "**Key Quotes:**\n- " + "\"“”'".repeat(x(100_000, k)) + " — Speaker",
	"bold and bracket bombs": (k = 1) =>
		FM + "**".repeat(x(100_000, k)) + "[[".repeat(x(50_000, k)) + "![[" + "%%".repeat(x(30_000, k)),
	"unclosed code fence and comment": (k = 1) =>
		FM + "```\n" + "in 1917\n".repeat(x(50_000, k)) + "<!-- " + "in 1918 ".repeat(x(10_000, k)),
	"right-to-left text": (k = 1) =>
		FM + "# التاريخ\n\nفي عام 1917 سقط القيصر. \u202Ein 1933\u202C ".repeat(x(2_000, k)),
	emoji: (k = 1) => FM + "## 🏛️ Rome, 753 BC 🐺\n\n- **👑 Caesar:** 🗡️ on March 15, 44 BC 🩸\n".repeat(x(2_000, k)),
	"front-matter only, never closed": (k = 1) => "---\ndg-publish: true\n" + "key: value\n".repeat(x(50_000, k)),
	"malformed YAML": () => "---\ndg-publish: [true\ntags: {a\n---\n# Title\n\nIn 1917.",
	"JSON front-matter that is not JSON": () => '---\n{"dg-publish": true,,}\n---\n# T\n',
	empty: () => "",
	"only a BOM and CRLF": () => "\uFEFF\r\n\r\n",
	"table with 20,000 rows": (k = 1) =>
		FM +
		"| Year | Event |\n|---|---|\n" +
		Array.from({ length: x(20_000, k) }, (_, i) => `| ${1000 + (i % 999)} | event ${i} |`).join("\n"),
	"callout nesting 500 deep": (k = 1) =>
		FM + Array.from({ length: x(500, k) }, (_, i) => `${"> ".repeat(i + 1)}[!quote] Speaker ${i}`).join("\n"),
};

const parse = (text: string): Brief => parseBrief({ path: "bad.md", text }, { parseYaml: loadYaml, maxBytes: 64 * MB });

/** Inputs whose length grows with the square of k (each line is longer than the last): grown by √2 per step. */
const SQUARE_SIZED = new Set(["1,000-level nested list", "callout nesting 500 deep"]);
/** Inputs of a fixed size (nothing to grow). */
const FIXED = new Set(["malformed YAML", "JSON front-matter that is not JSON", "empty", "only a BOM and CRLF"]);
/** Size factor of the smaller growth input: large enough that one parse is a few ms, so a quadratic term shows. */
const GROWTH_K: Record<string, number> = {
	"5 MB note of prose with dates": 0.05,
	// 2,500 lines: larger arrays of line strings outgrow V8's young generation and GC, not parsing, sets the ratio.
	"unclosed code fence and comment": 0.05,
};

describe("bad input never throws and grows linearly", () => {
	const report: { name: string; kb: number; events: number; problems: number; ratio?: number }[] = [];
	for (const [name, make] of Object.entries(BAD_INPUTS)) {
		it(name, () => {
			const text = make();
			const brief = parse(text);
			expect(brief.path).toBe("bad.md");
			expect(Array.isArray(brief.events)).toBe(true);
			for (const p of brief.problems) {
				expect(p.path).toBe("bad.md");
				expect(p.message.length).toBeGreaterThan(0);
			}
			report.push({
				name,
				kb: Math.round(text.length / 1024),
				events: brief.events.length,
				problems: brief.problems.length,
			});
			// The result is plain data: it survives JSON (no cycles, no functions).
			expect(() => JSON.stringify(brief)).not.toThrow();
		});
		if (FIXED.has(name)) continue;
		it(`${name}: twice the text, at most 2.2× the parse time`, () => {
			const k = GROWTH_K[name] ?? 0.25;
			const square = SQUARE_SIZED.has(name);
			const r = expectLinearGrowth({
				label: name,
				n: 1000,
				make: (n) => make(square ? k * Math.sqrt(n / 1000) : (k * n) / 1000),
				run: parse,
			});
			const row = report.find((x) => x.name === name);
			if (row) row.ratio = Number(r.ratio.toFixed(2));
		});
	}
	it("reports the figures", () => {
		console.table(report);
		expect(report.length).toBe(Object.keys(BAD_INPUTS).length);
	});

	it("a note over the size limit is skipped with a 'too large' problem", () => {
		const text = FM + "In 1917. ".repeat(300_000);
		const brief = parseBrief({ path: "big.md", text }, { parseYaml: loadYaml, maxBytes: 2 * MB });
		expect(brief.events).toEqual([]);
		expect(brief.problems.map((p) => p.message).join(" ")).toMatch(/too large/i);
	});

	it("malformed front-matter is a problem with a line and a reason, and the note is not published", () => {
		const brief = parseBrief({ path: "broken.md", text: BAD_INPUTS["malformed YAML"]() }, { parseYaml: loadYaml });
		expect(brief.publish).toBe(false);
		expect(brief.problems.length).toBeGreaterThan(0);
		expect(brief.problems[0].path).toBe("broken.md");
		expect(brief.problems[0].message).toMatch(/front-matter|yaml/i);
	});
});
