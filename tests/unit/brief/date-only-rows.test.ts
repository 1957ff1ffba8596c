/** Issue 16, item 6: a row with no content word beside its date is never shown; its date goes to the lines under it. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map(
		(e) => `${e.source.line} ${e.date.label}${e.date.inferred ? "?" : ""}: ${e.text}`,
	);

describe("no date-only rows", () => {
	it("a label with nothing after it ('**Key Quotes:**') heads lines and takes no date of its own", () => {
		expect(rows("## 1700\n\n**Key Quotes:**\n\n- Peter the Great founds a navy school.\n")).toEqual([
			"5 1700: Peter the Great founds a navy school.",
		]);
	});

	it("a year heading over dated sub-headings: each sub-heading's lines take its own date", () => {
		expect(
			rows(
				"### 1770\n#### March 5\nSoldiers fire on a crowd in Boston.\n#### June\n- A later quarrel in the port\n",
			),
		).toEqual(["3 5 Mar 1770: Soldiers fire on a crowd in Boston.", "5 Jun 1770: A later quarrel in the port"]);
		// an undated sub-heading ("Causes") still takes the year heading's date
		expect(rows("### 1914\n#### Causes\n- Archduke shot at Sarajevo\n")).toEqual([
			"3 1914: Archduke shot at Sarajevo",
		]);
	});

	it("a heading that is a date and a label word passes the date down; a heading that names something stays", () => {
		expect(rows("## 1968: A Pivotal Year\nStudents occupy the Sorbonne.\n- The Tet offensive\n")).toEqual([
			"2 1968: Students occupy the Sorbonne.",
			"3 1968: The Tet offensive",
		]);
		expect(rows("### 1848 – key events\n- Revolt in Vienna\n")).toEqual(["2 1848: Revolt in Vienna"]);
		expect(rows("## 1968: The year of revolutions\nStudents occupy the Sorbonne.\n")[0]).toBe(
			"1 1968: 1968: The year of revolutions",
		);
	});

	it("a date-only item written with a month and a colon gives its sub-items", () => {
		expect(rows("- 1918, November 11:\n  - The armistice is signed at Compiègne\n")).toEqual([
			"2 11 Nov 1918: The armistice is signed at Compiègne",
		]);
		expect(rows("- **1204**\n  - Crusaders sack Constantinople\n")).toEqual([
			"2 1204: Crusaders sack Constantinople",
		]);
	});

	it("a date-only line with nothing under it takes the undated line right after it", () => {
		expect(rows("**1204**\nCrusaders sack Constantinople.\n\nThe empire splits.\n")).toEqual([
			"2 1204: Crusaders sack Constantinople.",
		]);
		expect(rows("- 1,800,000 B.C.\n- Homo erectus leaves Africa\n")).toEqual([
			"2 1,800,000 BC: Homo erectus leaves Africa",
		]);
		// the next line has a date of its own: it keeps it, and the date-only line gives nothing
		expect(rows("**1204**\nIn 1205 the Bulgarians win at Adrianople.\n")).toEqual([
			"2 1205: In 1205 the Bulgarians win at Adrianople.",
		]);
	});

	it("a date with no content anywhere near it gives no row", () => {
		expect(rows("- 1066\n\n\n\n## Later\n- 1918, November 11:\n")).toEqual([]);
		expect(rows("### 1770\n### 1771\n")).toEqual([]);
	});
});

describe("table rows", () => {
	it("a comparison table's row of dates under a label cell stays", () => {
		const table = "| | Erasmus | More |\n|---|---|---|\n| Years | 1466-1536 | 1478-1535 |\n";
		expect(rows(table)).toEqual([
			"3 1466–1536: Years — 1466-1536 — 1478-1535",
			"3 1478–1535: Years — 1466-1536 — 1478-1535",
		]);
	});
});
