/**
 * Issue 16: rows that are not events (citations, reading lists, diary and admin dates, the brief's own
 * period title) and dates the reader missed or mis-read ("1848,49", "in 1905 January", a chronological list
 * running into the next year, front-matter `era: BCE`). Each case failed before its rule.
 */
import { describe, expect, it, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { isNotEvent } from "../../../src/core/brief/not-events";
import { createDateReader } from "../../../src/core/dates";
import { ROLLED_FORWARD } from "../../../src/core/dates/reader";

const read = (text: string, fm = "dg-publish: true") =>
	parseBrief({ path: "Notes/n.md", text: `---\n${fm}\n---\n${text}` });
const rows = (text: string, fm?: string) => read(text, fm).events.map((e) => `${e.date.label}: ${e.text}`);

describe("citations, reading lists and admin dates are not events", () => {
	test.each([
		["Sources: Wilson (2009)"],
		["**Sources:** Wilson (2009), Evans (2003)"],
		["See also the Declaration of the Rights of Man, 1789"],
		["Cf. Hobsbawm 1962 on the dual revolution"],
		["Lovelace, A. (1843). Notes by the Translator"],
		["Hobsbawm, Eric (1962). The Age of Revolution"],
		["Quiz 14 October"],
		["Lecture 3 (12/3)"],
		["Course outline (2024-25)"],
		["Week 5: 12 Feb"],
		["Due 3 March"],
		["By the mid 17th c (1600s) what happened to the Portuguese control of the coasts"],
		["(Be sure you are describing the 19th century versions of these words"],
		['"47-91" - Truman Doctrine (1947) to USSR collapse (1991)'],
	])("%s", (s) => {
		expect(isNotEvent(s)).toBe(true);
	});

	test.each([
		["Week-long strike in 1926 paralysed Britain."],
		["Test Act of 1673 barred Catholics from office."],
		["Source analysis shows the 1917 revolution began in February."],
		["Class struggle intensified in 1848."],
		["Lesson from 1929: banks fail."],
		["Historians still debate what happened in 1066."],
		["Nobody knew in 1789 what happened next"],
		['"Blood and Iron" - Bismarck\'s speech of 1862'],
	])("an event: %s", (s) => {
		expect(isNotEvent(s)).toBe(false);
	});

	it("reads no publication year from a citation inside a sentence, keeps the sentence's own dates", () => {
		expect(rows("# T\n\n(Smith 2004, p. 12) shows the 1905 strikes spread.\n")).toEqual([
			"1905: (Smith 2004, p. 12) shows the 1905 strikes spread.",
		]);
		expect(rows("# T\n\nEvans et al. (2003) argue that the 1848 revolutions failed.\n")).toEqual([
			"1848: Evans et al. (2003) argue that the 1848 revolutions failed.",
		]);
		expect(rows("# T\n\nThe strikes spread (Hill & Rose, 1998) across 1905.\n")).toEqual([
			"1905: The strikes spread (Hill & Rose, 1998) across 1905.",
		]);
		expect(rows("# T\n\nThe Treaty of Versailles (1919) ended the war.\n")).toEqual([
			"1919: The Treaty of Versailles (1919) ended the war.",
		]);
	});

	it("reads no event from a reading list or a 'See also' section", () => {
		const text =
			"# Revolutions\n\nThe Bastille fell in 1789.\n\n## Reading list\n\n- Schama, Citizens (1989)\n\n## See also\n\n- The Terror, 1793\n";
		expect(rows(text)).toEqual(["1789: The Bastille fell in 1789."]);
	});
});

describe("diary headings and the brief's own period", () => {
	it("a diary date heading gives no row and no year to the lines under it", () => {
		const text =
			"# Journal\n\n## 2024-03-12\n\nThe Battle of Hastings was fought in 1066.\n\n### Monday 12 March\n\nThe revolutions of 1848 spread.\n";
		expect(rows(text)).toEqual([
			"1066: The Battle of Hastings was fought in 1066.",
			"1848: The revolutions of 1848 spread.",
		]);
	});

	it("keeps a history heading that is a date", () => {
		expect(
			rows("# Norman Conquest\n\n#### Oct. 14, 1066\n\nHarold was killed at Hastings.\n").map(
				(r) => r.split(":")[0],
			),
		).toContain("14 Oct 1066");
	});

	it("drops a title heading at any level that only names the note's period, keeps a title that is one event", () => {
		const punic =
			"## The Punic Wars, 264–146 BC\n\n- Fought from 264 to 241 BC over Sicily.\n- In 216 BC Hannibal won at Cannae.\n- In 146 BC Carthage was razed.\n";
		expect(rows(punic).some((r) => r.includes("The Punic Wars"))).toBe(false);
		expect(rows(punic)).toHaveLength(3);
		const treaty =
			"## Treaty of Westphalia, 1648\n\n- Signed in 1648 after long talks.\n- The war had begun in 1618.\n";
		expect(rows(treaty)[0]).toBe("1648: Treaty of Westphalia, 1648");
	});
});

describe("dates the reader now reads", () => {
	it('"1848,49" is a two-year span and "in 1905 January" keeps its month', () => {
		expect(rows("# R\n\nThe revolutions of 1848,49 failed.\n\nThe strikes began in 1905 January.\n")).toEqual([
			"1848–1849: The revolutions of 1848,49 failed.",
			"Jan 1905: The strikes began in 1905 January.",
		]);
		// Not a year pair: a count after the comma.
		expect(rows("# R\n\nIn 1848, 49 people died in the riots.\n")).toEqual([
			"1848: In 1848, 49 people died in the riots.",
		]);
	});

	it("rolls a chronological list into the next year, marked as inferred", () => {
		const text =
			"# 1989\n\n## Revolutions\n\n- Oct 1989: protests in Leipzig grow\n- Nov 9: the Berlin Wall falls\n- Mar 11th: Lithuania declares independence\n";
		const evs = read(text).events;
		expect(evs.map((e) => e.date.label)).toEqual(["Oct 1989", "9 Nov 1989", "11 Mar 1990"]);
		expect(evs[2].date.inferred).toBe(true);
		expect(evs[2].date.inferredFrom).toBe(ROLLED_FORWARD);
	});

	it("does not roll a date inside a sentence (a flashback), only one that leads its line", () => {
		const r = createDateReader({});
		r.read("Nov 1917: the Bolsheviks seize power");
		const [m] = r.read("The soldiers had mutinied in March.");
		expect(m?.date.start.year ?? 1917).toBe(1917);
	});

	it("front-matter era: BCE states the era of the note's bare years (not inferred)", () => {
		const evs = read("# Egypt\n\nThe New Kingdom lasted 1550–1069.\n", "era: BCE").events;
		expect(evs.map((e) => e.date.label)).toEqual(["1550–1069 BC"]);
		expect(evs[0].date.inferred).toBeUndefined();
	});
});
