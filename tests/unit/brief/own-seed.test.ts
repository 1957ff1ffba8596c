/**
 * The project's own brief in the seed's format (tests/fixtures/own-seed): JSON front-matter, an H2 title
 * with a year, bold-label sections, labelled facts, quoted bullets and a conclusion. What the shared seed
 * test (tests/shared/seed.test.ts) checks on the real seed, checked here without ../shared.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief/index";
import { OWN_SEED_BRIEF } from "../../fixtures/paths";

const PATH = "History/marshall-plan-brief.md";
const brief = parseBrief({ path: PATH, text: readFileSync(OWN_SEED_BRIEF, "utf8") });

describe("own seed-format brief", () => {
	it("reads publish state, id, title, course and source", () => {
		expect(brief.publish).toBe(true);
		expect(brief.hidden).toBe(false);
		expect(brief.id).toBe("/study-group/modern-history/cold-war/cold-war-i/cold-war-i-marshall-plan-brief/");
		expect(brief.permalink).toBe(brief.id);
		expect(brief.title).toBe("The Marshall Plan, 1948");
		expect(brief.course).toBe("History");
		expect(brief.problems).toEqual([]);
		expect(brief.source).toBe("Study notes written for the Study Briefs test suite");
	});

	it("finds the bold-label sections with roles and ranges", () => {
		const labels = brief.sections
			.filter((s) => s.kind === "label")
			.map((s) => [s.title, s.role, s.startLine, s.endLine]);
		expect(labels).toEqual([
			["Source", "source", 8, 9],
			["Main Themes", "themes", 10, 16],
			["Most Important Ideas/Facts", "facts", 17, 25],
			["Key Quotes", "quotes", 26, 31],
			["Conclusion", "conclusion", 32, 34],
		]);
		expect(brief.sections[0]).toMatchObject({ kind: "heading", level: 2, startLine: 6, endLine: 34 });
	});

	it("has 3 quotes, 6 facts and 4 themes", () => {
		expect(brief.quotes.map((q) => q.source.line)).toEqual([28, 29, 30]);
		expect(brief.quotes[0].text).toBe(
			"Aid that arrives piece by piece only patches the damage; a common plan lets Europe rebuild as one.",
		);
		// "..." inside a quote is an elision, not the end of the quote.
		expect(brief.quotes[1].text.endsWith("outlived the programme itself.")).toBe(true);
		expect(brief.quotes.every((q) => q.section === "Key Quotes")).toBe(true);
		expect(brief.facts.map((f) => f.term)).toEqual([
			"Background",
			"The Harvard Address",
			"Soviet Refusal",
			"The Act Is Signed",
			"Scale of Aid",
			"End of the Programme",
		]);
		expect(brief.facts[3].definition.startsWith("President Truman signed the Economic Cooperation Act")).toBe(true);
		expect(brief.themes).toHaveLength(4);
	});

	it("has the dated events with lines and labels, and no date from counts or money", () => {
		const ev = brief.events.map((e) => [e.date.label, e.source.line, e.label ?? null]);
		expect(ev).toEqual([
			["1948", 6, null],
			["1945", 19, "Background"],
			["Jun 1947", 20, "The Harvard Address"],
			["3 Apr 1948", 22, "The Act Is Signed"],
			["1952", 24, "End of the Programme"],
			["20th century", 34, null],
		]);
		expect(brief.events[3].date.start).toEqual({ year: 1948, month: 4, day: 3 });
		expect(brief.events.every((e) => e.briefPath === PATH)).toBe(true);
	});
});
