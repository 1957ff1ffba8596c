/**
 * Issue 16 (2026-12c class 7): a period line right under an undated heading is the section's period, one row
 * named by the heading, not a date given to every item under it (brief/date-only.ts periodLine).
 */
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (body: string): string[] =>
	parseBrief({ path: "n.md", text: `---\ndg-publish: true\n---\n# Notes\n\n${body}` }).events.map(
		(e) => `${e.source.line} ${e.date.label} | ${e.text}`,
	);

describe("a period line under a heading", () => {
	test("one row for the period, named by the heading", () => {
		expect(rows("## Neolithic\nc. 8,000 - 3,500 BCE\n- Farming begins\n- Pottery and weaving\n")).toEqual([
			"6 c. 8000–3500 BC | Neolithic",
		]);
	});

	test("a millennium on a line of its own, after a blank line", () => {
		expect(rows("## Bronze Age\n\n4th Millennium BCE\n\n- Bronze tools\n- First cities\n")).toEqual([
			"7 4th millennium BC | Bronze Age",
		]);
	});

	test("a date line that introduces its list with a colon still dates each item", () => {
		expect(rows("## The war\n1914–1918:\n- Battle of the Marne\n- Battle of the Somme\n")).toEqual([
			"7 1914–1918 | Battle of the Marne",
			"8 1914–1918 | Battle of the Somme",
		]);
	});

	test("a point date over a list still dates each item", () => {
		expect(rows("## Judah\n586 BCE\n- Jerusalem falls\n")).toEqual(["7 586 BC | Jerusalem falls"]);
	});

	test("items with dates of their own keep them", () => {
		const out = rows("## Neolithic\nc. 8,000 - 3,500 BCE\n- Jericho walls, c. 8000 BCE\n");
		expect(out).toContain("6 c. 8000–3500 BC | Neolithic");
		expect(out.some((r) => r.startsWith("6 c. 8000 BC") || r.startsWith("7 c. 8000 BC"))).toBe(true);
	});
});
