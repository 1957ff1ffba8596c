import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { axisSvg, escapeXml } from "../../../src/core/garden/axis-svg";
import { timelineImages } from "../../../src/core/garden/axis-page";
import { MAX_COLUMNS, mermaidBlock, mermaidColumns } from "../../../src/core/garden/axis-mermaid";
import { isGenerated } from "../../../src/core/garden/frontmatter";
import { isInsideFolder, planWrites } from "../../../src/core/garden/plan";
import type { Brief, HistEvent } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { ev } from "../axis/make-event";

function brief(path: string, events: HistEvent[]): Brief {
	return {
		path,
		id: path,
		title: path,
		publish: true,
		hidden: false,
		course: path.split("/")[0],
		tags: [],
		sections: [],
		events,
		quotes: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
	};
}

describe("garden axis image", () => {
	it("is an SVG 880 px wide with escaped text, ticks without year 0 and a break for empty deep time", () => {
		const events = [ev({ year: -12999 }), ev({ year: -43 }), ev({ year: 1914 }, { year: 1918 })];
		events[1].text = `Caesar <crossed> the "Rubicon" & won`;
		const out = axisSvg(events, { title: "Timeline", laneOf: () => "" })!;
		expect(out.width).toBe(880);
		expect(out.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="880"/);
		expect(out.svg).not.toContain("<crossed>");
		expect(out.svg).toContain('rect class="b"');
		const ticks = [...out.svg.matchAll(/<text class="t"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(ticks.length).toBeGreaterThan(2);
		expect(ticks.some((t) => /^(AD )?0$|^0 BC$/.test(t))).toBe(false);
		for (const size of out.svg.matchAll(/font-size:(\d+)px/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(11);
		expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
	});

	it("is written beside the timeline pages with the generated marker, and the planner keeps it up to date", () => {
		const briefs = [brief("Rome/Caesar.md", [ev({ year: -48 }, { year: -48 }, "year", "Rome/Caesar.md")])];
		const planned = [
			{ kind: "timeline", path: "Garden/Timeline.md", title: "Timeline" },
			{
				kind: "course-timeline",
				path: "Garden/Courses/Rome - timeline.md",
				title: "Timeline: Rome",
				course: "Rome",
			},
		];
		const images = timelineImages(planned, briefs);
		const page = images.get("Garden/Timeline.md")!;
		expect(page.path).toBe("Garden/Timeline axis.svg");
		expect(isGenerated(page.content)).toBe(true);
		expect(images.get("Garden/Courses/Rome - timeline.md")!.content).toContain('width="720"');
		expect(isInsideFolder(page.path, "Garden")).toBe(true);
		expect(isInsideFolder("Garden/evil.svg.exe", "Garden")).toBe(false);
		const plan = planWrites([page], new Map([[page.path, page.content]]), "Garden");
		expect(plan.unchanged).toEqual([page.path]);
		const mine = planWrites([page], new Map([[page.path, "<svg>my own drawing</svg>"]]), "Garden");
		expect(mine.refused).toHaveLength(1);
	});
});

describe("garden Mermaid timeline", () => {
	it("never has more than 12 columns, each listing a few events (property)", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -5000, max: 2020 }), { minLength: 1, maxLength: 300 }), (years) => {
				const events = years.sort((a, b) => a - b).map((y) => ev({ year: y }));
				const cols = mermaidColumns(events);
				expect(cols.length).toBeLessThanOrEqual(MAX_COLUMNS);
				expect(cols.reduce((s, c) => s + c.items.length, 0)).toBe(events.length);
				const block = mermaidBlock("Timeline", events);
				expect(
					block.filter((l) => /^ {4}\S.* : /.test(l) && !l.startsWith("    title")).length,
				).toBeLessThanOrEqual(MAX_COLUMNS);
			}),
			fuzzParams(1905, 80),
		);
	});

	it("41 events over three millennia: runs of centuries, no 8000 px diagram", () => {
		const events = Array.from({ length: 41 }, (_, i) => ev({ year: -1000 + i * 75 }));
		const cols = mermaidColumns(events);
		expect(cols.length).toBeLessThanOrEqual(12);
		expect(cols[0].label).toMatch(/century BC/);
	});
});
