/**
 * Issue 17: the right speaker for quotations in book, reading and revision notes — the author a note's framing
 * names (title, top heading, a heading naming author and work, front-matter, an "Author:" line), a person named
 * inside a book excerpt, a scholar cited in brackets who is not the speaker, offices that are no part of a name.
 * Each rule has look-alikes that keep today's answer. Notes written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { framingAuthor, framingNames, namedInside } from "../../../src/core/brief/quote-framing";
import { cleanSpeakerName } from "../../../src/core/brief/speaker-names";
import { canonicalSpeakers } from "../../../src/core/quotes/speakers";

function quotes(text: string, path = "n.md"): [string, string | undefined][] {
	return parseBrief({ path, text }).quotes.map((q) => [q.text, q.speaker]);
}

function speakerOf(text: string, start: string, path = "n.md"): string | undefined {
	const q = quotes(text, path).find(([t]) => t.startsWith(start));
	return q ? q[1] : "(missing)";
}

const noBody = framingNames([]);

describe("the author named by a title or heading", () => {
	it("reads 'by Name', 'Name - Work', 'Work — Name', '(Name, 1532)' and a possessive work", () => {
		expect(framingAuthor("Selected passages from *The Prince* by Niccolò Machiavelli", noBody)).toBe(
			"Niccolò Machiavelli",
		);
		expect(framingAuthor("Meditations — Marcus Aurelius", noBody)).toBe("Marcus Aurelius");
		expect(framingAuthor("Notes on *The Prince* (Machiavelli, 1532)", noBody)).toBe("Machiavelli");
		expect(framingAuthor("Herodotus - The Histories", noBody)).toBe("Herodotus");
		expect(framingAuthor("Machiavelli - The Prince", noBody)).toBe("Machiavelli");
		expect(framingAuthor("Seneca's letters", noBody)).toBe("Seneca");
		expect(framingAuthor("The Republic by Plato (c. 375 BC)", noBody)).toBe("Plato");
	});

	it("never reads an author from 'by' in prose, a topic, a place or a date", () => {
		expect(framingAuthor("Europe by 1914", noBody)).toBeUndefined();
		expect(framingAuthor("Rome conquered by the army", noBody)).toBeUndefined();
		expect(framingAuthor("The Reformation", noBody)).toBeUndefined();
		expect(framingAuthor("Week 3 - The Reformation", noBody)).toBeUndefined();
		expect(framingAuthor("Rome - The Republic", noBody)).toBeUndefined();
		expect(framingAuthor("Causes - The Long View", noBody)).toBeUndefined();
		expect(framingAuthor("The Battle of Hastings (October, 1066)", noBody)).toBeUndefined();
		expect(framingAuthor("Summary: Key Ideas", noBody)).toBeUndefined();
	});

	it("takes a name alone as a name only when the note uses it as a person", () => {
		const body = framingNames(["Machiavelli argues that a prince must learn not to be good. He served Florence."]);
		expect(framingAuthor("Notes on Machiavelli", body)).toBe("Machiavelli");
		expect(framingAuthor("Notes on Venice", framingNames(["Venice traded with the East."]))).toBeUndefined();
	});
});

describe("book notes: the framing author speaks the passages", () => {
	it("gives blockquotes and quoted items of a book note to the author its title names", () => {
		const note = [
			"# Selected passages from *The Prince* by Niccolò Machiavelli",
			"",
			"> It is much safer to be feared than loved, when one of the two must be wanting.",
			"",
			"Some of my thoughts on this chapter.",
			"",
			'- "Men ought either to be well treated or crushed, because they can avenge themselves of lighter injuries."',
		].join("\n");
		expect(quotes(note)).toEqual([
			["It is much safer to be feared than loved, when one of the two must be wanting.", "Niccolò Machiavelli"],
			[
				"Men ought either to be well treated or crushed, because they can avenge themselves of lighter injuries.",
				"Niccolò Machiavelli",
			],
		]);
	});

	it("reads the author from the file name, front-matter and an 'Author:' line", () => {
		const passage =
			"\n> You have power over your mind, not outside events. Realise this, and you will find strength.\n";
		expect(quotes(passage, "books/Meditations — Marcus Aurelius.md")[0]?.[1]).toBe("Marcus Aurelius");
		expect(quotes(`---\nbook-author: Marcus Aurelius\n---\n${passage}`)[0]?.[1]).toBe("Marcus Aurelius");
		expect(quotes(`**Author:** Marcus Aurelius\n${passage}`)[0]?.[1]).toBe("Marcus Aurelius");
		expect(quotes(`Author: Marcus Aurelius\n${passage}`)[0]?.[1]).toBe("Marcus Aurelius");
		// "Authoritarian …" is no author line; an unattributed blockquote of a plain note is still no quote.
		expect(quotes(`Authoritarian rule spread after 1930.\n${passage}`)).toEqual([]);
	});

	it("keeps a third person the passage names, and a quote attributed to someone else", () => {
		const note = [
			"# The Gathering Storm by Winston Churchill",
			"",
			'> At the Cabinet meeting Chamberlain replied, "I believe it is peace for our time."',
			"",
			'- "History will be kind to me, for I intend to write it." (p. 12)',
			'- "The appeaser is one who feeds a crocodile, hoping it will eat him last." — Churchill',
			'- "Nothing is so exhilarating as to be shot at without result." — Randolph Churchill',
		].join("\n");
		expect(speakerOf(note, "At the Cabinet")).toBe("Chamberlain");
		expect(speakerOf(note, "History will be kind")).toBe("Winston Churchill");
		expect(speakerOf(note, "Nothing is so")).toBe("Randolph Churchill");
	});

	it("a heading naming author and work gives its quotes to that author, until a heading of its level ends it", () => {
		const note = [
			"# Greek historians",
			"",
			"Herodotus wrote first, Thucydides after him.",
			"",
			"### Herodotus - The Histories",
			"",
			"> Of all men's miseries the bitterest is this: to know so much and to have control over nothing.",
			"",
			"#### Book I",
			"",
			'- "In peace sons bury their fathers, but in war fathers bury their sons."',
			"",
			"### Thucydides - History of the Peloponnesian War",
			"",
			"> The strong do what they can and the weak suffer what they must.",
			"",
			"### The Reformation",
			"",
			'- "Here I stand, I can do no other, so help me God." — Luther',
		].join("\n");
		expect(speakerOf(note, "Of all men")).toBe("Herodotus");
		expect(speakerOf(note, "In peace sons")).toBe("Herodotus");
		expect(speakerOf(note, "The strong do")).toBe("Thucydides");
		expect(speakerOf(note, "Here I stand")).toBe("Luther");
	});

	it("a topic heading gives no speaker, and an unattributed blockquote under it stays no quote", () => {
		const note = [
			"## The Reformation",
			"",
			"> The Reformation divided Europe along religious lines for over a century afterwards.",
		].join("\n");
		expect(quotes(note)).toEqual([]);
	});
});

describe("the note's title names the speaker", () => {
	it("a one-word title names a person when the note uses the name as one", () => {
		const note = [
			"# Aristotle",
			"",
			"Aristotle argues that happiness is an activity of the soul. Aristotle taught Alexander.",
			"",
			"## Quotes",
			"",
			'- "We are what we repeatedly do. Excellence, then, is not an act but a habit."',
		].join("\n");
		expect(speakerOf(note, "We are what")).toBe("Aristotle");
		// A place as the title names nobody.
		const rome = [
			"# Rome",
			"",
			"Rome grew from a city to an empire.",
			"",
			"## Quotes",
			"",
			'- "We are what we repeatedly do. Excellence, then, is not an act but a habit."',
		].join("\n");
		expect(speakerOf(rome, "We are what")).toBeUndefined();
	});

	it("'Machiavelli - The Prince' and 'Seneca's letters' as file names", () => {
		const body = '\n## Quotes\n\n- "Everyone sees what you appear to be, few experience what you really are."\n';
		expect(speakerOf(body, "Everyone sees", "reading/Machiavelli - The Prince.md")).toBe("Machiavelli");
		const seneca = "\n> We suffer more often in imagination than in reality, said the old teacher to me.\n";
		expect(speakerOf(seneca, "We suffer", "Seneca's letters.md")).toBe("Seneca");
	});
});

describe("a scholar cited in brackets is not the speaker", () => {
	it("the sentence or the section names who said it; the citation is only its source", () => {
		const note = [
			"## Polybius on Rome",
			"",
			'Polybius wrote that "the Romans are more religious than any other people" (McGing 2010, 45).',
			"",
			"### Polybius - The Histories",
			"",
			'- "The Romans are formidable in war because they never give up." (Eckstein, p. 12)',
		].join("\n");
		expect(speakerOf(note, "the Romans are more")).toBe("Polybius");
		expect(speakerOf(note, "The Romans are formidable")).toBe("Polybius");
	});

	it("without a speaker in the sentence or section, a bracketed name is still the attribution", () => {
		expect(
			speakerOf(
				'## Notes\n\n- "Hamilton was the messenger from a future we inhabit." (Brooke, 764)\n',
				"Hamilton",
			),
		).toBe("Brooke");
		expect(
			speakerOf(
				'## Notes\n\n- "The Romans are formidable in war because they never give up." (Eckstein, p. 12)\n',
				"The",
			),
		).toBe("Eckstein");
	});
});

describe("a person named inside a book excerpt", () => {
	it("reads 'X replied, \"…\"' and '\"…,\" said X', never a pronoun", () => {
		expect(namedInside('At dinner Churchill replied, "Madam, you are ugly."')).toBe("Churchill");
		expect(namedInside('"We shall never surrender," said Churchill to the House.')).toBe("Churchill");
		expect(namedInside('"We shall never surrender," Churchill replied.')).toBe("Churchill");
		expect(namedInside('When the news came he said, "It is over."')).toBeUndefined();
		expect(namedInside("Churchill replied at length to the charges.")).toBeUndefined();
	});
});

describe("offices are no part of a name", () => {
	it("drops an office before a name, keeps titles that name a person", () => {
		expect(cleanSpeakerName("First Lord of the Admiralty Churchill")).toBe("Churchill");
		expect(cleanSpeakerName("President Lincoln")).toBe("Lincoln");
		expect(cleanSpeakerName("President Abraham Lincoln")).toBe("Abraham Lincoln");
		expect(cleanSpeakerName("General Grant (respectfully)")).toBe("Grant");
		expect(cleanSpeakerName("Lady Macbeth")).toBe("Lady Macbeth");
		expect(cleanSpeakerName("King Lear")).toBe("King Lear");
		expect(cleanSpeakerName("Mr Birling")).toBe("Mr Birling");
		expect(cleanSpeakerName("President")).toBe("President");
	});

	it("groups an office with the person's full name", () => {
		const m = canonicalSpeakers(["President Lincoln", "Abraham Lincoln", "Lincoln"]);
		expect(m.get("President Lincoln")).toBe("Abraham Lincoln");
		expect(m.get("Lincoln")).toBe("Abraham Lincoln");
	});
});

describe("scholarly citations in blockquotes and book highlights", () => {
	it("a blockquote citing a scholar keeps the introducer's or the heading's speaker", () => {
		const intro =
			'Polybius wrote:\n\n> "The Romans are formidable in war because they never give up." (McGing 2010, 45)\n';
		expect(speakerOf(intro, "The Romans")).toBe("Polybius");
		const heading =
			'### Polybius - The Histories\n\n> "Fortune is fickle and changes everything in a day." (Walbank, p. 30)\n';
		expect(speakerOf(heading, "Fortune")).toBe("Polybius");
		// Nothing else names a speaker: the citation is all there is.
		const bare = '## Notes\n\n> "Fortune is fickle and changes everything in a day." (Walbank 1957, 30)\n';
		expect(speakerOf(bare, "Fortune")).toBe("Walbank");
		// A name with no year or page in brackets is the attribution, as before.
		const plain =
			'### Polybius - The Histories\n\n> "I was a hostage in Rome for seventeen long years." (Polybius)\n';
		expect(speakerOf(plain, "I was a hostage")).toBe("Polybius");
	});

	it("reads Kindle and Readwise highlights sections, the author from their metadata", () => {
		const readwise = [
			"# The Prince",
			"",
			"## Metadata",
			"- Author: [[Niccolò Machiavelli]]",
			"- Category: #books",
			"",
			"## Highlights",
			"- It is much safer to be feared than loved, when one of the two must be wanting. ([Location 1234](https://readwise.io/x))",
		].join("\n");
		expect(speakerOf(readwise, "It is much safer")).toBe("Niccolò Machiavelli");
		const kindle = [
			"# The Prince",
			"",
			"* Author: [Niccolò Machiavelli](https://www.amazon.com/x)",
			"",
			"## Highlights",
			"Men ought either to be well treated or crushed, for they avenge lighter injuries. — location: [1240](kindle://x)",
			"",
			"Chapter 3:",
		].join("\n");
		expect(quotes(kindle)).toEqual([
			[
				"Men ought either to be well treated or crushed, for they avenge lighter injuries.",
				"Niccolò Machiavelli",
			],
		]);
		// "Highlights of his reign" is a topic, not a book's highlights.
		expect(quotes("## Highlights of his reign\n\nHe built roads and aqueducts across the whole empire.\n")).toEqual(
			[],
		);
	});
});

describe("an attribution to the work or a part of it names no speaker", () => {
	it("'— Book II', '— Letter 7', '— Meditations' in a book note are the author's", () => {
		const note = [
			"# Meditations — Marcus Aurelius",
			"",
			'- "Waste no more time arguing what a good man should be. Be one." — Book X',
			'- "The object of life is not to be on the side of the majority." — *Meditations*',
			'- "Very little is needed to make a happy life." — Meditations 7.67',
			'- "Death smiles at us all; all a man can do is smile back." — Maximus',
		].join("\n");
		expect(speakerOf(note, "Waste no more")).toBe("Marcus Aurelius");
		expect(speakerOf(note, "The object of life")).toBe("Marcus Aurelius");
		expect(speakerOf(note, "Very little")).toBe("Marcus Aurelius");
		expect(speakerOf(note, "Death smiles")).toBe("Maximus");
		expect(cleanSpeakerName("Letter 7")).toBeUndefined();
		expect(cleanSpeakerName("Lady Macbeth, Act 1")).toBe("Lady Macbeth");
	});

	it("the person a book is about stays the speaker of their words", () => {
		const note = [
			"# The Last Lion: Winston Spencer Churchill by William Manchester",
			"",
			'- "We shall never surrender, whatever the cost may be." — Winston Spencer Churchill',
		].join("\n");
		expect(speakerOf(note, "We shall never")).toBe("Winston Spencer Churchill");
	});
});

describe("a front-matter author may be the note's own writer", () => {
	const passage = "\n\n> It is much safer to be feared than loved, when one of the two must be wanting.\n";
	it("is the book's author when the body names them or the front-matter marks a book", () => {
		const named = `---\nauthor: Niccolò Machiavelli\n---\nMachiavelli served Florence.${passage}`;
		expect(speakerOf(named, "It is much")).toBe("Niccolò Machiavelli");
		const tagged = `---\nauthor: Niccolò Machiavelli\ntags: [books]\n---\nNotes.${passage}`;
		expect(speakerOf(tagged, "It is much")).toBe("Niccolò Machiavelli");
		const isbn = `---\nauthor: Niccolò Machiavelli\nisbn: 9780140449150\n---\nNotes.${passage}`;
		expect(speakerOf(isbn, "It is much")).toBe("Niccolò Machiavelli");
	});

	it("is a by-line when the body never names them: the note's subject speaks instead", () => {
		const post = [
			"---",
			"title: Polybius",
			"author: Hannah Ibbotson",
			"---",
			"Polybius was a hostage in Rome. He wrote a universal history, and Polybius knew its generals.",
			"",
			"> The soundest education and training for a life of active politics is the study of history.",
		].join("\n");
		expect(speakerOf(post, "The soundest")).toBe("Polybius");
		// No subject and a by-line only: an unattributed blockquote stays no quote.
		expect(quotes(`---\nauthor: Hannah Ibbotson\n---\nSome notes.${passage}`)).toEqual([]);
	});

	it("a blockquote of the student's own shorthand is no passage", () => {
		const note =
			"# Herodotus\n\nHerodotus wrote the Histories. He travelled.\n\n> interpreted / looked at the lenses of 400 B.C. ≠ today\n";
		expect(quotes(note)).toEqual([]);
	});
});

describe("titles of notes about a person, and metadata by-lines", () => {
	it("'Aristotle study notes 2' and 'Notes on Kant' name the person the notes quote", () => {
		const body = [
			"",
			"Aristotle wrote on ethics. He taught that virtue is a habit; Aristotle called it a mean.",
			"",
			"> We become just by doing just acts, temperate by doing temperate acts, brave by doing brave acts.",
		].join("\n");
		expect(speakerOf(`---\ntitle: Aristotle study notes 2\nauthor: Douglas Hindson\n---${body}`, "We become")).toBe(
			"Aristotle",
		);
		expect(speakerOf(`# Aristotle - revision notes\n${body}`, "We become")).toBe("Aristotle");
		// "Week 2 notes" names nobody.
		expect(
			quotes(
				`# Week 2 notes\n\nWe read Aristotle. He taught.\n\n> We become just by doing just acts, temperate by doing temperate acts.\n`,
			),
		).toEqual([]);
	});

	it("a lower-case 'author:' by-line of an exported answer is the writer, not the speaker", () => {
		const note = [
			"# What was Plutarch known for?",
			"",
			"\tauthor: Steve Theodore",
			"\twritten: 2022-08-25",
			"",
			"Plutarch wrote the Lives. He was a priest at Delphi.",
			"",
			'- "Come and take them." - Plutarch, Sayings of the Spartans',
		].join("\n");
		expect(speakerOf(note, "Come and take them")).toBe("Plutarch");
		expect(
			speakerOf(
				"**Author:** Marcus Aurelius\n\n> You have power over your mind, not outside events, so realise this.\n",
				"You have",
			),
		).toBe("Marcus Aurelius");
	});
});

describe("a pronoun's speech verb before a quotation", () => {
	it("'He wrote that \"…\"' quotes the person named before, else the note's subject", () => {
		const note = [
			"---",
			"title: Polybius",
			"---",
			"Polybius was a hostage in Rome, and Polybius wrote a universal history.",
			"",
			'With Rome the master of the world, he wrote that "anyone who studies monographs alone is like a man who sees only the limbs of a body."',
			"",
			'Scipio wept at Carthage. Later Scipio said of it, and then he declared, "This is a glorious moment, but I fear for Rome."',
		].join("\n");
		expect(speakerOf(note, "anyone who studies")).toBe("Polybius");
		expect(speakerOf(note, "This is a glorious")).toBe("Scipio");
	});
});

describe("'he replied' inside a book excerpt", () => {
	it("is the person the excerpt named before the pronoun; with nobody named, the book's author", () => {
		expect(namedInside('The envoys came to the pass. Leonidas listened. He replied, "Come and take them."')).toBe(
			"Leonidas",
		);
		expect(namedInside('When the news came he said, "It is over."')).toBeUndefined();
		const note = [
			"# The Histories by Herodotus",
			"",
			'> The Persians demanded their arms. Leonidas listened, and he replied, "Come and take them, then."',
			"",
			'> When the messenger came he said, "The Greeks are few but they will not yield the pass."',
		].join("\n");
		expect(speakerOf(note, "The Persians")).toBe("Leonidas");
		expect(speakerOf(note, "When the messenger")).toBe("Herodotus");
	});
});
