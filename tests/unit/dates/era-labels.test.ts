/**
 * Issue 16, item 9: labels as a historian writes them — the note's era convention or the setting's, the era on
 * small CE years beside BC dates ("AD 43"), century ranges, a range ending in a decade, a day range in one year.
 */
import { describe, expect, it } from "vitest";
import { findDates, formatHistDate, noteEraConvention, parseDateLabel, shownLabel } from "../../../src/core/dates";
import type { HistDate, HistEvent } from "../../../src/core/model";
import { parseBrief } from "../../../src/core/brief";
import { eventDateLabel } from "../../../src/core/dates/format-labeler";
import { timelineBody } from "../../../src/core/garden/timeline-page";
import type { Linker } from "../../../src/core/garden/page-text";
import { timelineMarkdown } from "../../../src/ui/timeline/markdown";

function one(text: string): HistDate {
	const found = findDates(text);
	expect(found, text).toHaveLength(1);
	return found[0].date;
}

function span(start: number, end: number, precision: HistDate["precision"], approximate = false): HistDate {
	const d: HistDate = { start: { year: start }, end: { year: end }, precision, approximate, text: "", label: "" };
	d.label = formatHistDate(d);
	return d;
}

/** The label re-parses to the same span, precision and approximation. */
function roundTrips(d: HistDate): void {
	const back = parseDateLabel(d.label);
	expect(back, d.label).not.toBeNull();
	expect([back!.start, back!.end, back!.precision, back!.approximate]).toEqual([
		d.start,
		d.end,
		d.precision,
		d.approximate,
	]);
}

describe("labels as a historian writes them", () => {
	it("writes century ranges in the plural, with their era", () => {
		const d = one("the 15th-16th centuries");
		expect(d.label).toBe("15th–16th centuries");
		roundTrips(d);
		const ad = one("in the 3rd-4th centuries AD");
		expect(ad.label).toBe("3rd–4th centuries");
		// the note wrote the era with a small CE date: shown with it
		expect(shownLabel(ad)).toBe("3rd–4th centuries AD");
		expect(shownLabel(ad, "bce-ce")).toBe("3rd–4th centuries CE");
		roundTrips(ad);
		const bc = one("the 5th-4th centuries BC");
		expect(bc.label).toBe("5th–4th centuries BC");
		roundTrips(bc);
	});

	it("writes qualified century ranges once with the word 'century'", () => {
		const d = span(1867, 1933, "century", true);
		expect(d.label).toBe("late 19th – early 20th century");
		roundTrips(d);
		expect(span(1834, 1966, "century", true).label).toBe("mid-19th – mid-20th century");
		expect(span(1801, 1933, "century").label).toBe("19th – early 20th century");
		expect(span(-99, 100, "century").label).toBe("1st century BC – 1st century AD");
		expect(span(-2999, -1000, "millennium").label).toBe("3rd–2nd millennia BC");
		for (const s of [
			span(1834, 1966, "century", true),
			span(-99, 100, "century"),
			span(-2999, -1000, "millennium"),
		])
			roundTrips(s);
	});

	it("keeps a range's closing decade: 1905–1940s", () => {
		const d = one("from 1905-1940s the city grew");
		expect(d.label).toBe("1905–1940s");
		expect([d.start.year, d.end.year]).toEqual([1905, 1949]);
		roundTrips(d);
	});

	it("writes a day range within one year with the year once: 12 Mar – 4 Jun 1649", () => {
		const d = one("12 Mar - 4 Jun 1649");
		expect(d.label).toBe("12 Mar – 4 Jun 1649");
		roundTrips(d);
		expect(one("4-18 June 1649").label).toBe("4–18 Jun 1649");
	});
});

describe("the era on small CE years beside BC dates", () => {
	it("AD 43 on a list that has BC dates; 43 otherwise; never on years from 1000", () => {
		const d = span(43, 43, "year");
		expect(shownLabel(d)).toBe("43");
		expect(shownLabel(d, { markCE: true })).toBe("AD 43");
		expect(shownLabel(d, { markCE: true, convention: "bce-ce" })).toBe("43 CE");
		expect(shownLabel(one("in 1066"), { markCE: true })).toBe("1066");
		expect(shownLabel(span(43, 410, "year"), { markCE: true })).toBe("AD 43–410");
		expect(shownLabel(one("in the 3rd century"), { markCE: true })).toBe("3rd century AD");
		const ides: HistDate = {
			...span(43, 43, "day"),
			start: { year: 43, month: 3, day: 15 },
			end: { year: 43, month: 3, day: 15 },
		};
		ides.label = formatHistDate(ides);
		expect(shownLabel(ides, { markCE: true })).toBe("15 Mar AD 43");
	});

	it("writes the era the note wrote with a small CE year", () => {
		expect(shownLabel(one("in AD 79"))).toBe("AD 79");
		expect(shownLabel(one("in 79 CE"))).toBe("79 CE");
		expect(shownLabel(one("in 79 CE"), "bc-ad")).toBe("AD 79");
	});
});

describe("era convention", () => {
	it("detects the note's own convention from what it writes", () => {
		expect(noteEraConvention(["305 BCE", "30 BCE", "44 BC"])).toBe("bce-ce");
		expect(noteEraConvention(["44 BC", "AD 14", "c. 300 BCE"])).toBe("bc-ad");
		expect(noteEraConvention(["1914", "June 1940"])).toBeUndefined();
	});

	it("auto follows the note's convention, a setting overrides it", () => {
		const bc = one("Caesar died in 44 BC.");
		expect(shownLabel(bc)).toBe("44 BC");
		expect(shownLabel(bc, { convention: "auto", noteConvention: "bce-ce" })).toBe("44 BCE");
		expect(shownLabel(bc, { convention: "bc-ad", noteConvention: "bce-ce" })).toBe("44 BC");
		expect(shownLabel(bc, { convention: "bce-ce" })).toBe("44 BC".replace("BC", "BCE"));
		const century = one("the 5th century BCE");
		expect(shownLabel(century, "bc-ad")).toBe("5th century BC");
		expect(shownLabel(century)).toBe("5th century BCE");
	});

	it("keeps another language's label words and still marks an inferred year", () => {
		const fr = findDates("le 28 juin 1914", { lang: "fr" })[0].date;
		expect(shownLabel(fr, "bce-ce")).toBe(fr.label);
		expect(shownLabel({ ...fr, inferred: true })).toBe(`${fr.label}?`);
	});
});

describe("exports and published pages use the list's labels", () => {
	const rome = parseBrief({
		path: "Rome/rome.md",
		text: "---\ndg-publish: true\n---\n# Rome\n\n- Caesar was killed in 44 BCE.\n- Claudius invaded Britain in 43 CE.\n- The Rosetta Stone was found in 1799.\n",
	});
	const linker: Linker = { link: (_p, alias) => `[[${alias ?? "x"}]]`, isPublished: () => true, resolve: () => null };

	it("the garden timeline writes the note's convention, 'CE' on small years beside BC, or the setting's", () => {
		const page = timelineBody({ title: "Timeline", briefs: [rome], linker, mermaid: false, intro: "" });
		expect(page).toContain("- **44 BCE** — ");
		expect(page).toContain("- **43 CE** — ");
		expect(page).toContain("- **1799** — ");
		const bcad = timelineBody({
			title: "T",
			briefs: [rome],
			linker,
			mermaid: false,
			intro: "",
			eraLabels: "bc-ad",
		});
		expect(bcad).toContain("- **44 BC** — ");
		expect(bcad).toContain("- **AD 43** — ");
	});

	it("the Markdown export takes the view's labeler", () => {
		const labels = (ev: HistEvent) => eventDateLabel({ convention: "bc-ad", hasBC: true }, ev);
		const md = timelineMarkdown(rome.events, (path) => ({ path, title: "Rome" }), labels);
		expect(md).toContain("- **44 BC** — ");
		expect(md).toContain("- **AD 43** — ");
		expect(md).toContain("- **1799** — ");
	});
});
