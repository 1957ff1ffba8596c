import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBlock, readYear } from "../../../src/ui/embed/options";
import { fuzzParams } from "../../support/fuzz";

describe("study-timeline block options", () => {
	it("reads historians' years as astronomical ones, with no year 0", () => {
		expect(readYear("44 BC")).toBe(-43);
		expect(readYear("1 BC")).toBe(0);
		expect(readYear("AD 79")).toBe(79);
		expect(readYear("1917")).toBe(1917);
		expect(readYear("13,000 BC")).toBe(-12999);
		expect(readYear("0")).toBeNull();
		expect(readYear("soon")).toBeNull();
	});

	it("parses every option, with defaults", () => {
		const { options, problems } = parseBlock(
			"folder: /History/Russia/\ntag: #russia\nbrief: [[Revolution]]\nfrom: 1900\nto: 1950\nmode: list\nheight: 500px\nlanes: brief\nunpublished: yes",
		);
		expect(problems).toEqual([]);
		expect(options).toEqual({
			folder: "History/Russia",
			tag: "russia",
			brief: "Revolution",
			from: 1900,
			to: 1950,
			mode: "list",
			height: 500,
			lanes: "brief",
			unpublished: true,
		});
		expect(parseBlock("").options).toEqual({ mode: "axis", height: 360, lanes: "course", unpublished: false });
	});

	it("never throws, whatever the text (property)", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => {
				const r = parseBlock(s);
				expect(["list", "axis"]).toContain(r.options.mode);
				expect(r.options.height).toBeGreaterThanOrEqual(120);
			}),
			fuzzParams(1904, 200),
		);
	});
});
