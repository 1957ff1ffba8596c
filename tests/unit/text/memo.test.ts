import { describe, expect, it } from "vitest";
import { memoByKey, memoByObject } from "../../../src/core/text";

describe("memoByKey", () => {
	it("computes once per key and never holds more than its bound", () => {
		let calls = 0;
		const twice = memoByKey(3, (n: number) => {
			calls++;
			return n * 2;
		});
		expect([twice(1), twice(1), twice(2)]).toEqual([2, 2, 4]);
		expect(calls).toBe(2);
		for (let i = 0; i < 10; i++) twice(i);
		expect(twice.size).toBeLessThanOrEqual(3);
		expect(twice(7)).toBe(14);
	});

	it("remembers undefined and null results too", () => {
		let calls = 0;
		const none = memoByKey(10, (_: string) => {
			calls++;
			return undefined;
		});
		none("a");
		none("a");
		expect(calls).toBe(1);
	});
});

describe("memoByObject", () => {
	it("computes once per object, null included", () => {
		let calls = 0;
		const f = memoByObject((o: { v: number }) => {
			calls++;
			return o.v > 0 ? o.v : null;
		});
		const a = { v: 1 };
		const b = { v: 0 };
		expect([f(a), f(a), f(b), f(b)]).toEqual([1, 1, null, null]);
		expect(calls).toBe(2);
		expect(f({ v: 1 })).toBe(1);
		expect(calls).toBe(3);
	});
});
