/**
 * Quotations that stand alone or hang under the line that names their speaker (issue 17, recall on unseen notes):
 * quote-whole.ts, and the blockquote forms of block-quotes.ts (runs after an introducer, primary-source cues,
 * excerpt notes). Every sentence here is written for the test; look-alikes that must stay out are beside each rule.
 */
import { describe, expect, it } from "vitest";
import { expectLinearGrowth } from "../../support/growth";
import { parseBrief } from "../../../src/core/brief/index";
import { ownerIn, standaloneQuote } from "../../../src/core/brief/quote-whole";
import { documentCue } from "../../../src/core/brief/block-quotes";

const quotes = (text: string): [string, string | undefined][] =>
	parseBrief({ path: "n.md", text }).quotes.map((q) => [q.text, q.speaker]);
const lines = (text: string): number[] => parseBrief({ path: "n.md", text }).quotes.map((q) => q.source.line);

describe("a quotation alone in its item or paragraph", () => {
	it("is a quotation; its speaker is the person the line above names", () => {
		expect(
			quotes(
				"## Cold War\n\nTruman spoke to Congress about Greece and Turkey\n- Asked for 400 million dollars\n" +
					'- "It must be the policy of the United States to support free peoples"\n',
			),
		).toEqual([["It must be the policy of the United States to support free peoples", "Truman"]]);
		expect(
			quotes('Frances Perkins\n- "The people are what matter to government, and a government should aim"\n'),
		).toEqual([["The people are what matter to government, and a government should aim", "Frances Perkins"]]);
	});

	it("a nested quotation takes its parent item's person; a quoted paragraph needs nobody", () => {
		expect(
			quotes(
				'- Ida B. Wells investigated lynching in the South\n  - "The way to right wrongs is to turn the light of truth upon them"\n',
			),
		).toEqual([["The way to right wrongs is to turn the light of truth upon them", "Ida B. Wells"]]);
		expect(
			quotes('## The tariff\n\n*"The tariff is the mother of all trusts, and the people pay for it."*\n'),
		).toEqual([["The tariff is the mother of all trusts, and the people pay for it.", undefined]]);
	});

	it("a forgotten closing mark still makes a quotation when it fills the item", () => {
		expect(quotes('Opposed the bank\n- "Every monopoly is a tax on the many for the profit of the few\n')).toEqual([
			["Every monopoly is a tax on the many for the profit of the few", undefined],
		]);
	});

	it("the first child item may say who said it", () => {
		expect(
			quotes(
				'- "History is a nightmare from which I am trying to awake."\n    - spoken by Stephen in a novel by James Joyce\n',
			),
		).toEqual([["History is a nightmare from which I am trying to awake.", "James Joyce"]]);
	});

	it("a list under a heading that is a person's name, used again in the note, is that person's", () => {
		expect(
			quotes(
				'## Frederick Douglass\n\n- "If there is no struggle, there is no progress at all for us."\n- Douglass escaped in 1838\n',
			),
		).toEqual([["If there is no struggle, there is no progress at all for us.", "Frederick Douglass"]]);
		// Not a person: a topic heading made of two capitalised words.
		expect(
			quotes('## Youth Culture\n\n- "The teenagers of this town will buy anything with a record on it"\n'),
		).toEqual([["The teenagers of this town will buy anything with a record on it", undefined]]);
	});

	it("look-alikes stay out: questions, titles, terms, dialogue, examples, phrases to use", () => {
		for (const text of [
			'- "Why did the Roman Republic collapse in the first century BC?"\n', // an enquiry question
			'- "The Decline and Fall of the Roman Empire"\n', // a title
			'- "Manifest Destiny"\n', // a term
			'- "Is it fair?" "It is fair because everyone pays the same."\n', // dialogue
			'Examples:\n- "My neighbour is rich, so he must have cheated someone."\n', // examples of a fallacy
			'Phrases to use\n- "The first point the source makes is that the war was long."\n', // a template
			'- e.g. "Everyone I know agrees, so the law must be right."\n', // an example
			'The so-called "peace with honour" policy ended badly.\n', // scare quotes
			'- Example answer: "Orwell presents Napoleon as a tyrant whose power corrupts him completely."\n', // a model answer
		])
			expect(quotes(text), text).toEqual([]);
	});

	it("works, prompts and the student's own claims stay out", () => {
		for (const text of [
			'## Reading list\n- "Over the river and through the dark wood: a history of the fur trade"\n',
			'- "An Economic History of the Ottoman Lands" (Pamuk)\n',
			'Our teacher asked:\n- "Would the revolution have happened without the famine of 1788?"\n',
			'My thesis:\n\n"The railways did more than any law to unite the country after 1850."\n',
		])
			expect(quotes(text), text).toEqual([]);
	});

	it("a quoted line that asks, unlike an enquiry question, is a quotation", () => {
		expect(quotes('### Guilt\n- "Will all great Neptune\'s ocean wash this blood clean from my hand?"\n')).toEqual([
			["Will all great Neptune's ocean wash this blood clean from my hand?", undefined],
		]);
	});

	it("standaloneQuote: marks first and last, a citation after, at least six words", () => {
		expect(standaloneQuote('"A house divided against itself cannot stand." (1858)')).toBe(
			"A house divided against itself cannot stand.",
		);
		expect(standaloneQuote("\u201cA house divided against itself cannot stand\u201d.")).toBe(
			"A house divided against itself cannot stand",
		);
		expect(standaloneQuote('"Go west, young man"')).toBeUndefined();
		expect(standaloneQuote('"Part one" and "part two" of the same long speech')).toBeUndefined();
	});
});

describe("an item that leaves its speaker out", () => {
	it('`- Said that "…"` takes the person the line above names', () => {
		expect(
			quotes(
				'Harriet Tubman\'s friend Thomas Garrett\n- Said "I never met with any person who had more confidence in the voice of God"\n',
			),
		).toEqual([["I never met with any person who had more confidence in the voice of God", "Thomas Garrett"]]);
		expect(
			quotes(
				'Andrew Carnegie\n- warned that great fortunes "must be administered for the common good of the community"\n',
			),
		).toEqual([["must be administered for the common good of the community", "Andrew Carnegie"]]);
	});

	it("or the item just before it when the parent names nobody", () => {
		expect(
			quotes(
				"Moved to Chicago in 1889\n- Worked with her friend Ellen Gates Starr\n" +
					'- Said that "the settlement house is an experimental effort to aid in the solution of social problems"\n',
			),
		).toEqual([
			[
				"the settlement house is an experimental effort to aid in the solution of social problems",
				"Ellen Gates Starr",
			],
		]);
	});

	it("a speech verb that is not at the start, or a short quoted term, is no such item", () => {
		expect(quotes('- The senators said it was a "dangerous precedent"\n')).toEqual([]);
		expect(quotes('- Called it "the noble experiment"\n')).toEqual([]);
	});
});

describe("attributions after the closing mark", () => {
	it("a short sentence with a dash and a name is a quotation", () => {
		expect(quotes('- "Veni, vidi, vici." - Julius Caesar\n')).toEqual([["Veni, vidi, vici.", "Julius Caesar"]]);
		expect(quotes('- "Iron Curtain" - Churchill\n')).toEqual([]);
	});

	it("only the name is the speaker: not where, when or how it was said", () => {
		expect(
			quotes('- "Genius is one percent inspiration and the rest sweat." - Thomas Edison in an interview\n'),
		).toEqual([["Genius is one percent inspiration and the rest sweat.", "Thomas Edison"]]);
		expect(
			quotes('- "Genius is one percent inspiration and the rest sweat." - Thomas Edison at 3:10 here\n'),
		).toEqual([["Genius is one percent inspiration and the rest sweat.", "Thomas Edison"]]);
		expect(
			quotes(
				'- "Genius is one percent inspiration and the rest sweat." - Thomas Edison, inventor and businessman of Menlo Park, as remembered by a reporter who met him\n',
			),
		).toEqual([["Genius is one percent inspiration and the rest sweat.", "Thomas Edison"]]);
	});

	it("the name on the next line after a dash left at the end", () => {
		expect(quotes('- "Genius is one percent inspiration and the rest sweat." -\n  Thomas Edison\n')).toEqual([
			["Genius is one percent inspiration and the rest sweat.", "Thomas Edison"],
		]);
	});

	it("a translation in brackets between the quotation and the name", () => {
		expect(quotes('## Quotes\n- "Ich bin ein Berliner" ("I am a Berliner") - John F. Kennedy, 1963\n')).toEqual([
			["Ich bin ein Berliner", "John F. Kennedy"],
		]);
	});

	it("a list of lower-case literary terms after a dash is a comment, not a name", () => {
		expect(
			quotes('"The wind howls through the broken shutters all night long." - Personification, imagery, tone\n'),
		).toEqual([]);
	});

	it("a full name before a colon, no marks, in a quotes section; a one-word topic label is not a speaker", () => {
		expect(quotes("## Quotes\n- Susan B. Anthony: Failure is impossible for those who persist\n")).toEqual([
			["Failure is impossible for those who persist", "Susan B. Anthony"],
		]);
		expect(quotes('## Quotes\n- Courage: "Courage is grace under pressure." (Hemingway)\n')[0][0]).toContain(
			"Courage",
		);
	});
});

describe("speakers around a quotation in prose", () => {
	it("the name and its verb after the closing mark", () => {
		expect(quotes('"We have nothing to fear but fear itself," Roosevelt said in his first address.\n')).toEqual([
			["We have nothing to fear but fear itself,", "Roosevelt"],
		]);
		expect(quotes('"We have nothing to fear but fear itself," he said.\n')).toEqual([]);
	});

	it('a name and a dash before the quotation, as in `- Name: "…"`; a one-word label is not a name', () => {
		expect(quotes('- Patrick Henry - "Give me liberty, or give me death!"\n')).toEqual([
			["Give me liberty, or give me death!", "Patrick Henry"],
		]);
		expect(quotes('- Thesis - "The treaty made a second war likely within twenty years"\n')).toEqual([]);
	});

	it("someone's words named in the possessive before the quotation", () => {
		expect(quotes('Kennedy\'s inaugural address: "Ask not what your country can do for you."\n')).toEqual([
			["Ask not what your country can do for you.", "Kennedy"],
		]);
		expect(
			quotes('The treaty\'s main clause: "Germany accepts the responsibility for causing all the loss."\n'),
		).toEqual([]);
	});
});

describe("quotes pages and quote labels", () => {
	it("a bold label naming a person, then the quotation, in a quotes section", () => {
		expect(
			quotes(
				"# Quotes I keep\n\n**Cicero**: A room without books is like a body without a soul.\n\n**Key idea**: rest\n",
			),
		).toEqual([["A room without books is like a body without a soul.", "Cicero"]]);
	});

	it("a blockquote under a person's heading in a quotes section is that person's", () => {
		expect(quotes("## Quotes\n\n### Heraclitus\n> No man ever steps in the same river twice.\n")).toEqual([
			["No man ever steps in the same river twice.", "Heraclitus"],
		]);
	});

	it('`Famous line: "…"` is a quotation; `Key term: "…"` is not', () => {
		expect(
			quotes(
				'Bismarck unified Germany.\n- Famous line: "Politics is the art of the possible, the attainable."\n',
			),
		).toEqual([["Politics is the art of the possible, the attainable.", undefined]]);
		expect(quotes('- Key term: "the balance of power in Europe after 1815"\n')).toEqual([]);
	});
});

describe("a name alone under a quotation", () => {
	it("as a child item or on the next line of a quotes page; a list of themes names nobody", () => {
		expect(
			quotes("## Quotes\n- Nothing in life is to be feared, it is only to be understood.\n  - Marie Curie\n"),
		).toEqual([["Nothing in life is to be feared, it is only to be understood.", "Marie Curie"]]);
		expect(
			quotes(
				'# Favourite quotes\n\n"The price of liberty is eternal vigilance and hard work."\nWendell Phillips\n',
			),
		).toEqual([["The price of liberty is eternal vigilance and hard work.", "Wendell Phillips"]]);
		expect(quotes("## Key quotes\n- Greed\n- Guilt\n")).toEqual([
			["Greed", undefined],
			["Guilt", undefined],
		]);
	});

	it("outside a quotes section: the next line or an item right under the quoted paragraph", () => {
		expect(
			quotes(
				'## Civil rights\n\n"Injustice anywhere is a threat to justice everywhere."\n- Martin Luther King Jr.\n',
			),
		).toEqual([["Injustice anywhere is a threat to justice everywhere.", "Martin Luther King Jr"]]);
	});

	it("a quoted paragraph after an introducer; a source line naming the text's author", () => {
		expect(
			quotes(
				'Roosevelt wrote to Congress:\n\n"The test of our progress is whether we provide enough for those who have too little."\n',
			),
		).toEqual([
			["The test of our progress is whether we provide enough for those who have too little.", "Roosevelt"],
		]);
		expect(
			quotes(
				'"We shall overcome because the arc of the moral universe is long."\n\u2014 Source: Sermon by Martin Luther King\n',
			),
		).toEqual([["We shall overcome because the arc of the moral universe is long.", "Martin Luther King"]]);
	});
});

describe("blockquotes", () => {
	it("a run of blockquotes after one introducer is all quoted, with the speaker it names", () => {
		const text =
			"Two of the stories in Herodotus's *Histories* that I like best:\n\n" +
			"> The Scythians had no towns and no walls, and carried their houses with them.\n\n" +
			"> The king asked the oracle whether he should march, and it gave him a riddle.\n";
		expect(quotes(text)).toEqual([
			["The Scythians had no towns and no walls, and carried their houses with them.", "Herodotus"],
			["The king asked the oracle whether he should march, and it gave him a riddle.", "Herodotus"],
		]);
	});

	it("the paragraphs of a long quotation open with a mark that closes only at the end", () => {
		const text =
			"### Lincoln's Second Inaugural Address\n\n" +
			'> "With malice toward none, with charity for all, with firmness in the right\n\n' +
			'> "let us strive on to finish the work we are in."\n';
		expect(quotes(text)).toEqual([
			["With malice toward none, with charity for all, with firmness in the right", "Lincoln"],
			["let us strive on to finish the work we are in.", "Lincoln"],
		]);
	});

	it("primary-source cues: Excerpt from, Document A, a heading naming someone's words", () => {
		expect(documentCue("### Excerpt from Wilson's Fourteen Points")).toBe("Wilson");
		expect(documentCue("Document C: Letter by Abigail Adams, 1776")).toBe("Abigail Adams");
		expect(documentCue("Primary source")).toBe("");
		expect(documentCue("Documents of the Cold War")).toBeUndefined();
		expect(ownerIn("Pericles' Funeral Oration")).toBe("Pericles");
		expect(ownerIn("What is Pericles\u2019 best argument for democracy?")).toBe("Pericles");
		expect(ownerIn("Herodotus's contribution to history")).toBeUndefined();
		expect(
			quotes(
				"Document B: Report by Jacob Riis\n\n> The tenements are home to three out of four of the city's people.\n",
			),
		).toEqual([["The tenements are home to three out of four of the city's people.", "Jacob Riis"]]);
	});

	it("a prompt or definition introducer makes no quotation; an unintroduced blockquote of notes stays out", () => {
		expect(quotes("Guiding question:\n\n> How did the railways change the economy of the West?\n")).toEqual([]);
		expect(quotes("Definition:\n\n> A tariff is a tax on imported goods.\n")).toEqual([]);
		expect(quotes("## The Marshall Plan\n\n> The Marshall Plan gave aid to Western Europe after 1948.\n")).toEqual(
			[],
		);
	});

	it("a note that quotes a book by page: its uncited prose blockquotes are excerpts too", () => {
		const cited = (n: number): string =>
			`> Sentence ${n} of the book about the Persian wars and their causes. (p ${n})\n\n`;
		const text =
			"# Reading notes\n\n" +
			cited(1) +
			cited(2) +
			cited(3) +
			"Notes on it\n\n> The historian set out to record the great deeds of Greeks and barbarians alike.\n\n" +
			"More notes\n\n> compare with *today*\n";
		expect(lines(text)).toEqual([2, 4, 6, 10]);
	});

	it("a speaker with a long stage direction before the colon", () => {
		expect(
			quotes(
				'> Nguyen, a translator (holding the bars of the gate and calling to the officials inside the compound): "Please, I worked for you for ten years!"\n',
			),
		).toEqual([["Please, I worked for you for ten years!", "Nguyen"]]);
	});
});

describe("growth", () => {
	it("a long flat list of quotations and subject-less items: twice the list, at most 2.2× the parse time", () => {
		const note = (n: number): string => {
			const out = ["## Sayings", "", "Some notes on what people said"];
			for (let i = 0; i < n; i++)
				out.push(
					i % 2
						? `- "Quotation number ${i} is long enough to be a quotation of its own"`
						: `- Said that "the item number ${i} has no subject before its speech verb"`,
				);
			return out.join("\n");
		};
		expectLinearGrowth({
			label: "standalone quotations",
			n: 1000,
			minSampleMs: 80,
			make: note,
			run: (text) => parseBrief({ path: "n.md", text }),
		});
	});
});
