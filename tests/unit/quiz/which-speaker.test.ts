/**
 * Issue 17: which-speaker questions ("Who said this?") only when the note names the speaker at the quote,
 * never for a speaker inferred from the note's subject or a book's author, and only among people the brief
 * quotes (at least three).
 */
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { allQuestions } from "../../../src/core/quiz";
import { gateQuestion } from "../../../src/core/quiz/gate";
import type { Question } from "../../../src/core/quiz/types";

const TODAY = { year: 2026, month: 12, day: 4 };

function speakerQuestions(text: string): Question[] {
	const brief = parseBrief({ path: "n.md", text });
	return allQuestions(brief, { seed: 1, today: TODAY, siblings: [] }).get("which-speaker") ?? [];
}

const THREE = [
	"# Rome",
	"",
	"## Key Quotes",
	'- "I came, I saw, I conquered, and Rome heard of it." — Caesar',
	'- "Men willingly believe what they wish to believe." — Julius Caesar',
	'- "I found Rome a city of bricks and left it a city of marble." — Augustus',
	'- "The more laws, the more corrupt the state becomes." — Tacitus',
].join("\n");

describe("which-speaker questions", () => {
	it("asks who said a quote among the people the brief quotes, one option per person", () => {
		const qs = speakerQuestions(THREE);
		expect(qs.length).toBe(4);
		const q = qs.find((x) => x.prompt.includes("Men willingly"))!;
		expect(q.answer).toBe("Julius Caesar");
		expect([...q.options!].sort()).toEqual(["Augustus", "Julius Caesar", "Tacitus"]);
	});

	it("needs three different people: two give no question", () => {
		expect(speakerQuestions(THREE.split("\n").slice(0, 6).join("\n"))).toEqual([]);
	});

	it("never asks a quote whose speaker is only inferred from the note's subject", () => {
		const bio = [
			"# Napoleon Bonaparte",
			"",
			"Napoleon rose in Corsica. Napoleon was crowned; Napoleon fell at Waterloo.",
			"",
			"## Quotes",
			'- "Never interrupt your enemy when he is making a mistake."',
			'- "It has been a damned nice thing, the nearest run thing." — Wellington',
			'- "Not tonight, Josephine, I am far too tired for that." — Josephine',
			'- "The battle of Waterloo was won on the playing fields of Eton." — Duke of Wellington',
			'- "History is a set of lies agreed upon by everyone." — Voltaire',
		].join("\n");
		const brief = parseBrief({ path: "n.md", text: bio });
		const inferred = brief.quotes.find((q) => q.text.startsWith("Never interrupt"))!;
		expect(inferred.speaker).toBe("Napoleon Bonaparte");
		expect(inferred.speakerInferred).toBe(true);
		const qs = speakerQuestions(bio);
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.some((q) => q.prompt.includes("Never interrupt"))).toBe(false);
		expect(qs.every((q) => !q.options!.includes("Napoleon Bonaparte"))).toBe(true);
	});

	it("the gate rejects a quote that names one of the offered people", () => {
		const brief = parseBrief({ path: "n.md", text: THREE });
		const q: Question = {
			id: "n.md#x/which-speaker",
			kind: "which-speaker",
			prompt: 'Who said this? "Augustus found Rome a city of bricks."',
			options: ["Augustus", "Tacitus", "Julius Caesar"],
			answer: "Augustus",
			itemId: "x",
			briefPath: "n.md",
			source: { path: "n.md", line: 1 },
		};
		expect(gateQuestion(q, { brief, siblings: [], today: TODAY }).map((d) => d.rule)).toContain(
			"speaker-named-in-quote",
		);
	});

	it("asks in the note's language: a French note gets a French prompt, the gate goes by kind", () => {
		const fr = ["---", "lang: fr", "---", THREE].join("\n");
		const brief = parseBrief({ path: "n.md", text: fr });
		const qs = speakerQuestions(fr);
		expect(qs.length).toBe(4);
		for (const q of qs) {
			expect(q.lang).toBe("fr");
			expect(q.prompt).toMatch(/^Qui a dit cela \? « .+ »$/);
			expect(q.prompt).not.toContain("Who said");
		}
		const named = {
			...qs[0],
			prompt: "Qui a dit cela ? « Augustus found Rome a city of bricks. »",
			options: ["Augustus", "Tacitus", "Julius Caesar"],
		};
		expect(gateQuestion(named, { brief, siblings: [], today: TODAY }).map((d) => d.rule)).toContain(
			"speaker-named-in-quote",
		);
	});
});
