/**
 * Issue 16, item 2: a heading's era. Under "## Ptolemaic Egypt, 305–30 BCE", "### Cleopatra, 51" is 51 BC; the
 * era was inferred, so the date is marked (shown "51 BC?", with the heading as the reason) and never quizzed.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { allQuestions } from "../../../src/core/quiz";
import { shownLabel, inferredNote } from "../../../src/core/dates";
import { eventDateLabel } from "../../../src/core/dates/format-labeler";

const NOTE = [
	"---",
	"dg-publish: true",
	"---",
	"# Egypt under the Greeks",
	"",
	"## Ptolemaic Egypt, 305–30 BCE",
	"",
	"Ptolemy I Soter founded the Library of Alexandria around 300 BCE.",
	"",
	"### Cleopatra, 51",
	"",
	"- Cleopatra became queen in 51.",
	"- Caesar arrived in Alexandria from 48 to 47.",
	"- She had 3 children with Caesar and Antony.",
	"- She died in 30.",
	"- Napoleon's scholars described her temple in 1799.",
	"",
	"## Roman Egypt",
	"",
	"- The emperor Hadrian visited Egypt in 130.",
	"",
].join("\n");

describe("the era of a heading", () => {
	const brief = parseBrief({ path: "Ancient/ptolemies.md", text: NOTE });
	const byText = new Map(brief.events.map((e) => [e.text, e.date]));

	it("reads the bare years under a BCE heading as BC, inside its span", () => {
		// shown in the note's own convention (it writes BCE), with the "?" of an inferred era
		const cleopatra = brief.events.find((e) => e.text === "Cleopatra, 51")!;
		expect(eventDateLabel({ briefOf: () => brief }, cleopatra)).toBe("51 BCE?");
		expect(shownLabel(cleopatra.date, "bc-ad")).toBe("51 BC?");
		expect(byText.get("Cleopatra became queen in 51.")?.label).toBe("51 BC");
		expect(byText.get("Caesar arrived in Alexandria from 48 to 47.")?.label).toBe("48–47 BC");
		expect(byText.get("She died in 30.")?.label).toBe("30 BC");
	});

	it("marks them inferred, with the heading as the reason; written dates stay written", () => {
		const d = byText.get("She died in 30.")!;
		expect(d.inferred).toBe(true);
		expect(inferredNote(d)).toBe("Year inferred: BC: the era of the heading “Ptolemaic Egypt, 305–30 BCE”");
		expect(
			byText.get("Ptolemy I Soter founded the Library of Alexandria around 300 BCE.")?.inferred,
		).toBeUndefined();
	});

	it("leaves counts, years outside the span and other sections alone", () => {
		expect(byText.has("She had 3 children with Caesar and Antony.")).toBe(false);
		expect(byText.get("Napoleon's scholars described her temple in 1799.")?.label).toBe("1799");
		const hadrian = byText.get("The emperor Hadrian visited Egypt in 130.");
		expect(hadrian === undefined || hadrian.start.year === 130).toBe(true);
	});

	it("a heading's era never reaches a quiz question", () => {
		const qs = [...allQuestions(brief, { seed: 7, today: { year: 2026, month: 12, day: 5 } }).values()].flat();
		const inferredIds = new Set(brief.events.filter((e) => e.date.inferred).map((e) => e.id));
		expect(inferredIds.size).toBeGreaterThanOrEqual(4);
		expect(qs.filter((q) => inferredIds.has(q.itemId))).toEqual([]);
	});

	it("a heading that writes an AD date too gives no era", () => {
		const mixed = parseBrief({
			path: "x.md",
			text: "# Rome\n\n## The Principate, 27 BC – AD 284\n\n- Tiberius died in 37.\n",
		});
		expect(mixed.events.some((e) => e.text === "Tiberius died in 37." && e.date.start.year <= 0)).toBe(false);
	});
});
