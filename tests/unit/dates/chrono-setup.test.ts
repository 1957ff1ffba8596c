/** Our chrono clone: date parsers only, tagged bare years survive the digits-only filter, upstream untouched. */
import * as en from "chrono-node/en";
import { describe, expect, test } from "vitest";
import { HIST_TAG, histChrono } from "../../../src/core/dates/chrono-setup";

const REF = new Date(Date.UTC(2000, 5, 15));

describe("histChrono", () => {
	test("keeps the month-name, numeric and ISO date parsers", () => {
		const c = histChrono();
		expect(c.parsers.length).toBeGreaterThanOrEqual(4);
		expect(c.parse("November 16, 1933", REF)[0].start.get("day")).toBe(16);
		expect(c.parse("16 November 1933", REF)[0].start.get("month")).toBe(11);
		expect(c.parse("on 1/9/1939", REF)[0].start.get("year")).toBe(1939);
		expect(c.parse("1933-11-16", REF)).toHaveLength(1);
	});
	test("casual and time-only parsers are gone", () => {
		const c = histChrono();
		for (const t of [
			"Today",
			"Now",
			"10:30",
			"tomorrow at noon",
			"on Thursday",
			"3 days ago",
			"after nearly 16 years",
		]) {
			expect(c.parse(t, REF), t).toEqual([]);
		}
	});
	test("a tagged bare year passes the wrapped UnlikelyFormatFilter and merges into ranges", () => {
		const c = histChrono();
		const one = c.parse("in 1917", REF);
		expect(one).toHaveLength(1);
		expect(one[0].tags().has(HIST_TAG)).toBe(true);
		const range = c.parse("from 1917 to 1921", REF);
		expect(range).toHaveLength(1);
		expect(range[0].start.get("year")).toBe(1917);
		expect(range[0].end?.get("year")).toBe(1921);
	});
	test("upstream chrono is not modified (we cloned its configuration)", () => {
		expect(en.casual.parse("in 1917", REF)).toEqual([]);
		expect(en.casual.parse("Today", REF)).toHaveLength(1);
	});
});
