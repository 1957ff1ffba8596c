import { expectLinearGrowth } from "../../support/growth";
import { describe, expect, it } from "vitest";
import { bookAuthorOf, introducerSpeaker, isQuoteTitle, speakerFromSection } from "../../../src/core/brief/quote-forms";
import { cleanSpeakerName } from "../../../src/core/brief/speaker-names";
import { parseBrief } from "../../../src/core/brief/index";

const quotes = (text: string): [string, string | undefined][] =>
	parseBrief({ path: "n.md", text }).quotes.map((q) => [q.text, q.speaker]);

describe("quote forms (issue 17)", () => {
	it("speaker names keep the person only", () => {
		expect(cleanSpeakerName("John F. Kennedy")).toBe("John F. Kennedy");
		expect(cleanSpeakerName("Lady Macbeth, Act 1")).toBe("Lady Macbeth");
		expect(cleanSpeakerName("Holmes (to tonga)")).toBe("Holmes");
		expect(cleanSpeakerName("Kennedy, 1963")).toBe("Kennedy");
		expect(cleanSpeakerName("Tacitus, The Annals")).toBe("Tacitus");
		expect(cleanSpeakerName("Martin Luther King, Jr.")).toBe("Martin Luther King, Jr");
		expect(cleanSpeakerName("metaphor - warning Mr Birling about his attitude")).toBeUndefined();
		expect(cleanSpeakerName("8")).toBeUndefined();
	});
	it("quote sections under any title that says so", () => {
		for (const t of [
			"Best Quotes",
			"famous quotations",
			"Quotes to remember",
			"Sayings",
			"In their own words",
			"Primary source excerpts",
			"Quotes about Churchill",
		])
			expect(isQuoteTitle(t), t).toBe(true);
		for (const t of ["Background", "Key Facts", "Quotas and tariffs"]) expect(isQuoteTitle(t), t).toBe(false);
		expect(quotes('**Quotes to remember:**\n- "Ich bin ein Berliner" - Kennedy, 1963\n')).toEqual([
			["Ich bin ein Berliner", "Kennedy"],
		]);
	});
	it("a person's heading inside a quotes section names the speaker", () => {
		expect(speakerFromSection("Sherlock - work addict, arrogant")).toBe("Sherlock");
		expect(speakerFromSection("On Artificial Intelligence")).toBeUndefined();
		expect(
			quotes(
				'### Quotes\n#### Inspector\n"If men will not learn that lesson, they will be taught it" - metaphor\n- "We are members of one body"\n',
			),
		).toContainEqual(["We are members of one body", "Inspector"]);
	});
	it("attributed quotations in prose and list items; scare quotes and terms are not quotes", () => {
		expect(
			quotes(
				'## Notes\nBismarck declared, "Not by speeches and votes of the majority are the great questions decided".\n',
			),
		).toEqual([["Not by speeches and votes of the majority are the great questions decided", "Bismarck"]]);
		expect(quotes('## Notes\n- George Washington: "With me it has always been a maxim to act" (89)\n')).toEqual([
			["With me it has always been a maxim to act", "George Washington"],
		]);
		expect(quotes('## Notes\n- The "Iron Curtain" descends (933)\n- America emerges as a "superpower"\n')).toEqual(
			[],
		);
	});
	it("book notes: quoted list items speak for the book's author; cited blockquotes are excerpts", () => {
		expect(bookAuthorOf(null, ["# *Alexander Hamilton* by Ron Chernow"])).toBe("Ron Chernow");
		expect(bookAuthorOf({ author: "[[Jean-Clément Martin]]" }, [])).toBe("Jean-Clément Martin");
		expect(
			quotes(
				'# Hamilton by Ron Chernow\n\n* "Hamilton was the messenger from a future that we now inhabit" (6)\n',
			),
		).toEqual([["Hamilton was the messenger from a future that we now inhabit", "Ron Chernow"]]);
		expect(
			quotes("## Chapter 2\n\n> Without causality, the concept of history is meaningless. (p 21)\n"),
		).toHaveLength(1);
		expect(quotes("## Chapter 2\n\n> Without causality, the concept of history is meaningless.\n")).toEqual([]);
	});
	it("MkDocs quote admonitions: the title names the speaker or the text", () => {
		expect(
			quotes(
				'## Mao\n\n!!! quote "Mao Zedong, 1956:"\n    The policy of letting a hundred flowers bloom is designed to promote\n\nAfter.\n',
			),
		).toEqual([["The policy of letting a hundred flowers bloom is designed to promote", "Mao Zedong"]]);
		expect(
			quotes(
				'## Song\n\n!!! quote ""The East is Red""\n    The east is red, the sun is rising,\n    China has brought forth a Mao Zedong.\n',
			),
		).toEqual([["The east is red, the sun is rising,\nChina has brought forth a Mao Zedong.", "The East is Red"]]);
	});
	it("mixed quote marks and commentary lines after the attribution", () => {
		expect(
			quotes('# Hamilton by Ron Chernow\n\n* "The first great skeptic of American exceptionalism” (627)\n'),
		).toEqual([["The first great skeptic of American exceptionalism", "Ron Chernow"]]);
		expect(
			quotes(
				"### Quotes\n1. \"Never have I seen features so deeply marked\" - Watson\n(Victorian fear) Even Watson is 'fearful'\n",
			),
		).toEqual([["Never have I seen features so deeply marked", "Watson"]]);
		expect(
			quotes('## Scene\n\n> US diplomat (shaking his head): "I\'m so sorry. We truly have no more room."\n'),
		).toEqual([["I'm so sorry. We truly have no more room.", "US diplomat"]]);
	});
});

describe("blockquotes with lazy continuation lines (review: truncated poetry)", () => {
	it("keeps the lines written without `>` after a quote line", () => {
		const q = quotes(
			"## Poem\n\nIt says:\n\n> No god came to my aid, or grasped my hand,  \nmy goddess did not pity me,  \nwalked not at my side.  \n\nand then more prose.\n",
		);
		expect(q).toEqual([
			[
				"No god came to my aid, or grasped my hand,\nmy goddess did not pity me,\nwalked not at my side.",
				undefined,
			],
		]);
	});
	it("a list item or a dash attribution after the quote is no continuation", () => {
		expect(quotes('> "It is really flying."\n— Fanny Kemble\n')).toEqual([
			["It is really flying.", "Fanny Kemble"],
		]);
	});
	it("pronouns are no speakers: speech with no one named is no quote outside a quotes section", () => {
		expect(quotes('## Psalm\n*They said, "Sing us one of the songs of Zion!"*\n')).toEqual([]);
		expect(quotes('## Psalm\nPaine said, "These are the times that try men\'s souls"\n')).toEqual([
			["These are the times that try men's souls", "Paine"],
		]);
	});
});

describe("one-word labels before a colon", () => {
	it("'Brevity: \"…\"' is a label (a book note falls back to its author); 'Robespierre: \"…\"' names a person the note names again", () => {
		expect(
			quotes(
				'# Churchill by William Manchester\n\nBrevity: "This paper, by its very length, defends itself against being read." (31)\n',
			),
		).toEqual([["This paper, by its very length, defends itself against being read.", "William Manchester"]]);
		expect(
			quotes(
				'## Terror\nRobespierre led the Committee.\n\n- Robespierre: "Terror is nothing but prompt, severe, inflexible justice"\n',
			),
		).toEqual([["Terror is nothing but prompt, severe, inflexible justice", "Robespierre"]]);
	});
});

describe("introducers name the speaker of the quote after them (real corpus forms)", () => {
	it("a name before a speech verb anywhere in the introducing line; list items too; callouts too", () => {
		expect(
			introducerSpeaker(
				"In response, King wrote an eloquent letter from the Birmingham jail in which he was imprisoned, stating:",
			),
		).toBe("King");
		expect(introducerSpeaker("- Malcolm X went as far as to say:")).toBe("Malcolm X");
		expect(introducerSpeaker("However, was not completely in favor of equality:")).toBe("");
		expect(
			quotes(
				"## Nonviolence\n- Malcolm X went as far as to say:\n> [!quote]\n> Concerning nonviolence, it is criminal to teach a man not to defend himself.\n",
			),
		).toEqual([["Concerning nonviolence, it is criminal to teach a man not to defend himself.", "Malcolm X"]]);
		expect(
			quotes(
				"## Creon\nCreon says his first concern is the state. He believes the gods would side with him:\n\n> Stop, before you make me choke with anger!\n",
			),
		).toEqual([["Stop, before you make me choke with anger!", "Creon"]]);
	});
});

describe("attributions with pages and context", () => {
	it("a page before the name, a topic after it, a page after it", () => {
		expect(cleanSpeakerName("26, F.E. Smith")).toBe("F.E. Smith");
		expect(cleanSpeakerName("John F. Kennedy on Theodore Roosevelt, New York City, December 5, 1961")).toBe(
			"John F. Kennedy",
		);
		expect(cleanSpeakerName("Abandonment of social responsibility")).toBeUndefined();
		expect(cleanSpeakerName("Dramatic irony + repetition")).toBeUndefined();
		expect(cleanSpeakerName("North Vietnamese tank commander")).toBe("North Vietnamese tank commander");
		expect(
			quotes(
				'# Churchill by William Manchester\n\n- "I feel more like entering a lunatic asylum than continuing." (Brooke 764)\n',
			),
		).toEqual([["I feel more like entering a lunatic asylum than continuing.", "Brooke"]]);
	});
});

describe("reported speech and auxiliaries (issue 17)", () => {
	it("a speech verb after an auxiliary names the speaker: would later recall, had written, would say", () => {
		expect(quotes('Babbage built it. Babbage would later recall, "The engine worked on the first day."\n')).toEqual(
			[["The engine worked on the first day.", "Babbage"]],
		);
		expect(
			quotes(
				'Ada Lovelace had written a century earlier that the engine "has no pretensions to originate anything."\n',
			),
		).toEqual([["has no pretensions to originate anything.", "Ada Lovelace"]]);
		expect(quotes('Cliff Shaw would later say he was "the genuine computer scientist of the three."\n')).toEqual([
			["the genuine computer scientist of the three.", "Cliff Shaw"],
		]);
	});
	it("the verb before the name after the closing mark: said Churchill, a déclaré Pétain, sagte Bismarck", () => {
		expect(quotes('"We shall fight on the beaches," said Churchill in June 1940.\n')).toEqual([
			["We shall fight on the beaches,", "Churchill"],
		]);
		expect(quotes("« Ils ne passeront pas ! » a déclaré Pétain le 26 février 1916.\n")).toEqual([
			["Ils ne passeront pas !", "Pétain"],
		]);
		expect(quotes("„Nicht durch Reden und Mehrheitsbeschlüsse“, sagte Bismarck 1862.\n")).toEqual([
			["Nicht durch Reden und Mehrheitsbeschlüsse", "Bismarck"],
		]);
		expect(quotes('"We shall fight on the beaches," said he, and sat down.\n')).toEqual([]);
		expect(quotes('"We shall fight on the beaches" said nothing new to the Cabinet.\n')).toEqual([]);
	});
	it("no speaker, no quote: a pronoun, a common noun, or a one-word name the note names once", () => {
		expect(quotes('He would later say that the plan "was doomed from the very start."\n')).toEqual([]);
		expect(quotes('The report would later say that the army "was short of every kind of supply."\n')).toEqual([]);
		expect(quotes('Later, Smith would say that the war "was lost in the first month of fighting."\n')).toEqual([]);
		expect(
			quotes(
				'Smith wrote a memoir. Later, Smith would say that the war "was lost in the first month of fighting."\n',
			),
		).toEqual([["was lost in the first month of fighting.", "Smith"]]);
	});
});

describe("growth", () => {
	it("doubling a note full of attributed quotations at most ~2.2x the reading time (ratio of medians)", () => {
		const note = (n: number): string => {
			const out = ["# Notes by Ron Chernow", ""];
			for (let i = 0; i < n; i++) {
				out.push(
					i % 3 === 0
						? `- Speaker${i % 50} declared, "Words number ${i} are said here today."`
						: i % 3 === 1
							? `> Quoted line ${i} goes on here for a while (p ${i})`
							: "",
				);
			}
			return out.join("\n");
		};
		// The shared growth check (tests/support/growth.ts): CPU time, medians of interleaved samples.
		expectLinearGrowth({
			label: "attributed quotations",
			n: 3000,
			// Samples of at least 80 ms: a sample of one parse (~25 ms) is at the mercy of one garbage collection.
			minSampleMs: 80,
			make: note,
			run: (text) => parseBrief({ path: "n.md", text }),
		});
	});
});
