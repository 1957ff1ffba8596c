/** Issue 16, item 6: no rows that are only a date. */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";

const rows = (text: string) =>
	parseBrief({ path: "n.md", text: `# Notes\n${text}` }).events.map(
		(e) => `${e.source.line} ${e.date.label}${e.date.inferred ? "?" : ""}: ${e.text}`,
	);

describe("date-only rows", () => {
	it("a date-only year heading gives its section's lines, each with the date", () => {
		expect(
			rows(
				"#### 1066\nHarold is killed at Hastings. The English army breaks.\n\n- William is the victor\n#### Aftermath\nNo date here.\n",
			),
		).toEqual(["2 1066: Harold is killed at Hastings.", "4 1066: William is the victor"]);
	});

	it("a heading that is a recent day (a lesson log's date) passes nothing down and is no row", () => {
		expect(rows("## Aug 8 2019\n- the dinosaurs\n- a galaxy\n")).toEqual([]);
	});

	it("a historical day heading passes its date to the lines under it", () => {
		expect(rows("#### Oct. 14, 1066\nHarold is killed at Hastings.\n- William wins the field\n")).toEqual([
			"2 14 Oct 1066: Harold is killed at Hastings.",
			"3 14 Oct 1066: William wins the field",
		]);
	});

	it("a date-only item gives its sub-items", () => {
		expect(rows("- 1,800,000 B.C.\n  - Homo erectus leaves Africa\n- In 1066 the Normans came.\n")).toEqual([
			"2 1,800,000 BC: Homo erectus leaves Africa",
			"3 1066: In 1066 the Normans came.",
		]);
	});

	it("a date-only item under a labelled item takes the label", () => {
		expect(rows("- **The effects of the Black Death**\n  - 1348\n  - 1/3 people died.\n")).toEqual([
			"2 1348: The effects of the Black Death",
		]);
	});

	it("children with their own dates keep them; the date-only heading gives no row of its own", () => {
		expect(rows("### 1917\nIn March the Tsar fell.\nIn 1918 peace came.\n")).toEqual([
			"2 Mar 1917: In March the Tsar fell.",
			"3 1918: In 1918 peace came.",
		]);
	});

	it("a heading that names a period over prose is one row, named by the heading above it", () => {
		expect(
			rows(
				"## The Hittites\n### 1600 - 1178 BC\n\nThey ruled Anatolia from Hattusa.\nTheir kings wrote treaties.\n\nThey fought Egypt at Kadesh.\n\n![Hattusa gate][]\n",
			),
		).toEqual(["2 1600–1178 BC: The Hittites"]);
		expect(
			rows(
				"### The 1920s\nJazz spread through the cities.\n\nCars changed towns.\n\nRadio came to every home.\n",
			),
		).toEqual(["1 1920s: Jazz spread through the cities."]);
	});

	it("a period heading keeps the dates its paragraphs write; a year heading still gives each line", () => {
		expect(
			rows("## Crete\n### 3000 BC - 1450 BC\nPalaces rose at Knossos.\n\nAround 1600 BC Thera erupted.\n"),
		).toEqual(["2 3000–1450 BC: Crete", "5 c. 1600 BC: Around 1600 BC Thera erupted."]);
		expect(rows("### 1848\n- Revolt in Paris\n- Revolt in Vienna\n")).toEqual([
			"2 1848: Revolt in Paris",
			"3 1848: Revolt in Vienna",
		]);
		// a period heading over a list: each item is an event of that period
		expect(rows("### 1815-1848\n- The Carlsbad Decrees\n- The Hambach Festival\n")).toEqual([
			"2 1815–1848: The Carlsbad Decrees",
			"3 1815–1848: The Hambach Festival",
		]);
	});

	it("images and footnotes under a date-only heading are not its events", () => {
		expect(rows("### 1815\n![Map of Europe][]\n\n[1] See the map.\n\nThe Congress redrew borders.\n")).toEqual([
			"6 1815: The Congress redrew borders.",
		]);
	});

	it("a journal's day headings (three or more, close together, recent) give no rows; others stay", () => {
		const journal = "## Mar 3 2021\n- pyramids\n\n## Mar 10 2021\n- Troy\n\n## Apr 2 2021\n- Pompeii, 79 AD\n";
		expect(rows(journal)).toEqual(["8 79: Pompeii, 79 AD"]);
		expect(rows("## Oct. 14, 1066\n- Hastings\n\n## Dec. 25, 1066\n- William crowned\n")).toEqual([
			"2 14 Oct 1066: Hastings",
			"5 25 Dec 1066: William crowned",
		]);
		// a history timeline of day headings stays, however many
		expect(
			rows(
				"### 30 January 1933\n- Hitler chancellor\n### 27 February 1933\n- Reichstag fire\n### 1 September 1939\n- Poland\n",
			),
		).toEqual(["2 30 Jan 1933: Hitler chancellor", "4 27 Feb 1933: Reichstag fire", "6 1 Sep 1939: Poland"]);
	});

	it("a date line over a list gives the list's items", () => {
		expect(
			rows(
				"586 BCE:\n- Babylon destroys Jerusalem\n- Exile of the elite\n\n539 BCE\n- Cyrus takes Babylon\n\nA closing line.\n",
			),
		).toEqual([
			"2 586 BC: Babylon destroys Jerusalem",
			"3 586 BC: Exile of the elite",
			"6 539 BC: Cyrus takes Babylon",
		]);
	});

	it("an item under a date line keeps a reference link's words, and takes the date when only a later sentence is dated", () => {
		expect(
			rows(
				"1200 BCE\n- [The Sea Peoples raid the coasts][1]\n\n539 BCE:\n- Babylon falls to Cyrus. Judah stays Persian until the 4th century BCE.\n",
			),
		).toEqual([
			"2 1200 BC: The Sea Peoples raid the coasts",
			"5 539 BC: Babylon falls to Cyrus.",
			"5 4th century BC: Judah stays Persian until the 4th century BCE.",
		]);
	});
});
