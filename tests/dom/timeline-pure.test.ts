import { describe, expect, it } from "vitest";
import type { HistEvent } from "../../src/core/model";
import {
	buildItems,
	countEras,
	eraGranularity,
	eraKey,
	eraLabel,
	yearLabel,
	yearValue,
} from "../../src/ui/timeline/eras";
import { briefLink, eventMarkdown, timelineMarkdown } from "../../src/ui/timeline/markdown";
import { rulerTicks } from "../../src/ui/timeline/ruler";
import { searchYear, windowAround } from "../../src/ui/timeline/data";
import { COURSE_PALETTE, courseColorIndex, courseColors, courseShortName } from "../../src/ui/timeline/colors";

function ev(
	year: number,
	label: string,
	text: string,
	path = "History/Rome.md",
	extra: Partial<HistEvent> = {},
): HistEvent {
	return {
		id: `e-${year}-${text.length}`,
		briefPath: path,
		date: { start: { year }, end: { year }, precision: "year", approximate: false, text: label, label },
		text,
		source: { path, line: 3 },
		...extra,
	};
}

describe("timeline Markdown export", () => {
	const titles: Record<string, string> = {
		"History/Rome.md": "Rome",
		"History/Russia/US recognition.md": "US recognition of the Soviet Union, 1933",
	};
	const briefOf = (path: string) => ({ path, title: titles[path] ?? path });

	it("writes one list item per event: date in bold, sentence, link to the brief", () => {
		const md = timelineMarkdown(
			[
				ev(-43, "44 BC", "Caesar was assassinated."),
				ev(1933, "Nov 1933", "The U.S. recognised\nthe Soviet Union.", "History/Russia/US recognition.md"),
			],
			briefOf,
		);
		expect(md).toBe(
			"- **44 BC** — Caesar was assassinated. ([[Rome]])\n" +
				"- **Nov 1933** — The U.S. recognised the Soviet Union. ([[History/Russia/US recognition|US recognition of the Soviet Union, 1933]])\n",
		);
	});

	it("puts the bold label before the sentence and survives odd titles", () => {
		expect(
			eventMarkdown(ev(1917, "1917", "Ties were cut.", "a.md", { label: "Background" }), {
				path: "a.md",
				title: "a",
			}),
		).toBe("- **1917** — *Background:* Ties were cut. ([[a]])");
		expect(briefLink({ path: "x/Brief.md", title: "A [[weird]] | title" })).toBe("[[x/Brief|A weird  title]]");
		expect(timelineMarkdown([], briefOf)).toBe("");
	});
});

describe("era headers", () => {
	it("labels eras the historian's way across BC and AD", () => {
		expect(yearLabel(-43)).toBe("44 BC");
		expect(yearLabel(0)).toBe("1 BC");
		expect(yearLabel(79)).toBe("AD 79");
		expect(yearLabel(1933)).toBe("1933");
		expect(eraLabel(eraKey(-43, "decade"), "decade")).toBe("40s BC");
		expect(eraLabel(eraKey(1933, "decade"), "decade")).toBe("1930s");
		expect(eraLabel(eraKey(-43, "century"), "century")).toBe("1st century BC");
		expect(eraLabel(eraKey(-99, "century"), "century")).toBe("1st century BC");
		expect(eraLabel(eraKey(-100, "century"), "century")).toBe("2nd century BC");
		expect(eraLabel(eraKey(79, "century"), "century")).toBe("1st century AD");
		expect(eraLabel(eraKey(1933, "century"), "century")).toBe("20th century");
		expect(eraLabel(eraKey(1900, "century"), "century")).toBe("19th century");
		expect(eraLabel(eraKey(-2500, "millennium"), "millennium")).toBe("3rd millennium BC");
		expect(eraLabel(eraKey(1933, "millennium"), "millennium")).toBe("2nd millennium");
		expect(eraLabel(eraKey(-4, "decade"), "decade")).toBe("9–1 BC");
	});

	it("era keys grow with time, so headers follow the chronological order", () => {
		for (const g of ["year", "decade", "century", "millennium"] as const) {
			let last = -Infinity;
			for (let y = -3000; y <= 2100; y++) {
				const k = eraKey(y, g);
				expect(k).toBeGreaterThanOrEqual(last);
				last = k;
			}
		}
	});

	it("granularity adapts to density: sparse -> years/decades, long and dense -> centuries/millennia", () => {
		expect(eraGranularity([1917, 1933, 1939])).toBe("decade");
		expect(eraGranularity([1917, 1918, 1921])).toBe("year");
		expect(
			eraGranularity([
				1917, 1918, 1921, 1922, 1929, 1930, 1933, 1933, 1935, 1937, 1939, 1941, 1945, 1949, 1953, 1956,
			]),
		).toBe("decade");
		const dense = Array.from({ length: 10_000 }, (_, i) => -3000 + Math.floor((i * 5020) / 10_000));
		expect(eraGranularity(dense)).toBe("century");
		expect(countEras(dense, "century")).toBeLessThanOrEqual(80);
		const spread = Array.from({ length: 400 }, (_, i) => -10_000 + i * 30);
		expect(eraGranularity(spread)).toBe("millennium");
		// zooming in (a narrower window) gives finer headers for the same events
		expect(eraGranularity(dense, 1900, 1930)).toBe("year");
		expect(eraGranularity(dense, 1500, 2000)).toBe("decade");
		// a sparse timeline refines as the window narrows
		const sparse = [-43, 79, 1917, 1933, 1939];
		expect(eraGranularity(sparse)).toBe("millennium");
		expect(eraGranularity(sparse, 1850, 1990)).toBe("century");
		expect(eraGranularity(sparse, 1900, 1970)).toBe("decade");
		expect(eraGranularity(sparse, 1930, 1937)).toBe("year");
	});

	it("builds a header before each new era, in ascending or descending order", () => {
		const evs = [ev(-43, "44 BC", "a"), ev(-30, "31 BC", "b"), ev(79, "AD 79", "c")];
		const items = buildItems(evs, "century");
		expect(items.map((i) => (i.kind === "era" ? i.label : i.ev.date.label))).toEqual([
			"1st century BC",
			"44 BC",
			"31 BC",
			"1st century AD",
			"AD 79",
		]);
		const desc = buildItems([...evs].reverse(), "century");
		expect(desc.filter((i) => i.kind === "era").length).toBe(2);
	});
});

describe("ruler and positions", () => {
	it("fractional years order months and days within a year; ends are inclusive", () => {
		expect(yearValue({ year: 1933, month: 11 })).toBeGreaterThan(yearValue({ year: 1933, month: 3, day: 30 }));
		expect(yearValue({ year: 1933 }, true)).toBe(1934);
		expect(yearValue({ year: -43, month: 3, day: 15 })).toBeLessThan(yearValue({ year: -42 }));
	});

	it("ticks skip year 0 and read as BC/AD", () => {
		const ticks = rulerTicks(-600, 600, 6);
		expect(ticks.map((t) => t.label)).toEqual(["600 BC", "400 BC", "200 BC", "AD 200", "AD 400", "AD 600"]);
		expect(ticks.find((t) => t.label === "600 BC")?.year).toBe(-599);
		expect(rulerTicks(1900, 1950, 5).map((t) => t.label)).toEqual(["1900", "1910", "1920", "1930", "1940", "1950"]);
		expect(ticks.every((t) => t.label !== "0")).toBe(true);
	});

	it("zoom halves the window, kept inside the timeline; jump finds the first event at a year", () => {
		const full = { lo: -500, hi: 1500 };
		expect(windowAround(full, 0, 0)).toEqual(full);
		expect(windowAround(full, 1, 0)).toEqual({ lo: -500, hi: 500 });
		expect(windowAround(full, 2, 1400)).toEqual({ lo: 1000, hi: 1500 });
		const starts = new Float64Array([-43, -30, 79, 1933]);
		expect(searchYear(starts, 0, false)).toBe(2);
		expect(searchYear(new Float64Array([1933, 79, -30, -43]), 0, true)).toBe(2);
	});

	it("course colours are stable for the same set of courses", () => {
		const a = courseColors(["b", "a", "c"]);
		const b = courseColors(["c", "b", "a", "a"]);
		expect([...a]).toEqual([...b]);
		expect(new Set(a.values()).size).toBe(3);
	});

	it("12 courses get 12 distinct colours; adding a course keeps the others' colours; a chosen colour wins", () => {
		const ten = Array.from({ length: 10 }, (_, i) => `History/Course ${i}`);
		const twelve = [...ten, "Art", "Zoology"];
		const c12 = courseColorIndex(twelve);
		expect(new Set(c12.values()).size).toBe(12);
		expect(COURSE_PALETTE).toHaveLength(12);
		expect(new Set(COURSE_PALETTE).size).toBe(12);
		// adding a course moves only the courses on its probe chain (the old name-order palette moved all ten here)
		const c10 = courseColorIndex(ten);
		const c11 = courseColorIndex([...ten, "Art"]);
		const kept = ten.filter((c) => c10.get(c) === c11.get(c)).length;
		expect(kept).toBeGreaterThanOrEqual(8);
		// the user's choice wins and no other course shares it
		const chosen = courseColorIndex(twelve, { Art: 5 });
		expect(chosen.get("Art")).toBe(5);
		expect([...chosen].filter(([, k]) => k === 5)).toHaveLength(1);
		expect(courseShortName("History/Ancient Rome")).toBe("Ancient Rome");
	});
});
