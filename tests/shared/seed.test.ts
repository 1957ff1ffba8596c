import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../src/core/brief/index";
import { SEED_BRIEF } from "../shims/test-paths";

const PATH = "History/us-recognition-of-soviet-union-brief.md";
const brief = parseBrief({ path: PATH, text: readFileSync(SEED_BRIEF, "utf8") });

describe("seed brief (issue 2)", () => {
	it("reads publish state, id, title and course", () => {
		expect(brief.publish).toBe(true);
		expect(brief.hidden).toBe(false);
		expect(brief.id).toBe(
			"/network-school/lectures-quizzes-and-references/briefs-timelines-and-study-guides/russian-history/russian-history-ii/russian-history-ii-us-recognition-of-soviet-union-brief/",
		);
		expect(brief.permalink).toBe(brief.id);
		expect(brief.title).toBe("Recognition of the Soviet Union, 1933");
		expect(brief.course).toBe("History");
		expect(brief.problems).toEqual([]);
		expect(brief.source).toBe("Milestones in the History of U.S. Foreign Relations - Office of the Historian");
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
		expect(brief.quotes).toHaveLength(3);
		expect(brief.quotes[0].text.startsWith("Roosevelt hoped that recognition")).toBe(true);
		expect(brief.quotes[0].text.endsWith("Soviet Union.")).toBe(true);
		expect(brief.quotes.map((q) => q.source.line)).toEqual([28, 29, 30]);
		expect(brief.quotes.every((q) => q.section === "Key Quotes")).toBe(true);
		expect(brief.facts.map((f) => f.term)).toEqual([
			"Background",
			"Reasons for Recognition",
			"The Roosevelt-Litvinov Conversations",
			"Gentleman's Agreement",
			"Ambassador Bullitt's Disillusionment",
			"Deteriorating Relations",
		]);
		expect(brief.facts[0].definition.startsWith("The U.S. severed diplomatic ties with Russia in 1917")).toBe(true);
		expect(brief.themes).toHaveLength(4);
		expect(brief.themes[1]).toContain("nearly 16 years");
	});

	it("has the seed events with lines and labels, and not '16 years'", () => {
		const ev = brief.events.map((e) => [
			e.date.start.year,
			e.date.start.month ?? null,
			e.source.line,
			e.label ?? null,
		]);
		expect(ev).toContainEqual([1933, null, 6, null]);
		expect(ev).toContainEqual([1917, null, 19, "Background"]);
		expect(ev).toContainEqual([1933, 11, 21, "The Roosevelt-Litvinov Conversations"]);
		expect(ev).toContainEqual([1939, null, 24, "Deteriorating Relations"]);
		expect(brief.events.some((e) => e.date.text.includes("16"))).toBe(false);
		const bg = brief.events.find((e) => e.label === "Background")!;
		expect(bg.text).toBe(
			"The U.S. severed diplomatic ties with Russia in 1917 following the Bolshevik Revolution.",
		);
		// Exactly these (issue 2); the conclusion adds only what is new there ("20th century"), not its restated 1933.
		expect(brief.events.map((e) => e.date.label).filter((l) => l !== "20th century")).toEqual([
			"1933",
			"1917",
			"Nov 1933",
			"1939",
		]);
		for (const e of brief.events) {
			expect([6, 19, 21, 24, 34]).toContain(e.source.line);
			expect(e.briefPath).toBe(PATH);
		}
	});
});
