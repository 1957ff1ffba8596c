import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	axisTicks,
	buildScale,
	dayStart,
	fitView,
	linearScale,
	spaceTicks,
	tickUnit,
	tickYears,
	zoomAt,
} from "../../../src/core/axis";
import { fuzzParams } from "../../support/fuzz";

describe("era-aware ticks", () => {
	it("counts BC ticks the historian's way and puts AD 1 where year 0 would be", () => {
		const years = tickYears({ kind: "year", n: 100 }, -350, 250);
		expect(years).toEqual([-299, -199, -99, 1, 100, 200]);
		const s = linearScale(-350, 250);
		const labels = axisTicks(s, { v0: -350, pxPerV: 1.2, width: 720 }, 90).ticks.map((t) => t.label);
		expect(labels).toEqual(["300 BC", "200 BC", "100 BC", "AD 1", "AD 100", "AD 200"]);
		expect(labels.join(" ")).not.toMatch(/\b0\b/);
	});

	it("goes from millennia down to days as the zoom grows", () => {
		expect(tickUnit(0.01, 90)).toEqual({ kind: "year", n: 10_000 });
		expect(tickUnit(1, 90)).toEqual({ kind: "year", n: 100 });
		expect(tickUnit(100, 90)).toEqual({ kind: "year", n: 1 });
		expect(tickUnit(300, 90)).toEqual({ kind: "month", n: 6 });
		expect(tickUnit(1200, 90)).toEqual({ kind: "month", n: 1 });
		expect(tickUnit(365 * 100, 90)).toEqual({ kind: "day", n: 1 });
		const days = axisTicks(linearScale(1917, 1918), {
			v0: dayStart(1917, 11, 5),
			pxPerV: 365 * 100,
			width: 500,
		}).ticks;
		expect(days.map((t) => t.label)).toEqual([
			"5 Nov 1917",
			"6 Nov 1917",
			"7 Nov 1917",
			"8 Nov 1917",
			"9 Nov 1917",
			"10 Nov 1917",
		]);
	});

	it("no tick is labelled year 0 and labels never overlap after spacing (property)", () => {
		fc.assert(
			fc.property(
				fc.double({ min: -20_000, max: 2000, noNaN: true }),
				fc.double({ min: 0.001, max: 400, noNaN: true }),
				fc.integer({ min: 200, max: 1600 }),
				(v0, ppv, width) => {
					const s = linearScale(-30_000, 3000);
					const ticks = spaceTicks(axisTicks(s, { v0, pxPerV: ppv, width }, 80).ticks, 7, 8, width);
					const at = (t: (typeof ticks)[number]) => t.labelX ?? t.x;
					for (const t of ticks) {
						expect(t.label).not.toMatch(/^(AD )?0$|^0 BC$/);
						expect(at(t) - (t.label.length * 7) / 2).toBeGreaterThanOrEqual(0);
						expect(at(t) + (t.label.length * 7) / 2).toBeLessThanOrEqual(width);
					}
					for (let k = 1; k < ticks.length; k++) {
						const a = ticks[k - 1];
						const b = ticks[k];
						expect(at(b) - (b.label.length * 7) / 2).toBeGreaterThanOrEqual(
							at(a) + (a.label.length * 7) / 2,
						);
					}
				},
			),
			fuzzParams(1902, 150),
		);
	});

	it("ticks follow each drawn segment across a break", () => {
		const s = buildScale([-12999, 1800], [-12990, 1950]);
		const view = fitView(s, 1000);
		const ticks = axisTicks(s, view, 40).ticks;
		expect(ticks.some((t) => t.year < -10_000)).toBe(true);
		expect(ticks.some((t) => t.year >= 1800)).toBe(true);
		expect(ticks.every((t) => t.year < s.breaks[0].y0 || t.year > s.breaks[0].y1)).toBe(true);
	});

	it("zoom keeps the year under the pointer where it is", () => {
		const s = linearScale(0, 2000);
		const v = fitView(s, 1000);
		const z = zoomAt(s, v, 4, 250);
		expect(z.v0 + 250 / z.pxPerV).toBeCloseTo(v.v0 + 250 / v.pxPerV, 9);
		expect(z.pxPerV).toBeCloseTo(v.pxPerV * 4, 9);
	});
});
