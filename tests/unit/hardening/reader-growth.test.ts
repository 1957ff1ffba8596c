/**
 * Growth checks (issue 14, "Rules for the fixes"): on every adversarial family, doubling the input at most
 * ~doubles the work of the brief reader, the date engine, the table reader and the garden writer. Ratios of
 * medians of interleaved runs (tests/support/growth.ts), never a wall-clock threshold. The worst ms/kB seen is printed.
 */
import { afterAll, describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { tableRow } from "../../../src/core/brief/blocks";
import { findDates } from "../../../src/core/dates";
import { buildGardenPages, makeResolver, type NoteInfo } from "../../../src/core/garden";
import type { Brief } from "../../../src/core/model";
import { FAMILIES, FM } from "./adversarial-inputs";
import { GROWTH_LIMIT, type Growth, growth, repeatTo, textGrowth } from "../../support/growth";

const worst: { name: string; msPerKb: number }[] = [];
function note(name: string, g: Growth): Growth {
	worst.push({ name, msPerKb: g.msPerKb });
	return g;
}

afterAll(() => {
	const top = worst.sort((a, b) => b.msPerKb - a.msPerKb).slice(0, 3);
	console.log(`growth: worst ms/kB ${top.map((w) => `${w.name} ${w.msPerKb.toFixed(3)}`).join("; ")}`);
});

const read = (text: string): Brief => parseBrief({ path: "adversarial.md", text });

describe("parseBrief grows linearly on adversarial notes", () => {
	for (const [name, make] of Object.entries(FAMILIES)) {
		it(name, () => {
			const g = note(
				`parseBrief ${name}`,
				textGrowth((n) => FM + make(n), read, 16_000),
			);
			expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		});
	}
});

describe("findDates grows linearly on adversarial text (n and 2n inside one 20 kB slice)", () => {
	for (const [name, make] of Object.entries(FAMILIES)) {
		it(name, () => {
			const g = note(
				`findDates ${name}`,
				textGrowth(make, (t) => findDates(t, { anchorYear: 1917 }), 4000, 2),
			);
			expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
		});
	}
});

describe("tables grow linearly", () => {
	it("one table row of pipes, brackets and code spans", () => {
		const g = note(
			"tableRow",
			textGrowth((n) => "| " + repeatTo("a `|` [[x|y]] \\| ", n) + " |", tableRow, 20_000),
		);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
	});

	it("a wide row's events: counted output, not only time", () => {
		const size = (cells: number): number => {
			const b = read(FM + "| Name |" + " in 1917 |".repeat(cells) + "\n");
			return JSON.stringify(b.events).length;
		};
		expect(size(4000) / size(2000)).toBeLessThanOrEqual(GROWTH_LIMIT);
	});
});

function garden(briefs: Brief[]): string[] {
	const notes: NoteInfo[] = briefs.map((b) => ({ path: b.path, publish: true, hidden: false, exists: true }));
	const pages = buildGardenPages({
		briefs,
		notes,
		resolveLink: makeResolver(briefs.map((b) => b.path)),
		options: { folder: "Study pages", publishKey: "dg-publish", perCourse: true },
	});
	return pages.map((p) => p.content);
}

describe("the garden writer grows linearly", () => {
	const GARDEN_FAMILIES = [
		"wide row of years (H2)",
		"wide row of dated prose",
		"huge table",
		"many headings",
		"quote lines",
		"one paragraph of dated lines",
		"pipes",
		"nested wikilink brackets",
	];
	for (const name of GARDEN_FAMILIES) {
		it(`pages from one note: ${name}`, () => {
			const make = (n: number): Brief[] => [
				parseBrief({ path: `History/${name}.md`, text: FM + FAMILIES[name](n) }),
			];
			const g = note(
				`garden ${name}`,
				growth(make, garden, 8000, (bs) => bs.reduce((s, b) => s + JSON.stringify(b).length, 0)),
			);
			expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
			const bytes = (n: number): number => garden(make(n)).reduce((s, c) => s + c.length, 0);
			expect(bytes(16_000) / bytes(8000)).toBeLessThanOrEqual(GROWTH_LIMIT);
		});
	}

	it("pages from many briefs", () => {
		const make = (n: number): Brief[] =>
			Array.from({ length: n }, (_, i) =>
				parseBrief({
					path: `History/C${i % 7}/Brief ${i}.md`,
					text: `${FM}In ${1800 + (i % 200)} event ${i}.\n\n> "Quote ${i}" \u2014 Someone\n`,
				}),
			);
		const g = note(
			"garden many briefs",
			growth(make, garden, 300, (bs) => bs.length * 1024),
		);
		expect(g.ratio).toBeLessThanOrEqual(GROWTH_LIMIT);
	});
});
