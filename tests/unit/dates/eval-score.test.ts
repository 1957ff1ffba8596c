/** The evaluation's scorer (tests/eval/dates/score.ts): label parsing and matching rules. */
import { describe, expect, it } from "vitest";
import { parseLabels, scoreNote, totals, type Reading } from "../../eval/dates/score";

const r = (line: number, a: [number, number?, number?], b = a, text = "x", dateText = "d"): Reading => ({
	line,
	text,
	dateText,
	start: { year: a[0], month: a[1], day: a[2] },
	end: { year: b[0], month: b[1], day: b[2] },
});

describe("eval scorer", () => {
	it("parses BC years as astronomical and rejects malformed rows", () => {
		const l = parseLabels("3\tbce\t492BC..404BC\tx\n4\tjunk\tquestion\ty\n");
		expect(l.dates[0].start.year).toBe(-491);
		expect(l.dates[0].end.year).toBe(-403);
		expect(l.junk).toHaveLength(1);
		expect(() => parseLabels("3\tcentury\tabc\tx")).toThrow(/bad date/);
		expect(() => parseLabels("x\tbare\t1066\tx")).toThrow(/bad line/);
	});

	it("gives a reading to the unhit, most detailed label of its line (Jan 1066 is not the bare 1066's)", () => {
		const labels = parseLabels("14\tbare\t1066\ta\n14\tmonth\t1066-01\tb\n");
		const s = scoreNote(labels, [r(14, [1066]), r(14, [1066, 1])]);
		expect(s.recalled).toBe(2);
		expect(s.matched).toBe(2);
	});

	it("an exact label wins over an approximate one that also holds the reading", () => {
		const labels = parseLabels("132\tcentury\t~1301..1400\tlater 14th\n132\tbare\t1369\t1369\n");
		const s = scoreNote(labels, [r(132, [1369])]);
		expect(s.misses.map((m) => m.text)).toEqual(["later 14th"]);
	});

	it("a span equal to two adjacent labels of its line gives both (13th and 14th centuries)", () => {
		const labels = parseLabels("29\tcentury\t1201..1300\ta\n29\tcentury\t1301..1400\tb\n");
		expect(scoreNote(labels, [r(29, [1201], [1400])]).recalled).toBe(2);
	});

	it("a qualified half of such a pair holds the span's end inside it (the later 14th and 15th centuries)", () => {
		const labels = parseLabels("132\tcentury\t~1301..1400\tlater 14th\n132\tcentury\t1401..1500\t15th\n");
		expect(scoreNote(labels, [r(132, [1367], [1500])]).recalled).toBe(2);
		// the start outside the qualified half, or an end that is not the second half's: no pair
		expect(scoreNote(labels, [r(132, [1290], [1500])]).recalled).toBe(0);
		expect(scoreNote(labels, [r(132, [1367], [1480])]).recalled).toBe(0);
	});

	it("an approximate label takes any reading inside it; junk lines, repeats and date-only rows are junk", () => {
		const labels = parseLabels("1\tcentury\t~1801..1900\tmid-19th\n2\tjunk\tquestion\tq\n");
		const s = scoreNote(labels, [
			r(1, [1834], [1866], "a"),
			r(2, [1950], [1950], "b"),
			r(1, [1834], [1866], "a"),
			r(5, [1200], [1200], "1200 BCE", "1200"),
		]);
		expect(s.recalled).toBe(1);
		expect(s.junkRows).toBe(3);
		const t = totals([s]);
		expect(t.precision).toBe(0.25);
		expect(t.junkRate).toBe(0.75);
	});
});
