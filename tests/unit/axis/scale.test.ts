import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { axisYear, buildScale, historianYear, linearScale } from "../../../src/core/axis";
import { fuzzParams } from "../../support/fuzz";

describe("axis years", () => {
	it("reads astronomical years, months and days as fractional years; ends are inclusive", () => {
		expect(axisYear({ year: 1933 })).toBe(1933);
		expect(axisYear({ year: 1933 }, true)).toBe(1934);
		expect(axisYear({ year: 1933, month: 11 })).toBeCloseTo(1933 + 304 / 365);
		expect(axisYear({ year: 1933, month: 12 }, true)).toBe(1934);
		expect(axisYear({ year: -43, month: 3, day: 15 })).toBeCloseTo(-43 + 73 / 365);
		expect(
			axisYear({ year: 1933, month: 1, day: 1 }, true) - axisYear({ year: 1933, month: 1, day: 1 }),
		).toBeCloseTo(1 / 365);
	});

	it("writes years the historian's way, with no year 0", () => {
		expect(historianYear(0)).toBe("1 BC");
		expect(historianYear(-43)).toBe("44 BC");
		expect(historianYear(1)).toBe("AD 1");
		expect(historianYear(-12999)).toBe("13,000 BC");
		expect(historianYear(1933)).toBe("1933");
	});
});

describe("piecewise scale", () => {
	it("compresses one prehistoric outlier so the rest keep the width", () => {
		// c. 13,000 BC plus events from 500 BC to 2000
		const starts = [-12999, -499, 0, 800, 1500, 1914, 1939];
		const ends = [-12998, -400, 100, 900, 1600, 1919, 1946];
		const s = buildScale(starts, ends);
		expect(s.breaks).toHaveLength(1);
		const total = s.vMax - s.vMin;
		const lateShare = (s.vMax - s.toV(-499)) / total;
		expect(lateShare).toBeGreaterThan(0.85); // linear: (2000+500)/15000 = 17 %
		// the break stands where nothing happens, and is visible (non-zero)
		const b = s.breaks[0];
		expect(b.y0).toBeGreaterThan(-12998);
		expect(b.y1).toBeLessThan(-499);
		expect(b.v1 - b.v0).toBeGreaterThan(0);
	});

	it("keeps a range's width proportional to its span on either side of a break", () => {
		const s = buildScale([-12999, 1800, 1900], [-12900, 1850, 2000]);
		const w = (a: number, b: number) => s.toV(b) - s.toV(a);
		expect(w(1900, 2000) / w(1800, 1850)).toBeCloseTo(2, 9);
		expect(w(-12999, -12899)).toBeCloseTo(w(1900, 2000), 9);
	});

	it("one long prehistoric period (c. 13,000–1000 BC) does not hold the empty millennia open", () => {
		const s = buildScale([-12999, -499, 1914, 1939], [-999, -400, 1919, 1946]);
		expect(s.breaks.some((b) => b.y0 > -12999 && b.y1 < -999)).toBe(true);
		expect((s.vMax - s.toV(-999)) / (s.vMax - s.vMin)).toBeGreaterThan(0.75);
	});

	it("leaves evenly spread events linear", () => {
		const starts = Array.from({ length: 30 }, (_, i) => 1000 + i * 30);
		const s = buildScale(
			starts,
			starts.map((y) => y + 1),
		);
		expect(s.breaks).toHaveLength(0);
		expect(s.toV(1500) - s.toV(1200)).toBeCloseTo(300, 9);
	});

	it("maps back and forth, monotonic, BC before AD (property)", () => {
		const year = fc.double({ min: -100_000, max: 3000, noNaN: true });
		fc.assert(
			fc.property(
				fc.array(fc.tuple(year, fc.double({ min: 0, max: 500, noNaN: true })), { minLength: 1, maxLength: 40 }),
				fc.array(year, { minLength: 2, maxLength: 10 }),
				(ivs, probes) => {
					const s = buildScale(
						ivs.map(([a]) => a),
						ivs.map(([a, d]) => a + d),
					);
					const sorted = probes.slice().sort((a, b) => a - b);
					for (let k = 1; k < sorted.length; k++)
						expect(s.toV(sorted[k])).toBeGreaterThanOrEqual(s.toV(sorted[k - 1]) - 1e-9);
					for (const p of probes)
						if (!s.breaks.some((b) => p > b.y0 && p < b.y1)) expect(s.fromV(s.toV(p))).toBeCloseTo(p, 4);
					// every interval that crosses no break lies inside one linear segment: its width is its span
					for (const [a, d] of ivs)
						if (!s.breaks.some((b) => b.y0 < a + d && b.y1 > a))
							expect(s.toV(a + d) - s.toV(a)).toBeCloseTo(d, 4);
					// and only long ranges (over 15 % of the whole) may cross one
					const lo = Math.min(...ivs.map(([a]) => a));
					const hi = Math.max(...ivs.map(([a, d]) => a + d));
					for (const [a, d] of ivs)
						if (s.breaks.some((b) => b.y0 < a + d && b.y1 > a)) expect(d).toBeGreaterThan(0.5 * (hi - lo));
					expect(s.toV(0)).toBeLessThan(s.toV(1)); // 1 BC before AD 1
				},
			),
			fuzzParams(1901, 150),
		);
	});

	it("a linear scale is the identity", () => {
		const s = linearScale(-10, 10);
		expect(s.toV(3.5)).toBe(3.5);
		expect(s.fromV(-2)).toBe(-2);
	});
});
