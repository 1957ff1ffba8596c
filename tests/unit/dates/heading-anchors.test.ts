/**
 * Issue 16, item 4: anchoring without silent guesses. Nested dated headings, month-only headings and items under a
 * year, roll-forward, schedule lines. Notes written for this test.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { createDateReader } from "../../../src/core/dates";
import type { HistEvent } from "../../../src/core/model";

function rows(text: string): string[] {
	return parseBrief({ path: "notes/Revolution.md", text }).events.map(show);
}

function show(e: HistEvent): string {
	return `${e.date.label}${e.date.inferred ? "?" : ""} | ${e.text}`;
}

describe("nested dated headings", () => {
	it("bullets under a day heading carry its full date, with the year of the heading above, not inferred", () => {
		const text = [
			"## Timeline",
			"### 1770",
			"#### May 16",
			"- Louis marries Marie Antoinette at Versailles",
			"- Fireworks in Paris end in a crush",
			"### 1786",
			"#### August",
			"- Calonne proposes a land tax",
		].join("\n");
		expect(rows(text)).toEqual([
			"16 May 1770 | Louis marries Marie Antoinette at Versailles",
			"16 May 1770 | Fireworks in Paris end in a crush",
			"Aug 1786 | Calonne proposes a land tax",
		]);
	});

	it("a dated bullet under a day heading keeps its own date; the others take the heading's", () => {
		const text = [
			"### 1917",
			"#### March 8",
			"- Women's Day strikes in Petrograd",
			"- On March 15 the Tsar abdicates",
		].join("\n");
		expect(rows(text)).toEqual([
			"8 Mar 1917 | Women's Day strikes in Petrograd",
			"15 Mar 1917 | On March 15 the Tsar abdicates",
		]);
	});

	it("a day heading with nothing under it gives no row (a date alone is no event); one under the title's year is marked", () => {
		expect(rows("### 1815\n#### June 18")).toEqual([]);
		const b = parseBrief({ path: "notes/1815 Waterloo.md", text: "## June 18\n- Napoleon is defeated\n" });
		expect(b.events.map(show)).toEqual(["18 Jun 1815? | Napoleon is defeated"]);
	});

	it("a heading that writes its own year is left to the diary and date-only rules (old result)", () => {
		const text = "### 1770\n#### May 16 2024\n- revised chapter 3\n";
		const rowsNow = rows(text);
		expect(rowsNow.some((r) => r.startsWith("16 May 1770"))).toBe(false);
	});

	it("a dated sub-heading with a title keeps its row, and its lines carry its date, not the outer year", () => {
		const text = [
			"### 1770",
			"#### March 5 - Boston Massacre",
			"- Crispus Attucks is killed",
			"- Paul Revere makes an engraving",
		].join("\n");
		expect(rows(text)).toEqual([
			"5 Mar 1770 | March 5 - Boston Massacre",
			"5 Mar 1770 | Crispus Attucks is killed",
			"5 Mar 1770 | Paul Revere makes an engraving",
		]);
	});

	it("an undated deeper heading is passed over; a European day heading works the same", () => {
		const text = [
			"### 1770",
			"#### 16 May",
			"##### Evening",
			"- Fireworks in Paris",
			"#### May 30",
			"- A crush kills many",
		].join("\n");
		expect(rows(text)).toEqual(["16 May 1770 | Fireworks in Paris", "30 May 1770 | A crush kills many"]);
	});

	it("never anchors across a heading of the same level without a year", () => {
		const text = [
			"### 1786",
			"#### August",
			"- Calonne's plan",
			"### Causes",
			"#### August",
			"- a bad harvest",
		].join("\n");
		expect(rows(text)).toEqual(["Aug 1786 | Calonne's plan"]);
	});
});

describe("month-only headings and items under a year", () => {
	it("month-led items under a year heading are months of that year", () => {
		const text = [
			"## 1968: A Pivotal Year",
			"- Jan - Tet Offensive begins",
			"- Mar - My Lai massacre",
			"- Apr: King is assassinated",
			"- **Nov** - Nixon elected",
		].join("\n");
		// The heading "1968: A Pivotal Year" is only its date and a label: no row of its own (date-only.ts).
		expect(rows(text)).toEqual([
			"Jan 1968 | Jan - Tet Offensive begins",
			"Mar 1968 | Mar - My Lai massacre",
			"Apr 1968 | Apr: King is assassinated",
			"Nov 1968 | Nov - Nixon elected",
		]);
	});

	it("a chronological list rolls forward into the next year, marked", () => {
		const text = [
			"## 1989",
			"- Oct - protests in Leipzig",
			"- Nov - the Wall falls",
			"- Mar - elections in the GDR",
		].join("\n");
		const r = rows(text);
		expect(r[r.length - 1]).toBe("Mar 1990? | Mar - elections in the GDR");
	});

	it("a month in running text or a month-named thing is no date", () => {
		const text = ["## 1922", "- March on Rome brings Mussolini to power", "- May the King approve it?"].join("\n");
		expect(rows(text).filter((r) => !r.startsWith("1922 |"))).toEqual([]);
	});

	it("the anchor of a heading month holds for the next items without re-marking them", () => {
		const r = createDateReader();
		r.section?.(1789, "year from the heading");
		r.read("In May the Estates-General meets.");
		const june = r.read("In June the Tennis Court Oath.");
		expect(june[0].date.inferred).toBeUndefined();
		const july = r.read("July 14: the Bastille falls");
		expect(july[0].date.start).toEqual({ year: 1789, month: 7, day: 14 });
		expect(july[0].date.inferred).toBeUndefined();
	});

	it("a sentence's anchor reaches a month-led line a few sentences on, not further", () => {
		const r = createDateReader();
		r.read("The Tsar fell in 1917.");
		const near = r.read("Mar - the Provisional Government forms");
		expect(near[0]?.date.start).toEqual({ year: 1917, month: 3 });
		expect(near[0]?.date.inferred).toBe(true);
		for (const s of ["Bread ran short.", "Soldiers mutinied.", "Workers struck.", "Soviets formed."]) r.read(s);
		expect(r.read("Oct - the Bolsheviks seize power")).toEqual([]);
	});

	it("no month-only reading without an anchor", () => {
		expect(rows("## Causes\n- Jan - riots\n#### August\n- harvest fails")).toEqual([]);
	});
});

describe("month cells in tables under a year", () => {
	it("a timeline table keeps its months; a table of figures or a header row gives none", () => {
		const text = [
			"## 1968",
			"| Month | Event |",
			"|---|---|",
			"| Jan | Tet Offensive |",
			"| Apr | King assassinated |",
			"",
			"## 1923",
			"| | Jan | Jul | Nov |",
			"|---|---|---|---|",
			"| Bread | 250 marks | 3,465 marks | 201 billion marks |",
			"",
			"| Month | Price |",
			"|---|---|",
			"| Jan | 250 marks |",
		].join("\n");
		const r = rows(text);
		expect(r).toContain("Jan 1968 | Jan \u2014 Tet Offensive");
		expect(r).toContain("Apr 1968 | Apr \u2014 King assassinated");
		expect(r.filter((x) => /^(?:Jan|Jul|Nov) 1923/.test(x))).toEqual([]);
	});
});

describe("schedule lines never take the anchor", () => {
	it("a course schedule under a year heading gives no rows; history beside it does", () => {
		const text = [
			"## 1942",
			"- Mar 3 through Th 3/10: reading week",
			"- September 20th: exam on chapters 1-3",
			"- Essay due 12 Nov",
			"- In October the Allies land in North Africa",
			"- Nov 8 - Operation Torch",
		].join("\n");
		expect(rows(text)).toEqual([
			"Oct 1942 | In October the Allies land in North Africa",
			"8 Nov 1942 | Nov 8 - Operation Torch",
		]);
	});

	it("in a course's admin section no month-day takes the title's year; written years are left to other rules", () => {
		const text = [
			"## Course schedule",
			"- Sept 12: Introduction to the Renaissance",
			"- Oct 3: the printing press",
			"## The Renaissance",
			"- In March the Medici return to Florence",
		].join("\n");
		const b = parseBrief({ path: "notes/1512 Florence.md", text });
		expect(b.events.map(show)).toEqual(["Mar 1512? | In March the Medici return to Florence"]);
	});

	it("look-alikes stay events: 'due to', a nuclear test, imperial exams", () => {
		const text = [
			"## 1945",
			"- July 16: the Trinity test in New Mexico",
			"- Aug 6: Hiroshima, due to Truman's order",
			"## 1905",
			"- In September the imperial exams are abolished",
			"## Key dates of the Revolution of 1848",
			"- Feb 24: Louis-Philippe abdicates",
		].join("\n");
		expect(rows(text)).toEqual([
			"16 Jul 1945 | July 16: the Trinity test in New Mexico",
			"6 Aug 1945 | Aug 6: Hiroshima, due to Truman's order",
			"Sep 1905 | In September the imperial exams are abolished",
			"1848 | Key dates of the Revolution of 1848",
			"24 Feb 1848 | Feb 24: Louis-Philippe abdicates",
		]);
	});

	it("dates that write their year are left to the not-event rules", () => {
		const r = createDateReader();
		r.section?.(1942, "year from the heading");
		expect(r.read("Lecture 3: the battle of 12 November 1942")).toHaveLength(1);
		expect(r.read("Lecture 3: on 12 November")).toEqual([]);
	});
});
