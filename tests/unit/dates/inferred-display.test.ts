/**
 * Issue 16: a year the note did not write is shown as such — "Nov 1990?" with the reason — in the timeline's
 * Markdown export, the CLI's labels and the published garden timeline; never shown as if it were written.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { conventionLabel, inferredNote, shownLabel } from "../../../src/core/dates";
import { ROLLED_FORWARD } from "../../../src/core/dates/reader";
import { timelineBody } from "../../../src/core/garden/timeline-page";
import type { Linker } from "../../../src/core/garden/page-text";
import { eventMarkdown } from "../../../src/ui/timeline/markdown";

const NOTE =
	"---\ndg-publish: true\n---\n# 1989\n\n## Revolutions\n\n- Oct 1989: protests in Leipzig grow\n- Mar 11th: Lithuania declares independence\n";

describe("inferred dates are shown as inferred", () => {
	const brief = parseBrief({ path: "History/1989.md", text: NOTE });
	const [written, rolled] = brief.events;

	it("labels an inferred year with '?' and says why; a written one stays as written", () => {
		expect(shownLabel(written.date)).toBe("Oct 1989");
		expect(inferredNote(written.date)).toBeUndefined();
		expect(shownLabel(rolled.date)).toBe("11 Mar 1990?");
		expect(inferredNote(rolled.date)).toBe(`Year inferred: ${ROLLED_FORWARD}`);
		// The round-trip label itself has no mark (quiz and search compare it).
		expect(rolled.date.label).toBe("11 Mar 1990");
	});

	it("marks it in the Markdown export", () => {
		expect(eventMarkdown(rolled, { path: brief.path, title: brief.title })).toBe(
			"- **11 Mar 1990?** — Mar 11th: Lithuania declares independence ([[1989]])",
		);
	});

	it("publishes it marked, with the reason, on the garden timeline", () => {
		const linker: Linker = {
			link: (_p, alias) => `[[${alias ?? "x"}]]`,
			isPublished: () => true,
			resolve: () => null,
		};
		const page = timelineBody({ title: "Timeline", briefs: [brief], linker, mermaid: false, intro: "" });
		expect(page).toContain(`- **11 Mar 1990?** _(year inferred: ${ROLLED_FORWARD})_ — `);
		expect(page).toContain("- **Oct 1989** — ");
	});
});

describe("era labels as the note writes them", () => {
	it("keeps BCE/CE for dates written that way (auto), and converts on request", () => {
		const brief = parseBrief({
			path: "r.md",
			text: "# Rome\n\nThe Julian calendar was introduced in 46 BCE.\n\nCaesar died in 44 BC.\n\nAugustus ruled 31 BCE–14 CE.\n",
		});
		expect(brief.events.map((e) => shownLabel(e.date))).toEqual(["46 BCE", "44 BC", "31 BCE – 14 CE"]);
		expect(brief.events.map((e) => shownLabel(e.date, "bc-ad"))).toEqual(["46 BC", "44 BC", "31 BC – AD 14"]);
		expect(brief.events.map((e) => shownLabel(e.date, "bce-ce"))).toEqual(["46 BCE", "44 BCE", "31 BCE – 14 CE"]);
		expect(conventionLabel("5th century BC", "5th c. BCE")).toBe("5th century BCE");
		expect(conventionLabel("AD 79", "AD 79")).toBe("AD 79");
	});
});
