/** Issue 16, item 4: anchoring without silent guesses. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const evs = (text: string, path = "Notes/n.md") =>
	parseBrief({ path, text }).events.map((e) =>
		`${e.date.label}${e.date.inferred ? "?" : ""} ${e.date.inferredFrom ?? ""}`.trim(),
	);

describe("anchoring", () => {
	it("a month-only heading takes the year heading above it (written in a heading: not inferred)", () => {
		expect(evs("# Russia\n### 1812\n#### June\nNapoleon crossed the Niemen on June 24.\n")).toEqual([
			"24 Jun 1812",
		]);
	});

	it("an anchor from one section's sentences never crosses a heading", () => {
		expect(evs("# Notes\n## The war\nIn 1914 war began.\n## Revolution\nOn March 8 women marched.\n")).toEqual([
			"1914",
		]);
	});

	it("a heading without a year falls back to the enclosing heading's", () => {
		expect(
			evs("# Notes\n## 1917\nIn 1915 the Tsar took command.\n### Events\nOn March 8 women marched.\n"),
		).toEqual(["1915", "8 Mar 1917"]);
	});

	it("an anchor from a sentence holds a few sentences, not more", () => {
		const near = "In 1914 war began. Armies moved. On August 4 Britain joined.";
		expect(evs(`# Notes\n${near}\n`)).toEqual(["1914", "4 Aug 1914? year from an earlier sentence"]);
		const far = "In 1914 war began. Armies moved. Men died. Towns burned. Crops failed. On March 8 women marched.";
		expect(evs(`# Notes\n${far}\n`)).toEqual(["1914"]);
	});
});
