/** Issue 16, item 6: no rows that are only a date. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map(
		(e) => `${e.source.line} ${e.date.label}${e.date.inferred ? "?" : ""}: ${e.text}`,
	);

describe("date-only rows", () => {
	it("a date-only year heading gives its section's lines, each with the date", () => {
		expect(
			rows(
				"#### 1066\nHarold is killed at Hastings. The English army breaks.\n\n- William is the victor\n#### Aftermath\nNo date here.\n",
			),
		).toEqual(["2 1066: Harold is killed at Hastings.", "4 1066: William is the victor"]);
	});

	it("a heading that is a day (a journal's or lesson log's date) passes nothing down", () => {
		expect(rows("## Aug 8 2019\n- the dinosaurs\n- a galaxy\n")).toEqual(["1 8 Aug 2019: Aug 8 2019"]);
	});

	it("a date-only item gives its sub-items", () => {
		expect(rows("- 1,800,000 B.C.\n  - Homo erectus leaves Africa\n- In 1066 the Normans came.\n")).toEqual([
			"2 1,800,000 BC: Homo erectus leaves Africa",
			"3 1066: In 1066 the Normans came.",
		]);
	});

	it("a date-only item under a labelled item takes the label", () => {
		expect(rows("- **The effects of the Black Death**\n  - 1348\n  - 1/3 people died.\n")).toEqual([
			"2 1348: The effects of the Black Death",
		]);
	});

	it("children with their own dates keep them; the date-only heading gives no row of its own", () => {
		expect(rows("### 1917\nIn March the Tsar fell.\nIn 1918 peace came.\n")).toEqual([
			"2 Mar 1917: In March the Tsar fell.",
			"3 1918: In 1918 peace came.",
		]);
	});
});
