/** A month in parentheses gives the month of its sentence's one year ("1945 — Germany surrenders (May)"). */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/dates";
import { parseBrief } from "../../../src/core/brief";

const labels = (s: string) => findDates(s).map((m) => m.date.label);
const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map((e) => `${e.date.label}: ${e.text}`);

describe("a month in parentheses", () => {
	it("gives the year's month, or its day", () => {
		expect(labels("1945 — Germany surrenders (May)")).toEqual(["May 1945"]);
		expect(labels("1945: atomic bombs on Hiroshima (Aug.); Japan surrenders")).toEqual(["Aug 1945"]);
		expect(labels("1815 - Napoleon escapes from Elba (Feb 26)")).toEqual(["26 Feb 1815"]);
		expect(labels("1917 — the Tsar abdicates (15 March)")).toEqual(["15 Mar 1917"]);
	});

	it("leaves the year alone when the month is not its own", () => {
		// two years, two months, the month before the year, no month at all
		expect(labels("1944 and 1945 (May) saw the end")).toEqual(["1944", "1945"]);
		expect(labels("1918 — armistices (Sept) and (Nov)")).toEqual(["1918"]);
		expect(labels("Riots (May) came before the reform of 1832")).toEqual(["1832"]);
		expect(labels("1066 — Hastings (Harold killed)")).toEqual(["1066"]);
	});

	it("in a table row, the year cell takes the month of the event cell", () => {
		expect(
			rows(
				"| Year | Event |\n|---|---|\n| 1945 | Germany surrenders (May) |\n| 1944 | D-Day (June) and Arnhem (Sept) |\n",
			),
		).toEqual(["May 1945: 1945 — Germany surrenders (May)", "1944: 1944 — D-Day (June) and Arnhem (Sept)"]);
	});
});
