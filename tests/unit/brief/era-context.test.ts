/** Issue 16, item 2: the era of the context. A BCE date shown as CE is the worst error the engine can make. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const labels = (text: string) =>
	parseBrief({ path: "n.md", text }).events.map((e) => `${e.date.label}${e.date.inferred ? "?" : ""}`);

const GREEK = [
	"## The Persian challenge, 492–479 BC",
	"After the expedition of Mardonius in 492 BC, pressure grew.",
	"The helot revolt in Sparta in 465–464 BC exposed Sparta.",
	"The Peace of 446 BC attempted to define a balance.",
	"Resentments built up in the 430s and the war came in 431.",
	"The early fifth century saw the Persian invasions.",
	"Votive offerings dating to 750-725 prove religious activity.",
	"Pottery has been found on the Capitoline Hill (1750-1350).",
	"The site was first excavated in 1899.",
].join("\n\n");

describe("era of the context", () => {
	it("reads a BC note's era-less years, decades and centuries as BC, marked inferred", () => {
		expect(labels(GREEK)).toEqual([
			"492–479 BC",
			"492 BC",
			"465–464 BC",
			"446 BC",
			"430s BC?",
			"431 BC?",
			"early 5th century BC?",
			"750–725 BC?",
			"1750–1350 BC?",
			"1899",
		]);
	});

	it("an early century BC is its first years (500–468 BC), not its last", () => {
		const e = parseBrief({ path: "n.md", text: GREEK }).events.find((x) => x.date.text.includes("fifth"));
		expect(e?.date.start.year).toBe(-499);
		expect(e?.date.end.year).toBeLessThan(-450);
	});

	it("any AD or CE in the note keeps era-less dates AD", () => {
		expect(labels(`${GREEK}\n\nClaudius invaded in AD 43.`)).toContain("431");
	});

	it("one or two BC dates among many era-less ones change nothing", () => {
		const text =
			"Caesar came in 55 BC and 54 BC.\n\nIn 410 the Romans left.\n\nIn 597 Augustine arrived.\n\nBy 600 kingdoms formed.\n\nIn 793 Lindisfarne fell.";
		expect(labels(text)).toEqual(["55 BC", "54 BC", "410", "597", "600", "793"]);
	});
});
