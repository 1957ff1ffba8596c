import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { localDayKey, quoteOfTheDay } from "../../../src/core/quotes/daily";
import { mixedHash } from "../../../src/core/text";
import { fuzzParams } from "../../support/fuzz";

const quotes = Array.from({ length: 40 }, (_, i) => ({ id: `quote-${i}-${(i * 7919) % 1000}` }));

describe("quoteOfTheDay", () => {
	it("is the same all day (00:01 and 23:59 local time)", () => {
		for (let d = 1; d <= 28; d++) {
			const early = quoteOfTheDay(quotes, new Date(2026, 1, d, 0, 1));
			const late = quoteOfTheDay(quotes, new Date(2026, 1, d, 23, 59, 59));
			const noon = quoteOfTheDay(quotes, new Date(2026, 1, d, 12, 0));
			expect(early).not.toBeNull();
			expect(late).toBe(early);
			expect(noon).toBe(early);
		}
	});
	it("changes from day to day for a realistic set", () => {
		const picks: string[] = [];
		for (let d = 0; d < 30; d++) picks.push(quoteOfTheDay(quotes, new Date(2026, 0, 1 + d, 9))!.id);
		let changes = 0;
		for (let i = 1; i < picks.length; i++) if (picks[i] !== picks[i - 1]) changes++;
		// With 40 quotes a repeat on the next day has probability 1/40: nearly every day changes.
		expect(changes).toBeGreaterThanOrEqual(25);
		expect(new Set(picks).size).toBeGreaterThanOrEqual(15);
		// The day after a fixed date differs (fixed clock).
		expect(quoteOfTheDay(quotes, new Date(2026, 10, 28, 23, 59))!.id).not.toBe(
			quoteOfTheDay(quotes, new Date(2026, 10, 29, 0, 1))!.id,
		);
	});
	it("does not depend on the order of the list", () => {
		fc.assert(
			fc.property(
				fc.shuffledSubarray(quotes, { minLength: 1 }),
				fc.integer({ min: 0, max: 3650 }),
				(sub, day) => {
					const date = new Date(2020, 0, 1 + day, 10);
					const a = quoteOfTheDay(sub, date);
					const b = quoteOfTheDay([...sub].reverse(), date);
					return a === b;
				},
			),
			fuzzParams(0x9a6d1f, 100),
		);
	});
	it("the salt gives another draw; an empty list gives null", () => {
		const date = new Date(2026, 5, 1);
		const salted = new Set(["a", "b", "c", "d", "e"].map((s) => quoteOfTheDay(quotes, date, s)!.id));
		expect(salted.size).toBeGreaterThan(1);
		expect(quoteOfTheDay([], date)).toBeNull();
	});
	it("is spread fairly over the quotes across a year", () => {
		const counts = new Map<string, number>();
		for (let d = 0; d < 365 * 4; d++) {
			const id = quoteOfTheDay(quotes, new Date(2024, 0, 1 + d))!.id;
			counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		expect(counts.size).toBe(quotes.length);
		expect(Math.max(...counts.values())).toBeLessThan((365 * 4 * 3) / quotes.length);
	});
});

describe("helpers", () => {
	it("localDayKey uses the local calendar", () => {
		expect(localDayKey(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
		expect(localDayKey(new Date(2026, 11, 31, 0, 0))).toBe("2026-12-31");
	});
	it("mixedHash is a deterministic 32-bit unsigned value", () => {
		expect(mixedHash("abc")).toBe(mixedHash("abc"));
		expect(mixedHash("abc")).not.toBe(mixedHash("abd"));
		fc.assert(
			fc.property(
				fc.string(),
				(s) => Number.isInteger(mixedHash(s)) && mixedHash(s) >= 0 && mixedHash(s) < 2 ** 32,
			),
			fuzzParams(0x9d5d89, 100),
		);
	});
});
