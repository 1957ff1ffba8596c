/**
 * Issue 14 H1/H2 and the other super-linear loops found in the reader and the date engine: each case failed
 * before its fix (a growth ratio near 4, or output quadratic in the input) and pins the behaviour kept.
 */
import { describe, expect, it } from "vitest";
import { parseBrief, splitSentences } from "../../../src/core/brief";
import { tableRow } from "../../../src/core/brief/blocks";
import { scanMdLinks } from "../../../src/core/brief/inline-links";
import { splitQuoteItem } from "../../../src/core/brief/quotes";
import { findDates } from "../../../src/core/dates";
import { GROWTH_LIMIT, repeatTo, textGrowth } from "../../support/growth";

const FM = "---\ndg-publish: true\n---\n# Years\n\n";

describe("H1: the sentence splitter reads a run of . ! ? once", () => {
	it("a run of dots, ?! marks or closing quotes grows linearly", () => {
		const cases: Array<(n: number) => string> = [
			(n) => "x" + ".".repeat(n) + " y",
			(n) => "Why " + repeatTo("?!", n) + " Then",
			(n) => "He said " + repeatTo(".\u201d)", n) + " Then",
		];
		for (const make of cases) {
			const g = textGrowth(make, splitSentences, 4000);
			expect(g.ratio, make(8)).toBeLessThanOrEqual(GROWTH_LIMIT);
		}
	});

	it("keeps its splits: abbreviations, a second mark in the run, quotes after the mark", () => {
		const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);
		expect(texts("He lived in the U.S. Then he left.")).toEqual(["He lived in the U.S. Then he left."]);
		expect(texts("He lived in the U.S.! Then he left.")).toEqual(["He lived in the U.S.!", "Then he left."]);
		expect(texts("Books, pens etc.. Then he left.")).toEqual(["Books, pens etc..", "Then he left."]);
		expect(texts('He said "Stop." Then he left.')).toEqual(['He said "Stop."', "Then he left."]);
		expect(texts("Contents ........ page 12. Next")).toEqual(["Contents ........ page 12.", "Next"]);
		expect(texts("Wait... What? Yes!")).toEqual(["Wait...", "What?", "Yes!"]);
		expect(texts("Caesar died in 44 B.C. Four years later")).toEqual([
			"Caesar died in 44 B.C.",
			"Four years later",
		]);
	});
});

function eventTextSize(text: string): { events: number; chars: number } {
	const b = parseBrief({ path: "wide.md", text });
	return { events: b.events.length, chars: b.events.reduce((s, e) => s + e.text.length + e.id.length, 0) };
}

describe("H2: a wide table row gives output linear in the row", () => {
	// Each cell a distinct dated fact (a cell that is only a date, or the same fact again, gives no row of its own).
	const cell = (i: number): string => ` Treaty ${i} signed in ${1000 + (i % 900)} |`;
	const wideRow = (cells: number): string =>
		FM + "|" + Array.from({ length: cells }, (_, i) => cell(i)).join("") + "\n|" + "---|".repeat(cells) + "\n";

	it("doubling the dated cells at most doubles the events' text (counted, not timed)", () => {
		const a = eventTextSize(wideRow(1000));
		const b = eventTextSize(wideRow(2000));
		expect(a.events).toBe(1000);
		expect(b.events).toBe(2000);
		expect(b.chars / a.chars).toBeLessThanOrEqual(GROWTH_LIMIT);
		// Bounded per event: the note is ~14 kB; 2,000 events of a few hundred characters at most.
		expect(b.chars).toBeLessThan(2000 * 400);
	});

	it("parse time of a wide row grows linearly", () => {
		const g = textGrowth(
			(n) => wideRow(Math.round(n / 7)),
			(t) => parseBrief({ path: "w.md", text: t }),
			14_000,
		);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
	});

	it("a short row is still the text of its events; a long row gives each event its cell and a bounded context", () => {
		const short = parseBrief({
			path: "s.md",
			text: FM + "| Year | Event |\n|---|---|\n| 1917 | Revolution in Russia |\n",
		});
		expect(short.events.map((e) => e.text)).toEqual(["1917 \u2014 Revolution in Russia"]);
		const long = parseBrief({
			path: "l.md",
			text:
				FM +
				"| Russia | " +
				Array.from({ length: 60 }, (_, i) => `in ${1850 + i} reform ${i}`).join(" | ") +
				" |\n",
		});
		expect(long.events).toHaveLength(60);
		expect(long.events[0].text.startsWith("Russia \u2014 in 1850 reform 0 \u2014 in 1851 reform 1")).toBe(true);
		expect(long.events[59].text).toBe("Russia \u2014 in 1909 reform 59");
		for (const e of long.events) expect(e.text.length).toBeLessThanOrEqual(300);
	});
});

describe("date patterns that backtracked on runs", () => {
	it("spaces after a heading year (', 1933   x') grow linearly", () => {
		const g = textGrowth(
			(n) => "Recognition, 1933" + " ".repeat(n) + "x",
			(t) => findDates(t),
			4000,
			2,
		);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		expect(findDates("Recognition of the Soviet Union, 1933 .  ").map((m) => m.date.label)).toEqual(["1933"]);
	});

	it("spaces after a leading year ('1917   x') grow linearly", () => {
		const g = textGrowth(
			(n) => "1917" + " ".repeat(n) + "x",
			(t) => findDates(t, { anchorYear: 1900 }),
			4000,
			2,
		);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		expect(findDates("1917 |  ").map((m) => m.date.label)).toEqual(["1917"]);
	});

	it("a long run of thousands groups ('1,000,000,...') grows linearly; '50,000 BCE' still reads", () => {
		const g = textGrowth(
			(n) => "AD 5 and 1" + repeatTo(",000", n),
			(t) => findDates(t),
			8000,
			1,
		);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		expect(findDates("about 50,000 BCE").map((m) => m.date.start.year)).toEqual([-49_999]);
		expect(findDates("13,800,000,000 BC").length).toBe(1);
	});
});

describe("reader loops that rescanned a run", () => {
	it("a table separator test on '|---' and a long run of spaces grows linearly; separators still read", () => {
		const g = textGrowth((n) => "|---" + " ".repeat(n) + "x", tableRow, 4000);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		expect(tableRow("| --- | :---: |  ")).toBeNull();
		expect(tableRow("  |---|---|")).toBeNull();
		expect(tableRow("| 1917 | x |")).toEqual(["1917", "x"]);
	});

	it("a speaker with a long run of ' .' inside grows linearly; a trailing run is still trimmed", () => {
		const g = textGrowth((n) => '"In 1917 we won" \u2014 Lenin' + repeatTo(" .", n) + " x", splitQuoteItem, 8000);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		expect(splitQuoteItem('"In 1917 we won" \u2014 Lenin . . ;,').speaker).toBe("Lenin");
		expect(splitQuoteItem('"In 1917 we won" \u2014  . .').speaker).toBeUndefined();
	});

	it("many '[a](' openers before a far ')' grow linearly; a url with parentheses still reads", () => {
		const g = textGrowth((n) => "[a](".repeat(n / 8) + ")" + "x".repeat(n / 2) + ")", scanMdLinks, 16_000);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		expect(
			scanMdLinks("see [Bloody Sunday](https://en.wikipedia.org/wiki/Bloody_Sunday_(1905)) now").map(
				(l) => l.url,
			),
		).toEqual(["https://en.wikipedia.org/wiki/Bloody_Sunday_(1905)"]);
	});
});
