/** Issue 16: a timeline row shows an inferred year as "Mar 1914?", with a tooltip and a spoken note saying why. */
import { describe, expect, it } from "vitest";
import type { HistEvent } from "../../src/core/model";
import { describeDate, renderEvent, type RowContext } from "../../src/ui/timeline/rows";

function ev(inferred: boolean): HistEvent {
	const date: HistEvent["date"] = {
		start: { year: 1914, month: 3 },
		end: { year: 1914, month: 3 },
		precision: "month",
		approximate: false,
		text: "March",
		label: "Mar 1914",
	};
	if (inferred) {
		date.inferred = true;
		date.inferredFrom = "year from an earlier sentence";
	}
	return {
		id: "e1",
		briefPath: "a.md",
		date,
		text: "In March the strikes spread.",
		source: { path: "a.md", line: 4 },
	};
}

const ctx: RowContext = {
	idPrefix: "t",
	titleOf: () => "A",
	colorOf: () => "var(--color-blue)",
	courseOf: () => "",
	window: { lo: 1900, hi: 1950 },
	activePath: null,
	selected: -1,
	total: 1,
};

describe("inferred years in the timeline", () => {
	it("marks the label, explains it in a tooltip and to screen readers", () => {
		const el = document.createElement("div");
		renderEvent(el, ev(true), 0, ctx);
		expect(el.querySelector(".sb-tl-date-label")?.textContent).toBe("Mar 1914?");
		expect(el.classList.contains("sb-tl-inferred")).toBe(true);
		expect(el.querySelector(".sb-tl-date")?.getAttribute("aria-label")).toBe(
			"Year inferred: year from an earlier sentence",
		);
		expect(describeDate(ev(true))).toBe("Mar 1914, month, year inferred: year from an earlier sentence");
	});

	it("leaves a written year unmarked", () => {
		const el = document.createElement("div");
		renderEvent(el, ev(false), 0, ctx);
		expect(el.querySelector(".sb-tl-date-label")?.textContent).toBe("Mar 1914");
		expect(el.classList.contains("sb-tl-inferred")).toBe(false);
	});
});
