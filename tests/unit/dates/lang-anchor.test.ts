/** Issue 16, item 4: a heading's year stays written (not inferred) when a note switches language mid-section. */
import { describe, expect, it } from "vitest";
import { createDateReader } from "../../../src/core/dates";
import { langDateReader } from "../../../src/core/lang/date-reader";

describe("anchor across languages", () => {
	it("a month read in the other language under a year heading is not marked inferred", () => {
		const r = langDateReader(createDateReader, {}, "fr");
		r.section?.(1789, "year from the heading");
		const fr = r.read("En juillet, la Bastille est prise par le peuple de Paris.");
		expect(fr[0]?.date.start).toEqual({ year: 1789, month: 7 });
		const en = r.read("In August the Assembly abolished the feudal privileges of the nobility.");
		expect(en[0]?.date.start).toEqual({ year: 1789, month: 8 });
		expect(en[0]?.date.inferred).toBeUndefined();
	});

	it("an anchor from an earlier sentence stays marked after the change", () => {
		const r = langDateReader(createDateReader, {}, "fr");
		r.read("La prise de la Bastille a lieu le 14 juillet 1789 à Paris.");
		const en = r.read("In August the Assembly abolished the feudal privileges of the nobility.");
		expect(en[0]?.date.start).toEqual({ year: 1789, month: 8 });
		expect(en[0]?.date.inferred).toBe(true);
	});
});
