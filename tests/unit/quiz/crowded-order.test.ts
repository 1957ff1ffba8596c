/** Two rules from the lead's rating of newly generated questions (golden set, issue 18). */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { allQuestions } from "../../../src/core/quiz";
import { crowdedYears, yearOptionProblem } from "../../../src/core/quiz/gate-dates";
import type { HistEvent } from "../../../src/core/model";

const TODAY = { year: 2026, month: 12, day: 4 };

describe("year options that only test guessing", () => {
	it("four consecutive years are crowded; a set spanning ten years, or neighbouring decades, are not", () => {
		expect(crowdedYears([-501, -500, -499, -498], 1)).toBe(true);
		expect(crowdedYears([-508, -507, -499, -498], 1)).toBe(false);
		expect(crowdedYears([1900, 1910, 1920, 1930], 10)).toBe(false);
	});

	it("the gate names them", () => {
		const event = {
			date: {
				start: { year: -498 },
				end: { year: -498 },
				precision: "year",
				approximate: false,
				text: "499 BC",
				label: "499 BC",
			},
		} as unknown as HistEvent;
		expect(yearOptionProblem("The revolt began in ____.", [-498], [[-501], [-500], [-499], [-498]], event, 1)).toBe(
			"crowded",
		);
		expect(
			yearOptionProblem("The revolt began in ____.", [-498], [[-508], [-507], [-495], [-498]], event, 1),
		).toBeNull();
		// One year off an exact date is right by some other convention: never offered.
		expect(yearOptionProblem("The revolt began in ____.", [-498], [[-508], [-507], [-499], [-498]], event, 1)).toBe(
			"also-right",
		);
	});
});

describe("order questions", () => {
	it("never use an item that still shows another year (it would be ordered by the blanked one)", () => {
		const text = [
			"---",
			"dg-publish: true",
			"---",
			"# The French Revolution",
			"## Timeline",
			"- **Assembly of Notables:** It refused new taxes in 1787.",
			"- **Estates-General:** It met at Versailles on 5 May 1789 for the first time since 1614.",
			"- **Varennes:** The royal family tried to escape in June 1791.",
			"- **Execution:** Louis XVI was guillotined on 21 January 1793.",
			"- **Thermidor:** Robespierre was overthrown on 27 July 1794.",
		].join("\n");
		const brief = parseBrief({ path: "F/Rev.md", text });
		let orders = 0;
		for (let seed = 1; seed <= 6; seed++) {
			for (const q of allQuestions(brief, { seed, today: TODAY }).get("order") ?? []) {
				orders++;
				for (const item of q.items ?? []) expect(item, item).not.toMatch(/\b1[0-9]{3}\b/);
			}
		}
		expect(orders).toBeGreaterThan(0);
	});
});
