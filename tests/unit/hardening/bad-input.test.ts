/**
 * Bad input (issue 10): whatever is in a vault gives a Brief or a Problem, never a throw, and parse time
 * stays within a budget proportional to size. Inputs are generated here, not committed.
 *
 * Budget: BUDGET_MS_PER_MB per megabyte plus BUDGET_BASE_MS, measured as the best of two runs
 * (the machine is shared and noisy; the best run is the parser's own cost).
 */
import { describe, expect, it } from "vitest";
import { load as loadYaml } from "js-yaml";
import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { mulberry32 } from "../../../src/core/quiz/rng";

export const BUDGET_MS_PER_MB = 3000;
export const BUDGET_BASE_MS = 150;

const FM = "---\ndg-publish: true\n---\n";

const PRNG = mulberry32(42);
const R = (): number => PRNG.next();
const MB = 1024 * 1024;

/** name -> note text (front-matter included so the body is really read). */
export const BAD_INPUTS: Record<string, () => string> = {
	"5 MB note of prose with dates": () => FM + "In 1917 the tsar fell; by March 1918 the war was over. ".repeat(Math.ceil((5 * MB) / 56)),
	"1 MB line without a newline": () => FM + "x1917 ".repeat(MB / 6),
	"binary bytes": () => FM + Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(R() * 256))).join(""),
	"invalid surrogates": () => FM + "\ud800 lone high \udc00 lone low \ud83d in 1917 \ude00".repeat(5_000),
	"1,000-level nested list": () => FM + Array.from({ length: 1000 }, (_, i) => `${"  ".repeat(i)}- level ${i} in ${1000 + i}`).join("\n"),
	"10,000 headings": () => FM + Array.from({ length: 10_000 }, (_, i) => `${"#".repeat((i % 6) + 1)} Heading ${i}, ${1000 + (i % 900)}`).join("\n"),
	"100,000 year-like numbers": () => FM + Array.from({ length: 100_000 }, (_, i) => String(1000 + (i % 1000))).join(" "),
	"long run of digits": () => FM + "1".repeat(500_000),
	"long run of dashes": () => FM + "1917" + "-".repeat(300_000) + "1918 " + "–".repeat(100_000),
	"long run of spaces": () => FM + "in" + " ".repeat(500_000) + "1917",
	"long run of quote marks": () => FM + "**Key Quotes:**\n- " + "\"“”'".repeat(100_000) + " — Speaker",
	"bold and bracket bombs": () => FM + "**".repeat(100_000) + "[[".repeat(50_000) + "![[" + "%%".repeat(30_000),
	"unclosed code fence and comment": () => FM + "```\n" + "in 1917\n".repeat(50_000) + "<!-- " + "in 1918 ".repeat(10_000),
	"right-to-left text": () => FM + "# التاريخ\n\nفي عام 1917 سقط القيصر. \u202Ein 1933\u202C ".repeat(2_000),
	"emoji": () => FM + "## 🏛️ Rome, 753 BC 🐺\n\n- **👑 Caesar:** 🗡️ on March 15, 44 BC 🩸\n".repeat(2_000),
	"front-matter only, never closed": () => "---\ndg-publish: true\n" + "key: value\n".repeat(50_000),
	"malformed YAML": () => "---\ndg-publish: [true\ntags: {a\n---\n# Title\n\nIn 1917.",
	"JSON front-matter that is not JSON": () => "---\n{\"dg-publish\": true,,}\n---\n# T\n",
	"empty": () => "",
	"only a BOM and CRLF": () => "\uFEFF\r\n\r\n",
	"table with 20,000 rows": () => FM + "| Year | Event |\n|---|---|\n" + Array.from({ length: 20_000 }, (_, i) => `| ${1000 + (i % 999)} | event ${i} |`).join("\n"),
	"callout nesting 500 deep": () => FM + Array.from({ length: 500 }, (_, i) => `${"> ".repeat(i + 1)}[!quote] Speaker ${i}`).join("\n"),
};

function timeParse(text: string): { brief: Brief; ms: number } {
	let best = Infinity;
	let brief!: Brief;
	for (let i = 0; i < 2; i++) {
		const t0 = performance.now();
		brief = parseBrief({ path: "bad.md", text }, { parseYaml: loadYaml, maxBytes: 64 * MB });
		best = Math.min(best, performance.now() - t0);
	}
	return { brief, ms: best };
}

describe("bad input never throws and stays within the time budget", () => {
	const report: { name: string; kb: number; ms: number; budget: number; events: number; problems: number }[] = [];
	for (const [name, make] of Object.entries(BAD_INPUTS)) {
		it(name, () => {
			const text = make();
			const { brief, ms } = timeParse(text);
			expect(brief.path).toBe("bad.md");
			expect(Array.isArray(brief.events)).toBe(true);
			for (const p of brief.problems) {
				expect(p.path).toBe("bad.md");
				expect(p.message.length).toBeGreaterThan(0);
			}
			const budget = BUDGET_BASE_MS + (text.length / MB) * BUDGET_MS_PER_MB;
			report.push({ name, kb: Math.round(text.length / 1024), ms: Math.round(ms), budget: Math.round(budget), events: brief.events.length, problems: brief.problems.length });
			expect(ms, `${name}: ${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(0)} kB`).toBeLessThan(budget);
			// The result is plain data: it survives JSON (no cycles, no functions).
			expect(() => JSON.stringify(brief)).not.toThrow();
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
