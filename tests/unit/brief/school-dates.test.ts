/** Issue 16, item 5: a course's calendar, exam-tips sections, counts and quotation attributions give no rows. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { findDates } from "../../../src/core/dates";
import { isAttribution, isSchoolDay } from "../../../src/core/brief/not-events-school";
import { expectLinearGrowth } from "../../support/growth";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map(
		(e) => `${e.source.line} ${e.date.label}${e.date.inferred ? "?" : ""}: ${e.text}`,
	);
const years = (text: string) => findDates(text).map((m) => m.date.label);

describe("a course's calendar", () => {
	it("a day then a test, a quiz or something due is no row, even with a year elsewhere in the note", () => {
		expect(
			rows(
				"Published in 1998.\n\nSeptember 20th: unit test\n\nOct 5 - quiz on chapter 4\n\n**Mon. Nov 2:** essay due\n\n3 December: DBQ\n",
			),
		).toEqual(["1 1998: Published in 1998."]);
	});

	it("keeps history written the same way", () => {
		expect(rows("### 1945\n- July 16: test at Alamogordo, the first atomic bomb\n")).toEqual([
			"2 16 Jul 1945: July 16: test at Alamogordo, the first atomic bomb",
		]);
		expect(rows("- July 4, 1776: due to new taxes the colonies break away\n")).toEqual([
			"1 4 Jul 1776: July 4, 1776: due to new taxes the colonies break away",
		]);
		expect(rows("- 20 September 1792: the French win at Valmy\n")).toEqual([
			"1 20 Sep 1792: 20 September 1792: the French win at Valmy",
		]);
	});

	it("a schedule table's rows give no rows; a timeline table's rows do", () => {
		const schedule =
			"| Week | Date | Topic |\n|---|---|---|\n| Week 3 | Sept 20, 2024 | Quiz |\n| Wk 4 | 27 Sept 2024 | Rome, 27 BC |\n";
		expect(rows(schedule)).toEqual([]);
		expect(rows("| Date | Event |\n|---|---|\n| 1815 | Waterloo |\n| 1 July 1916 | The Somme begins |\n")).toEqual([
			"3 1815: 1815 — Waterloo",
			"4 1 Jul 1916: 1 July 1916 — The Somme begins",
		]);
	});
});

describe("exam-tips sections", () => {
	it("an exam-tips section and its sub-sections give no rows; the next section does", () => {
		expect(
			rows(
				"## AP exam tips\n- Cite 1492 in the first paragraph\n### Dates to know\n- Jamestown 1607, Plymouth 1620\n## Colonies\nIn 1607 Jamestown was founded.\n",
			),
		).toEqual(["6 1607: In 1607 Jamestown was founded."]);
		expect(rows("## Tips for the DBQ\nMention the Stamp Act of 1765.\n")).toEqual([]);
		expect(rows("## Essay reminders\n- Open with 1789\n")).toEqual([]);
	});

	it("a section that only names a test or a strategy stays", () => {
		expect(rows("## Nuclear tests\nIn 1952 Britain tested its first bomb.\n")).toEqual([
			"2 1952: In 1952 Britain tested its first bomb.",
		]);
		expect(rows("## Roman strategy\nIn 216 BC Hannibal won at Cannae.\n")).toEqual([
			"2 216 BC: In 216 BC Hannibal won at Cannae.",
		]);
	});
});

describe("counts read as years", () => {
	it("a quantity word, a number and a plural noun is a count", () => {
		expect(years("About 1200 executions took place.")).toEqual([]);
		expect(years("Some 1500 soldiers died and nearly 1800 houses burned.")).toEqual([]);
		expect(years("~1300 ships sailed.")).toEqual([]);
		expect(years("Over 1000 prisoners were freed.")).toEqual([]);
	});

	it("keeps years that look like counts", () => {
		expect(years("1200 — Mongols invade Persia.")).toEqual(["1200"]);
		expect(years("In 1805, 1200 men marched on Ulm.")).toEqual(["1805"]);
		expect(years("About 1200 the town got its charter.")).toEqual(["c. 1200"]);
		expect(years("Around 1200 castles were built in stone.")).toEqual(["c. 1200"]);
		expect(years("About 1450 this was the largest city.")).toEqual(["c. 1450"]);
	});
});

describe("quotation attributions", () => {
	it("the date of a quotation's attribution is no row", () => {
		expect(
			rows(
				'> The river gives life to the land.\n> — Egyptian proverb, c. 2200 BCE\n\n"Never give in, never give in" — Winston Churchill, 1941\n\n"We shall fight on the beaches" (Churchill, 1940)\n',
			),
		).toEqual([]);
	});

	it("keeps events written with a dash or a name", () => {
		expect(rows("- 1066 — Harold falls at Hastings\n")).toEqual(["1 1066: 1066 — Harold falls at Hastings"]);
		expect(rows('The "Long Telegram" — George Kennan, 1946\n')).toEqual([
			'1 1946: The "Long Telegram" — George Kennan, 1946',
		]);
		expect(rows("In 1940 Churchill became prime minister.\n")).toEqual([
			"1 1940: In 1940 Churchill became prime minister.",
		]);
	});
});

describe("the new rules stay linear", () => {
	it("on long lines of quote marks, dashes and dates", () => {
		expectLinearGrowth({
			label: "quote marks then an attribution",
			n: 4000,
			make: (n) => '"a b c '.repeat(n) + '" \u2014 Churchill, 1941',
			run: isAttribution,
		});
		expectLinearGrowth({
			label: "dashes and names",
			n: 4000,
			make: (n) => "\u2014 Ab cd ".repeat(n) + ", 1941",
			run: isAttribution,
		});
		expectLinearGrowth({
			label: "a day then words",
			n: 4000,
			make: (n) => "September 20th: " + "unit ".repeat(n),
			run: isSchoolDay,
		});
	});
});
