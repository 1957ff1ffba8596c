/** Table rows: a row of dates and nothing else is a header of columns, not events. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map((e) => `${e.date.label}: ${e.text}`);

describe("table rows of dates only", () => {
	it("a header of years gives no rows; the rows under it with words do", () => {
		expect(
			rows(
				"| Output | 1913 | 1928 |\n|---|---|---|\n| Coal | 29 | 35 |\n\n| 1917 | 1918 | 1919 |\n|---|---|---|\n| a | b | c |\n",
			),
		).toEqual(["1913: Output — 1913 — 1928", "1928: Output — 1913 — 1928"]);
		expect(rows("| | 1913 | 1928 |\n|---|---|---|\n| Coal (m tons) | 29 | 35 |\n")).toEqual([]);
	});

	it("a row with an event keeps its dates", () => {
		expect(rows("| 1914 | 1918 | Great War |\n|---|---|---|\n")).toEqual([
			"1914: 1914 — 1918 — Great War",
			"1918: 1914 — 1918 — Great War",
		]);
	});
});
