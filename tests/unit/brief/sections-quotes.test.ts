import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief/index";
import { DEFAULT_SETTINGS } from "../../../src/settings";

const parse = (text: string, opts = {}) => parseBrief({ path: "C/N.md", text }, opts);
const quotes = (text: string) => parse(text).quotes.map((q) => [q.text, q.speaker ?? null]);

describe("sections", () => {
	it("reads ATX headings # .. ###### with inclusive ranges", () => {
		const b = parse("# A\ntext\n## B\nb\n###### F\nf\n# C\n");
		expect(b.sections.map((s) => [s.title, s.level, s.kind, s.startLine, s.endLine])).toEqual([
			["A", 1, "heading", 0, 5],
			["B", 2, "heading", 2, 5],
			["F", 6, "heading", 4, 5],
			["C", 1, "heading", 6, 7],
		]);
	});
	it("reads bold-label paragraphs in all their forms", () => {
		const b = parse('**Key Quotes:**\n\n- "a"\n\n**Key Quotes**\n\n__Key quotes:__\n\n**Main Themes**:\n');
		expect(b.sections.map((s) => [s.title, s.kind, s.level, s.role])).toEqual([
			["Key Quotes", "label", 0, "quotes"],
			["Key Quotes", "label", 0, "quotes"],
			["Key quotes", "label", 0, "quotes"],
			["Main Themes", "label", 0, "themes"],
		]);
	});
	it("`**Label:** text` paragraph is a label section; a `- **Term:** def` list item is not", () => {
		const b = parse("**Conclusion:** It ended.\n\n- **Term:** definition\n");
		expect(b.sections.map((s) => s.title)).toEqual(["Conclusion"]);
		expect(b.sections[0].role).toBe("conclusion");
	});
	it("a bold phrase inside a paragraph is not a section", () => {
		expect(parse("Some text\n**Not a label:** because it continues a paragraph\n").sections).toEqual([]);
		expect(parse("**Witte** praised the reforms.\n").sections).toEqual([]);
	});
	it("matches synonyms case-insensitively, ignoring a trailing colon", () => {
		const b = parse("## NOTABLE QUOTES:\n## key terms\n## Themes\n## Sources\n## Other\n");
		expect(b.sections.map((s) => s.role)).toEqual(["quotes", "facts", "themes", "source", "other"]);
	});
	it("uses configured synonyms", () => {
		const sectionSynonyms = { ...DEFAULT_SETTINGS.sectionSynonyms, quotes: ["zitate"] };
		const b = parse('## Zitate\n- "Ich bin ein Berliner" — JFK\n', { sectionSynonyms });
		expect(b.quotes.map((q) => q.speaker)).toEqual(["JFK"]);
	});
	it("a subsection inherits the quotes role of its parent", () => {
		const b = parse('## Key Quotes\n### Roosevelt\n- "We have nothing to fear"\n');
		expect(b.sections[1].role).toBe("quotes");
		expect(b.quotes[0].section).toBe("Roosevelt");
	});
	it("headings inside code fences are not sections", () => {
		expect(parse("```\n# not a heading\n```\n~~~md\n## nor this\n~~~\n").sections).toEqual([]);
	});
});

describe("quotes", () => {
	const Q = "## Key Quotes\n";
	it("list items with em, en, double and single dashes", () => {
		expect(quotes(`${Q}- "One" — Ann\n- "Two" – Bob\n- "Three" -- Cy\n- "Four" - Di\n- "Five"\n`)).toEqual([
			["One", "Ann"],
			["Two", "Bob"],
			["Three", "Cy"],
			["Four", "Di"],
			["Five", null],
		]);
	});
	it('`Speaker: "..."` and curly quotes', () => {
		expect(
			quotes(`${Q}- Cicero: "O tempora"\n- \u201cCurly\u201d \u2014 Ann\n- Ann: \u201cCurly too\u201d\n`),
		).toEqual([
			["O tempora", "Cicero"],
			["Curly", "Ann"],
			["Curly too", "Ann"],
		]);
	});
	it("quote text keeps inner quotes and loses markup", () => {
		expect(quotes(`${Q}- "He said **\\"no\\"** to [[Rome|the city]]" — *Livy*\n`)).toEqual([
			['He said "no" to the city', "Livy"],
		]);
	});
	it("multi-line list items are kept whole, joined with a newline", () => {
		expect(quotes(`${Q}- "First line\n  second line" — Ann\n`)).toEqual([["First line\nsecond line", "Ann"]]);
	});
	it("nested lists: a `Speaker:` item names its children; a dash child names its parent", () => {
		expect(quotes(`${Q}- Augustus:\n  - "Bricks"\n  - "Marble"\n- "Alea iacta est"\n  - — Caesar\n`)).toEqual([
			["Bricks", "Augustus"],
			["Marble", "Augustus"],
			["Alea iacta est", "Caesar"],
		]);
	});
	it("list items outside a quotes section: attributed quotations are quotes (issue 17), scare quotes are not", () => {
		expect(quotes(`## Notes\n- "Not a key quote" — Ann\n`)).toEqual([["Not a key quote", "Ann"]]);
		expect(quotes(`## Notes\n- the "iron curtain" — a term\n- called children "wollygogs"\n`)).toEqual([]);
	});
	it("plain blockquote anywhere with a following attribution line (tags stripped)", () => {
		const text = "## Any\n> It is really flying.\n\n– Christopher Columbus #person, *Diary* #quote\n";
		expect(quotes(text)).toEqual([["It is really flying.", "Christopher Columbus"]]);
	});
	it("an attribution line applies to every blockquote before it", () => {
		expect(quotes("> One.\n\n> Two.\n\n— Ann\n")).toEqual([
			["One.", "Ann"],
			["Two.", "Ann"],
		]);
	});
	it("attribution as the blockquote's own last line", () => {
		expect(quotes("> Veni, vidi, vici.\n> — Caesar\n")).toEqual([["Veni, vidi, vici.", "Caesar"]]);
	});
	it("a horizontal rule after a blockquote is not an attribution", () => {
		expect(quotes("> Just a blockquote.\n\n---\n")).toEqual([]);
	});
	it("an unattributed blockquote is a quote in a quotes section or when it is in quote marks", () => {
		expect(quotes("## Key Quotes\n> Plain text\n")).toEqual([["Plain text", null]]);
		expect(quotes("## Notes\n> \u201cQuoted\u201d\n")).toEqual([["Quoted", null]]);
		expect(quotes("## Notes\n> A textbook excerpt\n")).toEqual([]);
	});
	it("a paragraph ending with ':' introduces the blockquote after it", () => {
		expect(quotes("Newly kinged Creon dictates:\n\n> That man shall rot.\n")).toEqual([
			["That man shall rot.", "Creon"],
		]);
		expect(quotes("Here is an excerpt:\n> Text.\n")).toEqual([["Text.", null]]);
	});
	it("quote and cite callouts: title -> speaker, foldable forms, multi-line", () => {
		const text =
			"> [!quote] Alec Nove (1980)\n> Russia was behind.\n\n> [!cite]- Suetonius\n> He was tall,\n> with black eyes.\n\n>[!quote]+\n> No title\n";
		expect(quotes(text)).toEqual([
			["Russia was behind.", "Alec Nove"],
			["He was tall,\nwith black eyes.", "Suetonius"],
			["No title", null],
		]);
		expect(parse(text).quotes.map((q) => q.source.line)).toEqual([1, 4, 8]);
	});
	it("a callout's own attribution line wins over its title", () => {
		expect(quotes("> [!quote] On tyranny\n> The price of apathy is to be ruled by evil men.\n> — Plato\n")).toEqual(
			[["The price of apathy is to be ruled by evil men.", "Plato"]],
		);
	});
	it("other callouts are not quotes", () => {
		expect(quotes('> [!tip] State Capitalism\n> A system.\n\n> [!info]\n> "Quoted"\n')).toEqual([]);
	});
	it("a quote callout indented under a list item", () => {
		const text =
			"- Was against equality:\n  > [!quote]\n  > I am not, nor ever have been [...]\n- Elected in 1860\n";
		expect(quotes(text)).toEqual([["I am not, nor ever have been [...]", null]]);
	});
	it("HTML blockquotes (Notion export) are read as quotes", () => {
		const text =
			"<p>Antigone says:</p>\n<blockquote><p>\nAnd even if I die,<br />\nthat death will be a glory.\n</p></blockquote>\n";
		expect(quotes(text)).toEqual([["And even if I die,\nthat death will be a glory.", "Antigone"]]);
	});
	it("quotes record their section and 0-based line", () => {
		const b = parse('# T\n\n**Key Quotes:**\n\n- "A" — B\n');
		expect(b.quotes[0]).toMatchObject({
			section: "Key Quotes",
			source: { path: "C/N.md", line: 4 },
			briefPath: "C/N.md",
		});
	});
});

describe("facts and themes", () => {
	it("bold-label bullets in a facts section, both colon placements", () => {
		const b = parse(
			"## Key Facts\n- **Rubicon:** A river.\n- **Ides**: A date.\n- plain item\n- **No colon** text\n",
		);
		expect(b.facts.map((f) => [f.term, f.definition, f.source.line])).toEqual([
			["Rubicon", "A river.", 1],
			["Ides", "A date.", 2],
		]);
	});
	it("`Term:: definition` inline fields anywhere", () => {
		const b = parse("Triumvirate:: An alliance of three.\n- Consul:: A magistrate\n");
		expect(b.facts.map((f) => [f.term, f.definition])).toEqual([
			["Triumvirate", "An alliance of three."],
			["Consul", "A magistrate"],
		]);
	});
	it("outside a facts section: terms yes, date labels and repeated field labels no", () => {
		// Issue 18: a definition has at least 4 words ("A party" alone defines nothing).
		const b = parse(
			"## Parties\n- **ANC:** A party that fought apartheid\n- **SAP:** A party\n- **1853**: An event\n- **Answer:** A\n- **Answer:** B\n",
		);
		expect(b.facts.map((f) => f.term)).toEqual(["ANC"]);
	});
	it("when the note has a facts section, bold bullets elsewhere are not facts", () => {
		const b = parse("## Key Facts\n- **A:** a\n## Other\n- **B:** b\n");
		expect(b.facts.map((f) => f.term)).toEqual(["A"]);
	});
	it("themes are the top-level items of the themes section", () => {
		const b = parse("**Main Themes:**\n\n- One\n  - sub point\n- **Two**\n\n**Other:**\n- Not a theme\n");
		expect(b.themes).toEqual(["One", "Two"]);
	});
	it("the **Source:** line", () => {
		expect(parse('**Source:** "Milestones - Office of the Historian"\n').source).toBe(
			"Milestones - Office of the Historian",
		);
		expect(parse("**Source:**\n- [Britannica](https://x.org)\n").source).toBe("Britannica");
		expect(parse("text").source).toBeUndefined();
	});
});

describe("labels right after a list", () => {
	it("a whole-line bold label directly under a list starts a new section and is not part of the item", () => {
		const b = parse('**Main Themes:**\n- One\n- Two\n**Key Quotes:**\n- "Q" — A\n');
		expect(b.sections.map((s) => s.title)).toEqual(["Main Themes", "Key Quotes"]);
		expect(b.themes).toEqual(["One", "Two"]);
		expect(b.quotes.map((q) => q.speaker)).toEqual(["A"]);
	});
	it("an indented bold line inside a list item is not a label", () => {
		expect(parse("- item\n  **Bold line**\n").sections).toEqual([]);
	});
});

describe("blockquote attributions in the wild", () => {
	it("inline attribution after the closing quote mark", () => {
		expect(quotes("> \u201cThe earth is very large.\u201d - Socrates. (Plato, Phaedo 109a,b)\n")).toEqual([
			["The earth is very large.", "Socrates"],
		]);
	});
	it('`> Speaker: "..."` blockquotes', () => {
		expect(quotes('> Lincoln: "A house divided against itself cannot stand."\n')).toEqual([
			["A house divided against itself cannot stand.", "Lincoln"],
		]);
	});
	it("a single `- Author, Work` line right under a blockquote is its attribution", () => {
		expect(
			quotes(
				"> Under the Mughals, Hindus and Muslims interacted.\n- Spodek and Louro, historians, 2007\n1. Using the excerpt, respond.\n",
			),
		).toEqual([["Under the Mughals, Hindus and Muslims interacted.", "Spodek and Louro"]]);
	});
	it("a list that goes on under a blockquote is not an attribution", () => {
		expect(quotes("> A textbook excerpt\n- 800 BCE: alphabet\n- 776 BCE: Olympics\n")).toEqual([]);
	});
});

describe("quoted paragraphs in a quotes section", () => {
	it("a paragraph that opens with a quote mark is a quote; other prose is not", () => {
		expect(
			quotes(
				'**Key Quotes:**\n\n"Nothing to fear but fear itself." — FDR\n\nSome commentary.\n\n\u201cA second one\u201d\n',
			),
		).toEqual([
			["Nothing to fear but fear itself.", "FDR"],
			["A second one", null],
		]);
	});
});

describe("setext headings", () => {
	it("a one-line paragraph underlined with === or --- is a heading", () => {
		const b = parse("Title\n=====\n\nPart, 1914\n---\ntext\n\nline one\nline two\n---\n");
		expect(b.sections.map((s) => [s.title, s.level, s.startLine])).toEqual([
			["Title", 1, 0],
			["Part, 1914", 2, 3],
		]);
		expect(b.title).toBe("Title");
	});
	it("--- after a list, a heading or front-matter is not a setext underline", () => {
		expect(parse("# H\n---\n- item\n---\n").sections.map((s) => s.title)).toEqual(["H"]);
		expect(parse("---\ndg-publish: true\n---\ntext\n").sections).toEqual([]);
	});
});

describe("facts and themes written without bold or lists", () => {
	it("`- Term: definition` without bold counts in a facts section only", () => {
		const b = parse(
			"## Key facts\n- Rubicon: the river Caesar crossed\n- 49 BC: a date, not a term\n- Caesar crossed it in 49 BC\n## Notes\n- Other: not a fact here\n- **Bold:** but the note has a facts section\n",
		);
		expect(b.facts.map((f) => [f.term, f.definition])).toEqual([["Rubicon", "the river Caesar crossed"]]);
	});
	it("themes from paragraphs when the themes section has no list", () => {
		expect(parse("**Main Themes:** Ambition and the fall of the Senate.\n\n**Key Quotes:**\n").themes).toEqual([
			"Ambition and the fall of the Senate.",
		]);
		expect(parse("## Themes\nPower and its limits.\n\nThe cost of civil war.\n").themes).toEqual([
			"Power and its limits.",
			"The cost of civil war.",
		]);
	});
});
