import { describe, expect, it } from "vitest";
import { parseBrief, splitSentences } from "../../../src/core/brief/index";

const parse = (text: string) => parseBrief({ path: "C/N.md", text });
const ev = (text: string) => parse(text).events.map((e) => [e.date.label, e.source.line, e.text]);
const years = (text: string) => parse(text).events.map((e) => e.date.start.year);

describe("sentence splitting", () => {
	it("keeps abbreviations, initials and decimals whole", () => {
		const s = splitSentences(
			"The U.S. severed ties in 1917. Dr. King spoke c. 1963 in Sept. 1963. John F. Kennedy won. It grew to 12.8 million. Ca. 1200 it began.",
		);
		expect(s.map((x) => x.text)).toEqual([
			"The U.S. severed ties in 1917.",
			"Dr. King spoke c. 1963 in Sept. 1963.",
			"John F. Kennedy won.",
			"It grew to 12.8 million.",
			"Ca. 1200 it began.",
		]);
	});
	it("splits after an era abbreviation that ends a sentence", () => {
		expect(splitSentences("He died in 210 B.C.E. Four years later it fell.").map((x) => x.text)).toEqual([
			"He died in 210 B.C.E.",
			"Four years later it fell.",
		]);
	});
	it("gives offsets into the input", () => {
		const s = splitSentences("One. Two.");
		expect(s.map((x) => x.start)).toEqual([0, 5]);
	});
});

describe("events: where they are read", () => {
	it("prose, list items, numbered lists, headings and table rows, with 0-based lines", () => {
		const text =
			"## Treaty, 1648\nIn 1618 it began.\n- In 1620 a battle.\n1. In 1630 Sweden joined.\n| Year | Event |\n|---|---|\n| 1635 | Peace of Prague |\n";
		expect(ev(text)).toEqual([
			["1648", 0, "Treaty, 1648"],
			["1618", 1, "In 1618 it began."],
			["1620", 2, "In 1620 a battle."],
			["1630", 3, "In 1630 Sweden joined."],
			["1635", 6, "1635 — Peace of Prague"],
		]);
	});
	it("never from code blocks, inline code, front-matter, comments, math, HTML attributes or URLs", () => {
		const text = [
			"---",
			"date: In 1999",
			"---",
			"```",
			"In 1901 code",
			"```",
			"~~~",
			"In 1902 code",
			"~~~",
			"Inline `in 1903` code.",
			"%% In 1904 comment %%",
			"%%",
			"In 1905 block comment",
			"%%",
			"<!-- In 1906 html comment -->",
			"$$",
			"In 1907 math",
			"$$",
			"Math $x = 1908$ inline.",
			'<span title="In 1909">tag</span>',
			"See https://example.com/in-1910/ and [link](https://x.org/1911).",
			"In 1666 the fire.",
		].join("\n");
		expect(years(text)).toEqual([1666]);
	});
	it("fenced code indented under a list item is code too", () => {
		expect(years("- Example:\n    ```\n    In 1901 code\n    ```\n- In 1666 the fire.\n")).toEqual([1666]);
	});
	it("a $ amount is not math", () => {
		expect(ev("He earned $1200 to $1500 a year in 1837.")).toEqual([
			["1837", 0, "He earned $1200 to $1500 a year in 1837."],
		]);
	});
	it("strips markdown before reading: links, wikilinks, bold, italic, tags", () => {
		expect(ev("The [[Treaty of Paris|treaty]] was **signed** in *1783* #war by [Franklin](Franklin.md).")).toEqual([
			["1783", 0, "The treaty was signed in 1783 by Franklin."],
		]);
	});
	it("sources sections give no events", () => {
		expect(years("## Sources\n- Cengage Learning, 2017.\n**References**\nNorton, 2014.\n")).toEqual([]);
	});
	it("daily-note links (task due dates) are not events", () => {
		expect(years("- [ ] Read pages 3-14 [[2025-01-30\\|2025-01-30]]\n")).toEqual([]);
	});
	it("HTML bodies: list items and paragraphs", () => {
		expect(ev("<ul>\n<li>In 1200 BCE the collapse began.</li>\n</ul>\n<p>Written in 441 BCE.</p>\n")).toEqual([
			["1200 BC", 1, "In 1200 BCE the collapse began."],
			["441 BC", 3, "Written in 441 BCE."],
		]);
	});
});

describe("events: labels, sentences and dates", () => {
	it("a bold label is kept and removed from the text", () => {
		const b = parse("## Facts\n- **Background:** The U.S. severed ties in 1917 after the revolution. It lasted.\n");
		expect(b.events).toHaveLength(1);
		expect(b.events[0]).toMatchObject({
			label: "Background",
			text: "The U.S. severed ties in 1917 after the revolution.",
			section: "Facts",
		});
	});
	it("a section word as label (`**Conclusion:** ...`) is not the event's label", () => {
		const b = parse("**Conclusion:** Kennedy spoke on January 20, 1961.\n");
		expect(b.events.map((e) => [e.label ?? null, e.text])).toEqual([[null, "Kennedy spoke on January 20, 1961."]]);
	});
	it("a date in the label: the label is the date, the text is the rest", () => {
		const b = parse("- **February 4, 1861:** Seven states secede\n- **1897**, Russia adopts the gold standard\n");
		expect(b.events.map((e) => [e.date.label, e.label, e.text])).toEqual([
			["4 Feb 1861", "February 4, 1861", "Seven states secede"],
			["1897", "1897", "Russia adopts the gold standard"],
		]);
	});
	it("a year written as an ordered-list number is read as the label", () => {
		const b = parse("1917. The revolution began\n1918. Civil war\n1. A normal list item in 1920\n");
		expect(b.events.map((e) => [e.date.start.year, e.label ?? null, e.text])).toEqual([
			[1917, "1917", "The revolution began"],
			[1918, "1918", "Civil war"],
			[1920, null, "A normal list item in 1920"],
		]);
	});
	it("one event per date: a sentence with two dates gives two events with the same text", () => {
		const b = parse("It was formed in 1898 but divided in 1903.");
		expect(b.events.map((e) => [e.date.start.year, e.text])).toEqual([
			[1898, "It was formed in 1898 but divided in 1903."],
			[1903, "It was formed in 1898 but divided in 1903."],
		]);
		expect(b.events[0].id).not.toBe(b.events[1].id);
	});
	it("reads the note in order so a month carries the year before it", () => {
		const b = parse("Talks began in November 1933.\n\nIn December the deal was signed.");
		expect(b.events.map((e) => [e.date.start.year, e.date.start.month])).toEqual([
			[1933, 11],
			[1933, 12],
		]);
	});
	it("a year in the title anchors dates without a year", () => {
		const b = parseBrief({
			path: "Russia/1917 Revolution.md",
			text: "- On Women's Day (Feb 23), women protested\n",
		});
		expect(b.events.map((e) => [e.date.start.year, e.date.start.month, e.date.start.day])).toEqual([[1917, 2, 23]]);
	});
	it("'all dates are BCE' makes bare years BCE", () => {
		const b = parse("The periods (all dates are BCE and approximate):\n- Old Kingdom founded c. 2600\n");
		expect(b.events.every((e) => e.date.start.year < 0)).toBe(true);
	});
	it("durations and counts are not dates", () => {
		expect(years("After nearly 16 years of non-recognition. An army of 750,000 men.")).toEqual([]);
	});
	it("hard-wrapped prose joins lines; each line of a list of dates stays its own event", () => {
		const b = parse(
			"The war began in 1914 and\nended in 1918.\n\n776 BCE: First Olympic Games  \n490 BCE: Marathon  \n",
		);
		expect(b.events.map((e) => [e.date.start.year, e.source.line])).toEqual([
			[1914, 0],
			[1918, 1],
			[-775, 3],
			[-489, 4],
		]);
	});
	it("a callout timeline gives events", () => {
		const b = parse(">[!info] Timeline\n>**1948** - The NP wins the election\n>**1949** - Mixed Marriages Act\n");
		expect(b.events.map((e) => [e.date.start.year, e.label, e.text])).toEqual([
			[1948, "1948", "The NP wins the election"],
			[1949, "1949", "Mixed Marriages Act"],
		]);
	});
});

describe("events: labels from parent list items", () => {
	it("a sub-item without a label takes its parent's name or bold label", () => {
		const b = parse(
			"- Henri Matisse\n  - (1869-1954); most important French artist\n- **Nicholas' Abdication:**\n  - He abdicated in March 1917\n- Later, they:\n  - In 1918 they left\n",
		);
		expect(b.events.map((e) => [e.date.start.year, e.label ?? null])).toEqual([
			[1869, "Henri Matisse"],
			[1917, "Nicholas' Abdication"],
			[1918, null],
		]);
	});
});

describe("events: HTML tables", () => {
	it("<tr><td> rows are read cell by cell like Markdown table rows", () => {
		const b = parse(
			"<table>\n<tr><th>Year</th><th>Event</th></tr>\n<tr><td>1917</td><td>Karl Ereky coins &ldquo;biotechnology&rdquo;</td></tr>\n</table>\n",
		);
		expect(b.events.map((e) => [e.date.start.year, e.text, e.source.line])).toEqual([
			[1917, "1917 \u2014 Karl Ereky coins \u201cbiotechnology\u201d", 2],
		]);
	});
});

describe("events: Obsidian Tasks dates", () => {
	it("due/done/scheduled dates of tasks are not events", () => {
		expect(
			years(
				"- [x] Quiz on section 5.10 \u2705 2025-01-30\n- [ ] Essay \u{1F4C5} 2025-02-03 \u23F3 2025-02-01\n- [ ] Read about 1914\n",
			),
		).toEqual([]);
	});
});

describe("events: implied BCE", () => {
	const list = (ys: string[]) => ys.map((y) => `- c. ${y} something happened`).join("\n");
	it("a timeline of ever smaller bare years with no era marker is BCE", () => {
		const b = parse(list(["1450", "1370", "1100", "800", "776", "600", "440"]));
		expect(b.events.map((e) => e.date.start.year)).toEqual([-1449, -1369, -1099, -799, -775, -599, -439]);
	});
	it("a newest-first list of modern years stays CE", () => {
		expect(years(list(["2020", "2015", "2010", "2005", "2000", "1995", "1990"])).every((y) => y > 1900)).toBe(true);
	});
	it("any era marker in the note keeps the reader's own reading", () => {
		const y = years(`${list(["1450", "1370", "1100", "800", "776", "600"])}\n- In 44 BCE Caesar died\n`);
		expect(y.slice(0, 6).every((v) => v > 0)).toBe(true);
	});
});

describe("events: conclusions", () => {
	it("a conclusion's restated date is dropped, a new one stays", () => {
		const b = parse(
			"## Treaty, 1648\n\n**Conclusion:** The treaty of 1648 ended the war. Its effects lasted into the 18th century.\n",
		);
		expect(b.events.map((e) => [e.date.label, e.source.line])).toEqual([
			["1648", 0],
			["18th century", 2],
		]);
	});
});
