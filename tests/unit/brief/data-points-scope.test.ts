/**
 * Issue 16, item 5: rows that name a date but are not events — data points (a year and a figure) and headings that
 * only say where the note's scope ends ("… before 1912").
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map((e) => `${e.date.label}: ${e.text}`);

describe("data points", () => {
	it("a year with only a figure is a data point, in a list or a table", () => {
		expect(
			rows(
				"**Population of Manchester**\n- 1801: c. 75,000\n- 1851: ~303,000\n- 1901 – about 0.54 million\n\n| Year | Output |\n|---|---|\n| 1913 | 287 |\n| 1920 | 12% |\n",
			),
		).toEqual([]);
	});

	it("a figure with words of its own stays an event", () => {
		expect(
			rows(
				"- 1871: 41 million Germans united in one empire\n- 1851: 6 million visit the Great Exhibition\n| 1929 | Wall Street loses 25% |\n\n- 1914-1918 / 11 November 1918\n",
			),
		).toEqual([
			"1871: 1871: 41 million Germans united in one empire",
			"1851: 1851: 6 million visit the Great Exhibition",
			"1929: 1929 — Wall Street loses 25%",
		]);
		// "1914-1918 / 11 November 1918" is not a figure either, but it is only dates: no row (issue 16, item 6)
		expect(rows("- 1914-1918 / 11 November 1918\n")).toEqual([]);
	});
});

describe("headings that name where the scope ends", () => {
	it("'X before 1912' gives no row; its sections keep their dates", () => {
		expect(
			rows("## Japan before 1912\n- The Meiji restoration came in 1868.\n## Europe up to 1914\nText.\n"),
		).toEqual(["1868: The Meiji restoration came in 1868."]);
	});

	it("a start bound or a date of its own stays a row", () => {
		expect(
			rows(
				"## Britain since 1945\nText.\n## Europe after 1815\nText.\n## The world before the war of 1914\nText.\n",
			),
		).toEqual(["1945: Britain since 1945", "1815: Europe after 1815", "1914: The world before the war of 1914"]);
	});
});
