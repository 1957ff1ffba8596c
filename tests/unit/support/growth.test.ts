/** The growth check itself: linear work passes, quadratic work is caught whatever the machine's speed. */
import { describe, expect, it } from "vitest";
import { expectLinearGrowth, measureGrowth } from "../../support/growth";

const array = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 7919) % 1000);

function linear(xs: number[]): number {
	let s = 0;
	for (let r = 0; r < 20; r++) for (const x of xs) s += x;
	return s;
}

function quadratic(xs: number[]): number {
	let s = 0;
	for (let i = 0; i < xs.length; i++) for (let j = i; j < xs.length; j++) s += xs[i] ^ xs[j];
	return s;
}

describe("expectLinearGrowth", () => {
	it("passes linear work and reports the measurement", () => {
		const r = expectLinearGrowth({ label: "sum", n: 20_000, make: array, run: linear });
		expect(r.ratios.length).toBeGreaterThanOrEqual(1);
		expect(r.reps).toBeGreaterThanOrEqual(1);
		expect(r.smallMs).toBeGreaterThan(0);
	});

	it("catches quadratic work (~4× for twice the input) on every attempt", () => {
		const r = measureGrowth({ n: 1_000, make: array, run: quadratic, attempts: 2, rounds: 3, maxRatio: 0 });
		expect(r.ratios).toHaveLength(2);
		for (const ratio of r.ratios) expect(ratio).toBeGreaterThan(3);
		expect(() => expectLinearGrowth({ n: 1_000, make: array, run: quadratic, attempts: 1, rounds: 3 })).toThrow(
			/ratios/,
		);
	});
});
