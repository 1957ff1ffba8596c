/** Hard-wrapped prose: a line that stops on a word no sentence ends with continues on the next line. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map(
		(e) => `${e.source.line} ${e.date.label}: ${e.text}`,
	);

describe("hard-wrapped prose", () => {
	it("a line ending on a preposition, article or conjunction runs on, even into a capital or a digit", () => {
		expect(rows("Persia held the east until the conquest shortly after\n600 CE.\n")).toEqual([
			"2 600: Persia held the east until the conquest shortly after 600 CE.",
		]);
		expect(rows("The city was sacked by the\nVisigoths in 410.\n")).toEqual([
			"2 410: The city was sacked by the Visigoths in 410.",
		]);
	});

	it("lines that end a unit, or a timeline's lines, stay apart", () => {
		expect(rows("1914 – war begins\n1918 – armistice\n")).toEqual([
			"1 1914: 1914 – war begins",
			"2 1918: 1918 – armistice",
		]);
		expect(rows("Rome fell in 476.\nByzantium fell in 1453.\n")).toEqual([
			"1 476: Rome fell in 476.",
			"2 1453: Byzantium fell in 1453.",
		]);
	});
});
