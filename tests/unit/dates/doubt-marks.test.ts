/**
 * Issue 16, item 1: a "?" after a year is a historian's doubt mark, not a question: the year is read, marked
 * approximate, and the sentence is not dropped as a question (dates/doubt-marks.ts, brief/sentences.ts,
 * brief/not-events.ts).
 */
import { describe, expect, test } from "vitest";
import { findDates } from "../../../src/core/dates";
import { parseBrief } from "../../../src/core/brief";
import { splitSentences } from "../../../src/core/brief/sentences";
import { notation } from "./helpers";

describe("doubt marks after years", () => {
	test.each([
		["Magnus VI (1263?-78) issued a new law code", "1263..1278~", "1263?-78"],
		["Magnus VI (1263?–1278) ruled Norway", "1263..1278~", "1263?–1278"],
		["The king (1141?) died young", "1141~", "1141?"],
		["in 1215?, the barons rebelled", "1215~", "1215?"],
	])("%s", (text, expected, dateText) => {
		const found = findDates(text);
		expect(notation(found)).toBe(expected);
		expect(found[0].date.text).toBe(dateText);
		expect(text.slice(found[0].index, found[0].end)).toBe(dateText);
	});

	test("offsets after a mark still point at the note's text", () => {
		const text = "Balban (1266?-87) fortified the forts; in 1279? the revolt, then in 1290 Jalal ruled.";
		for (const m of findDates(text)) expect(text.slice(m.index, m.end)).toBe(m.date.text);
		expect(notation(findDates(text))).toBe("1266..1287~;1279~;1290");
	});

	test("a question that ends with a year keeps its question mark", () => {
		expect(splitSentences("What happened in 1066? The Normans came.").map((s) => s.text)).toEqual([
			"What happened in 1066?",
			"The Normans came.",
		]);
		const text = "---\ndg-publish: true\n---\n# N\n\nWhat happened in 1066? The Normans invaded in 1067.\n";
		expect(parseBrief({ path: "n.md", text }).events.map((e) => e.date.text)).toEqual(["1067"]);
	});

	test("a doubt mark in brackets neither ends the sentence nor makes it a question", () => {
		expect(splitSentences("King Haakon (1204?) The fleet sailed.").length).toBe(1);
		const text = "---\ndg-publish: true\n---\n# N\n\n- Haakon IV of Norway (1204?)\n- Why did Rome fall in 476?\n";
		const events = parseBrief({ path: "n.md", text }).events;
		expect(events.map((e) => e.date.text)).toEqual(["1204?"]);
		expect(events[0].date.approximate).toBe(true);
	});

	test("a '?' inside a sentence followed by ';' or lower case keeps the years after it", () => {
		const text =
			"---\ndg-publish: true\n---\n# N\n\n1. The Mongols were camped?; by 1241 they had taken Lahore and in 1257 came again.\n";
		expect(parseBrief({ path: "n.md", text }).events.map((e) => e.date.text)).toEqual(["1241", "1257"]);
	});
});
