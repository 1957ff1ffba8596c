/**
 * Issue 17: the right speaker for the forms real notes use — the note's subject in a biography's quotes
 * section, excerpts without quote marks, attributions on the next line, "as X put it", citation-style
 * speakers — and never a pronoun or markup as a speaker. Each case failed before the rule that reads it.
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { noteSubject } from "../../../src/core/brief/quote-subject";

function speakers(text: string): [string, string | undefined][] {
	return parseBrief({ path: "n.md", text }).quotes.map((q) => [q.text, q.speaker]);
}

/** The speaker of the quote that starts with `start` ("(missing)" when there is none). */
function speakerOf(got: [string, string | undefined][], start: string): string | undefined {
	const q = got.find(([t]) => t.startsWith(start));
	return q ? q[1] : "(missing)";
}

const BIO = [
	"# Napoleon Bonaparte",
	"",
	"Napoleon rose fast in Corsica. Napoleon crowned himself, and Napoleon lost at Waterloo.",
	"",
	"## Quotes",
	"",
	'- "Never interrupt your enemy when he is making a mistake."',
	'- "An army marches on its stomach."',
	"- Impossible is a word to be found only in the dictionary of fools (Napoleon Bonaparte)",
	'- "History is a set of lies agreed upon."',
	"  — attributed to Voltaire",
	"",
	"## Quotes about Napoleon",
	"",
	'- "He was as great as a man can be without virtue."',
	"",
].join("\n");

describe("the note's subject as the speaker", () => {
	it("finds the person a note is about from its title, front-matter or a book title, never from a topic", () => {
		expect(noteSubject("Napoleon Bonaparte", null, BIO)).toBe("Napoleon Bonaparte");
		expect(
			noteSubject(
				"The Last Lion: Winston Spencer Churchill: Visions of Glory, 1874-1932 by William Manchester",
				null,
				"Churchill Churchill Churchill",
			),
		).toBe("Winston Spencer Churchill");
		expect(noteSubject("Anything", { subject: "[[Otto von Bismarck]]" }, "")).toBe("Otto von Bismarck");
		expect(
			noteSubject("Jacksonian America", null, "America America America Jacksonian Jacksonian Jacksonian"),
		).toBeUndefined();
		expect(noteSubject("The Last Lion", null, "Lion Lion Lion Last Last Last")).toBeUndefined();
		// Named once in the note: not what the note is about.
		expect(noteSubject("Napoleon Bonaparte", null, "A note on tactics.")).toBeUndefined();
	});

	it("gives a plain quotes section's unattributed quotes to the subject, and 'Quotes about' sections to nobody", () => {
		const got = speakers(BIO);
		expect(speakerOf(got, "Never interrupt your enem")).toBe("Napoleon Bonaparte");
		expect(speakerOf(got, "An army marches on its s")).toBe("Napoleon Bonaparte");
		expect(speakerOf(got, "Impossible is a word to")).toBe("Napoleon Bonaparte");
		expect(speakerOf(got, "History is a set of lies")).toBe("Voltaire");
		expect(speakerOf(got, "He was as great as a man")).toBe(undefined);
	});

	it("in a book note, the subject speaks in the first person and the author writes about him in the third", () => {
		const note = [
			"# *The Last Lion: Winston Spencer Churchill* by William Manchester",
			"",
			"## Themes",
			'- "I confess myself to be a great admirer of tradition." (11)',
			'- "He had expensive tastes and he always indulged them." (28)',
			'- "Reading, for Churchill, was a form of action" (6)',
			"",
			"## Insults",
			'- on Stanley Baldwin: "Occasionally he stumbled over the truth, but hastily picked himself up." (5)',
			'- "This report, by its very length, defends itself against scrutiny." (13)',
			"",
			"## Quotes about Churchill",
			'- "He did not live in the past; the past lived on in him." (24)',
		].join("\n");
		const got = speakers(note);
		expect(speakerOf(got, "I confess myself to be a")).toBe("Winston Spencer Churchill");
		expect(speakerOf(got, "He had expensive tastes")).toBe("William Manchester");
		expect(speakerOf(got, "Reading, for Churchill,")).toBe("William Manchester");
		expect(speakerOf(got, "Occasionally he stumbled")).toBe("Winston Spencer Churchill");
		expect(speakerOf(got, "This report, by its very")).toBe("Winston Spencer Churchill");
		expect(speakerOf(got, "He did not live in the p")).toBe("William Manchester");
	});
});

describe("attributions in the forms notes use", () => {
	it("reads a blockquote excerpt ending with '— Name' without quote marks", () => {
		expect(speakers("# T\n\n> Victory belongs to the most persevering. — Napoleon\n")).toEqual([
			["Victory belongs to the most persevering.", "Napoleon"],
		]);
	});

	it("reads 'as X put it', 'In X's words', 'According to X (1966)' and an attribution on the next line", () => {
		const note = [
			"# Waterloo",
			"",
			'As Wellington put it, "It has been a damned nice thing, the nearest run thing you ever saw."',
			"",
			'In Churchill\'s words "we shall fight on the beaches, we shall never surrender."',
			"",
			'According to Chandler (1966), "Napoleon was the greatest soldier of his age, perhaps of any age."',
			"",
			'"The battle of Waterloo was won on the playing fields of Eton."',
			"— Duke of Wellington",
		].join("\n");
		const got = speakers(note);
		expect(got).toHaveLength(4);
		expect(speakerOf(got, "It has been a damned")).toBe("Wellington");
		expect(speakerOf(got, "we shall fight")).toBe("Churchill");
		expect(speakerOf(got, "Napoleon was the greatest")).toBe("Chandler");
		expect(speakerOf(got, "The battle of Waterloo")).toBe("Duke of Wellington");
	});

	it("never takes a pronoun or markup for a speaker", () => {
		const note = [
			"# Notes",
			"",
			'He said "we are going to win this war for certain, whatever it costs us."',
			"",
			'"Ask not what your country can do for you, ask what you can do." — **[[John F. Kennedy|Kennedy]]**',
		].join("\n");
		for (const [, s] of speakers(note)) {
			expect(s === undefined || /^[\p{Lu}][\p{L}. '-]+$/u.test(s)).toBe(true);
			expect(s ?? "").not.toMatch(/^(?:he|she|they)$/i);
		}
		expect(speakerOf(speakers(note), "Ask not what")).toBe("Kennedy");
	});
});
