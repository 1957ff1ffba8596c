/** Issue 16, item 4: every year (or era) not written in the date's own sentence carries `inferred`. */
import { describe, expect, it } from "vitest";
import { createDateReader, findDates } from "../../../src/core/dates";
import { parseBrief } from "../../../src/core/brief";

describe("inferred years", () => {
	it("a month-day read with the anchor of an earlier sentence is inferred, and says where from", () => {
		const r = createDateReader();
		const first = r.read("The events of 1066 unfolded with remarkable speed.");
		const next = r.read("Harold defeated Hardrada at Stamford Bridge on 25 September.");
		expect(first[0].date.inferred).toBeUndefined();
		expect(next[0].date.start).toEqual({ year: 1066, month: 9, day: 25 });
		expect(next[0].date.inferred).toBe(true);
		expect(next[0].date.inferredFrom).toMatch(/earlier sentence/);
	});

	it("the title's year is named as the source", () => {
		const r = createDateReader({ anchorYear: 1917 });
		const m = r.read("On Feb 23 the strikes began.");
		expect(m[0].date.inferred).toBe(true);
		expect(m[0].date.inferredFrom).toBe("year from the title");
	});

	it("an anchored month does not move the anchor's source", () => {
		const r = createDateReader({ anchorYear: 1917 });
		r.read("In March the Tsar abdicated.");
		expect(r.read("On Feb 23 the strikes began.")[0].date.inferredFrom).toBe("year from the title");
	});

	it("dates written out in full are not inferred", () => {
		for (const t of [
			"On 14 October 1066 Harold died.",
			"In 1917 Russia changed.",
			"Nov 1923",
			"490 BC",
			"the 1930s",
			"19th century",
		]) {
			expect(findDates(t)[0].date.inferred, t).toBeUndefined();
		}
	});

	it("no anchor: no date (never a silent guess)", () => {
		expect(findDates("On 25 September Harold won.")).toEqual([]);
	});

	it("a BC timeline inferred from the note's bare years marks every year it turned into BC", () => {
		const text = ["1450", "1370", "1100", "800", "776", "600", "440"]
			.map((y) => `- c. ${y} something happened`)
			.join("\n");
		const b = parseBrief({ path: "n.md", text });
		expect(b.events.every((e) => e.date.start.year < 0 && e.date.inferred === true)).toBe(true);
		expect(b.events[0].date.inferredFrom).toMatch(/^BC/);
	});

	it("a note that says its dates are BC is not a guess", () => {
		const b = parseBrief({ path: "n.md", text: "All dates are BCE.\n\n- Old Kingdom (2625–2130)\n" });
		expect(b.events[0].date.start.year).toBe(-2624);
		expect(b.events[0].date.inferred).toBeUndefined();
	});
});
