import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalSpeakers, speakerCounts } from "../../../src/core/quotes/speakers";
import { buildEntries, entryFilter, filterOptions } from "../../../src/core/quotes/entries";
import { groupEntries } from "../../../src/core/quotes/group";
import { brief } from "./fixtures";
import { fuzzParams } from "../../support/fuzz";

describe("speakers as people (issue 17)", () => {
	it("Caesar, Julius Caesar and J. Caesar are one person, shown by the fullest name", () => {
		const m = canonicalSpeakers(["Caesar", "Julius Caesar", "J. Caesar"]);
		expect([m.get("Caesar"), m.get("Julius Caesar"), m.get("J. Caesar")]).toEqual([
			"Julius Caesar",
			"Julius Caesar",
			"Julius Caesar",
		]);
	});
	it("a surname shared by two people stays as written; different people stay apart", () => {
		const m = canonicalSpeakers(["Caesar", "Julius Caesar", "Augustus Caesar", "Mr Birling", "Mrs Birling"]);
		expect(m.get("Caesar")).toBe("Caesar");
		expect(m.get("Augustus Caesar")).toBe("Augustus Caesar");
		expect(m.get("Mr Birling")).toBe("Mr Birling");
		expect(m.get("Mrs Birling")).toBe("Mrs Birling");
	});
	it("filters, groups and counts by person", () => {
		const entries = buildEntries([
			brief("A/Rome.md", "Rome", [
				["Alea iacta est.", "Caesar"],
				["Veni, vidi, vici.", "Julius Caesar"],
				["O tempora!", "Cicero"],
			]),
			brief("B/Gaul.md", "Gaul", [["Gallia est omnis divisa in partes tres.", "J. Caesar"]]),
		]);
		expect(entries.filter(entryFilter({ speaker: "Julius Caesar", publish: "all" }))).toHaveLength(3);
		const groups = groupEntries(entries, "speaker", "brief");
		expect(groups.map((g) => [g.label, g.entries.length])).toEqual([
			["Cicero", 1],
			["Julius Caesar", 3],
		]);
		expect(filterOptions(entries).people).toEqual([
			{ name: "Julius Caesar", count: 3 },
			{ name: "Cicero", count: 1 },
		]);
	});
	it("property: every name maps to a name of the input that it fits or to itself", () => {
		const name = fc.constantFrom(
			"Caesar",
			"Julius Caesar",
			"J. Caesar",
			"Augustus Caesar",
			"Lee",
			"Robert E. Lee",
			"R. Lee",
			"Grant",
			"Ulysses S. Grant",
		);
		fc.assert(
			fc.property(fc.array(name, { maxLength: 8 }), (names) => {
				const m = canonicalSpeakers(names);
				for (const n of names) {
					const c = m.get(n)!;
					expect(names).toContain(c);
					expect(c.split(/\s+/).pop()).toBe(n.split(/\s+/).pop());
				}
			}),
			fuzzParams(17, 200),
		);
	});
	it("counts: most quoted first", () => {
		expect(speakerCounts(["B", "A", "B", ""])).toEqual([
			{ name: "B", count: 2 },
			{ name: "A", count: 1 },
		]);
	});
});
