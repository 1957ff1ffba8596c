/**
 * Issue 17, book notes: the front-matter author of a note that is a book's quotations, a "*Title* by Author" top
 * heading, lead-in lines that name the speaker ("Churchill on Molotov:"), and the quotation forms such notes write
 * (a labelled numbered item, single curly quotes around a sentence, a prose attribution). Look-alikes keep today's
 * answer: a blog post's by-line author, a topic heading, scare quotes, apostrophes. Notes written for these tests.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { framingAuthor, framingNames } from "../../../src/core/brief/quote-framing";

function quotes(text: string): [string, string | undefined][] {
	return parseBrief({ path: "n.md", text }).quotes.map((q) => [q.text, q.speaker]);
}

function speakerOf(text: string, start: string): string | undefined {
	const q = quotes(text).find(([t]) => t.startsWith(start));
	return q ? q[1] : "(missing)";
}

const LONG = "Never in the field of human conflict was so much owed by so many to so few.";

describe("a book note's front-matter author", () => {
	it("is the speaker when the title is a work and the note is made of quotations", () => {
		const note = `---\nauthor: Winston Churchill\n---\n# The Gathering Storm\n\n- "${LONG}"\n- "We shall fight on the beaches and we shall never surrender to them."\n`;
		expect(speakerOf(note, "Never in")).toBe("Winston Churchill");
		const italic = `---\nauthor: Simon Sebag Montefiore\ntitle: "*Young Stalin*"\n---\n> The young seminarian wrote poems that the Georgian press printed with pride.\n\n> He robbed banks in Tiflis and was never caught for any of it.\n`;
		expect(speakerOf(italic, "The young")).toBe("Simon Sebag Montefiore");
	});

	it("is the speaker beside type: book, category: books, source: or year:", () => {
		for (const key of ["type: book", "category: books", "source: Penguin Classics", "year: 1948"]) {
			const note = `---\nauthor: Marcus Aurelius\n${key}\n---\nSome thoughts I liked.\n\n> Waste no more time arguing about what a good man should be. Be one.\n`;
			expect(speakerOf(note, "Waste no"), key).toBe("Marcus Aurelius");
		}
	});

	it("is not the speaker for a writer's by-line on a post that is not a book's quotations", () => {
		const post = `---\nauthor: Hannah Ibbotson\ndate: 2021-03-01\n---\n# Why Polybius matters\n\nPolybius was a Greek hostage in Rome who wrote a history of its rise.\n\n> The Romans conquered the known world in less than fifty-three years, a thing unheard of.\n`;
		expect(speakerOf(post, "The Romans")).not.toBe("Hannah Ibbotson");
		// A work's title, but the note is the writer's prose with one quotation in it.
		const essay = `---\nauthor: Hannah Ibbotson\n---\n# The Histories\n\nHerodotus travelled widely.\n\nHe collected stories from priests.\n\nHis method was new.\n\n> The Persians say the Phoenicians began the quarrel.\n`;
		expect(speakerOf(essay, "The Persians")).not.toBe("Hannah Ibbotson");
	});
});

describe("a book's passages in blockquotes", () => {
	it("keeps a passage opening with an ellipsis after a prose paragraph, not the student's own line", () => {
		const head = `# *Young Stalin* by Simon Sebag Montefiore\n\nHe describes the early years in detail.\n\n`;
		const cut = `${head}> ...the young seminarian wrote poems that the Georgian press printed with pride.\n`;
		expect(speakerOf(cut, "...the young")).toBe("Simon Sebag Montefiore");
		const own = `${head}> My take: the young seminarian was a poet first and a gangster second\n`;
		expect(quotes(own)).toEqual([]);
	});
});

describe("a heading naming a work and its author", () => {
	it("reads '# *Title* by Author' with a subtitle or year after it, and 'Notes on X by Y'", () => {
		const h1 = `# *Young Stalin* by Simon Sebag Montefiore (2007)\n\nMy notes.\n\n> Stalin was a poet before he was a gangster, and a gangster before a tyrant.\n`;
		expect(speakerOf(h1, "Stalin was")).toBe("Simon Sebag Montefiore");
		const notes = `# Reading log\n\n## Notes on Meditations by Marcus Aurelius\n\n> You have power over your mind, not outside events. Realize this.\n`;
		expect(speakerOf(notes, "You have")).toBe("Marcus Aurelius");
	});

	it("reads '*Title* (Author)', 'Title — Author, 2007' and 'Title by Author | Book notes'", () => {
		const passage = `\n\n> Stalin was a poet before he was a gangster, and a gangster before a tyrant.\n`;
		for (const h1 of [
			"# *Young Stalin* (Simon Sebag Montefiore)",
			"# *Young Stalin* \u2014 Simon Sebag Montefiore, 2007",
			"# Young Stalin by Simon Sebag Montefiore | Book notes",
		])
			expect(speakerOf(h1 + passage, "Stalin was"), h1).toBe("Simon Sebag Montefiore");
		expect(framingAuthor("*Mein Kampf* (My Struggle)", framingNames([]))).toBeUndefined();
		expect(framingAuthor("*Dunkirk* (Operation Dynamo)", framingNames([]))).toBeUndefined();
	});

	it("never makes a topic heading the speaker", () => {
		const note = `# Churchill\n\n## Meeting Molotov\n\n> Churchill found him a man of outstanding ability and cold-blooded ruthlessness.\n`;
		expect(speakerOf(note, "Churchill found")).not.toBe("Meeting Molotov");
		const chron = `## Bismarck Chronology\n\n> The great questions of the day will not be settled by speeches and majority decisions.\n`;
		expect(speakerOf(chron, "The great")).not.toBe("Bismarck Chronology");
	});
});

describe("a lead-in line naming the speaker", () => {
	it("gives the person of 'Churchill:', 'Churchill on Molotov:', 'A speech from Cleon', \"Pericles' oration:\"", () => {
		const note = `# The war\n\nChurchill:\n\n> ${LONG}\n\nChurchill on Molotov:\n\n> I have never seen a human being who more perfectly represented the modern robot.\n\nA speech from Cleon\n\n> I have often before now been convinced that a democracy is incapable of empire.\n\nPericles' oration:\n\n> Our constitution does not copy the laws of neighbouring states; we are rather a pattern.\n`;
		expect(speakerOf(note, "Never in")).toBe("Churchill");
		expect(speakerOf(note, "I have never")).toBe("Churchill");
		expect(speakerOf(note, "I have often")).toBe("Cleon");
		expect(speakerOf(note, "Our constitution")).toBe("Pericles");
	});

	it("names the speaker of quoted lines and list items after it, not only of blockquotes", () => {
		const robot = `"I have never seen a human being who more perfectly represented the modern robot."`;
		expect(speakerOf(`# War\n\nChurchill on Molotov:\n${robot}\n`, "I have")).toBe("Churchill");
		expect(speakerOf(`# War\n\nChurchill on Molotov:\n\n${robot}\n`, "I have")).toBe("Churchill");
		expect(speakerOf(`# War\n\nChurchill:\n- ${robot}\n`, "I have")).toBe("Churchill");
		const nested = `# War\n\n- Pericles' funeral oration:\n  - "Our constitution does not copy the laws of neighbouring states; we are a pattern."\n`;
		expect(speakerOf(nested, "Our constitution")).toBe("Pericles");
		expect(speakerOf(`# War\n\nImportant:\n- ${robot}\n`, "I have")).toBeUndefined();
	});

	it("does not take a student's own line or a topic as the speaker", () => {
		for (const lead of ["Summary:", "Important:", "Rome:", "My favourite passage:", "The Reformation:"]) {
			const note = `# The war\n\n${lead}\n\n> ${LONG}\n`;
			// (Kept without a speaker, or not kept as a quotation: never the label as a person.)
			expect([undefined, "(missing)"], lead).toContain(speakerOf(note, "Never in"));
		}
	});
});

describe("quotation forms of book notes", () => {
	it("finds a quote after a label in a numbered item", () => {
		const note = `# Lessons\n\n1. Toughness: "Success is not final, failure is not fatal: it is the courage to continue that counts."\n2. Patience: "Kites rise highest against the wind, not with it, as every child knows."\n`;
		expect(quotes(note).map(([t]) => t.slice(0, 10))).toEqual(["Success is", "Kites rise"]);
	});

	it("finds single curly quotes around six words or more, not apostrophes or a short term", () => {
		const note = `# Notes\n\nIn 1940 Churchill wrote: \u2018the price of greatness is responsibility for every one of us\u2019. It was the people\u2019s \u2018war\u2019 now.\n\n- \u2018It\u2019s not enough that we do our best; sometimes we must do what is required.\u2019\n- the \u2018phoney war\u2019 lasted months\n`;
		expect(quotes(note)).toEqual([
			["the price of greatness is responsibility for every one of us", "Churchill"],
			["It\u2019s not enough that we do our best; sometimes we must do what is required.", undefined],
		]);
	});

	it("reads an aside between the name and its verb, and 'told' with whom", () => {
		const aside = `# War\n\nChurchill, speaking in 1940, said "${LONG}"\n`;
		expect(quotes(aside)).toEqual([[LONG, "Churchill"]]);
		const told = `# War\n\nChurchill told MPs that "${LONG}"\n\nChurchill told the story of "the man who never was and other tales of the war" often.\n`;
		expect(quotes(told)).toEqual([[LONG, "Churchill"]]);
	});

	it("finds a prose quotation with its attribution, not scare quotes", () => {
		const note = `# Notes\n\nIn the book Churchill says, "${LONG}" and this was repeated.\n\nThe so-called "phoney war" lasted months.\n`;
		expect(quotes(note)).toEqual([[LONG, "Churchill"]]);
	});
});
