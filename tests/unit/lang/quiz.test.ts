import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { allQuestions, generateQuiz } from "../../../src/core/quiz";
import { checkAnswer } from "../../../src/core/quiz/check";
import { parseYear } from "../../../src/core/quiz/years";
import { QUIZ_MESSAGES, localYear, quizMessages } from "../../../src/core/quiz/messages";
import type { Question } from "../../../src/core/quiz/types";
import { LANGS } from "../../../src/core/lang/lang";

const PATH = "Histoire/La Première Guerre mondiale.md";
const TEXT = readFileSync(`examples/vault/${PATH}`, "utf8");
const TODAY = { year: 2026, month: 12, day: 4 };

describe("a quiz from the French example brief", () => {
	const brief = parseBrief({ path: PATH, text: TEXT });
	const all = [...allQuestions(brief, { seed: 7, today: TODAY }).values()].flat();
	it("has questions of several kinds, each marked French", () => {
		expect(brief.lang).toBe("fr");
		expect(new Set(all.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
		expect(all.every((q) => q.lang === "fr")).toBe(true);
	});
	it("asks in French: no English prompt words", () => {
		const english = /\b(?:Which|What is|Who said|True or false|Match each|Put these|earliest)\b/;
		for (const q of all) expect(q.prompt).not.toMatch(english);
		const prompts = all.map((q) => q.prompt);
		expect(prompts).toContain("Associez chaque terme à sa définition.");
		// Issue 18: "What is X?" needs 3 same-kind distractors; this brief has two other events, so it asks none.
		expect(prompts.some((p) => p.startsWith("Vrai ou faux ? "))).toBe(true);
		expect(quizMessages("fr").whatIs("Poilu")).toBe("Qu'est-ce que « Poilu » ?");
		expect(quizMessages("fr").whoWas("Clemenceau")).toBe("Qui était Clemenceau ?");
	});
	it("true/false questions offer Vrai and Faux and pass the gate in French", () => {
		const tf = all.filter((q) => q.kind === "true-false");
		expect(tf.length).toBeGreaterThan(0);
		for (const q of tf) {
			expect(q.options).toEqual(["Vrai", "Faux"]);
			expect(["Vrai", "Faux"]).toContain(q.answer);
			expect(q.prompt.startsWith("Vrai ou faux ? ")).toBe(true);
		}
	});
	it("the same brief in English words when its language is English", () => {
		const en = parseBrief({ path: PATH, text: TEXT.replace("lang: fr", "lang: en") });
		const qs = generateQuiz(en, { seed: 7, today: TODAY });
		expect(qs.every((q) => q.lang === undefined)).toBe(true);
		expect(qs.some((q) => q.kind === "match" && q.prompt === "Match each term with its definition.")).toBe(true);
	});
});

function q(over: Partial<Question>): Question {
	return {
		id: "b#x/v",
		kind: "date-typed",
		prompt: "En ____ (av. J.-C.)",
		answer: "44 av. J.-C.",
		itemId: "x",
		briefPath: "b.md",
		source: { path: "b.md", line: 0 },
		lang: "fr",
		...over,
	};
}

describe("feedback in the question's language", () => {
	it("off by one year, and a bare number read as BC when the stem shows the era", () => {
		expect(checkAnswer(q({}), "44").grade).toBe("right");
		expect(checkAnswer(q({}), "44 av. J.-C.").grade).toBe("right");
		expect(checkAnswer(q({}), "45 av. J.-C.").note).toBe(
			"à un an près : vous avez écrit 45 av. J.-C., c'est 44 av. J.-C.",
		);
		expect(checkAnswer(q({}), "hier").note).toBe("ce n'est pas une année");
	});
	it("order and match scores", () => {
		const order = q({ kind: "order", answer: "a\nb\nc", items: ["a", "b", "c"], lang: "de" });
		expect(checkAnswer(order, ["a", "c", "b"]).note).toBe("2 von 3 in der richtigen Reihenfolge");
		const match = q({
			kind: "match",
			pairs: [
				{ left: "x", right: "1" },
				{ left: "y", right: "2" },
			],
			lang: "es",
		});
		expect(
			checkAnswer(match, [
				{ left: "x", right: "1" },
				{ left: "y", right: "1" },
			]).note,
		).toBe("1 de 2 parejas correctas");
	});
	it("a typo in a typed answer", () => {
		const cloze = q({ kind: "cloze", prompt: "… ____ …", answer: "Clemenceau", lang: "it" });
		expect(checkAnswer(cloze, "Clemenceua").note).toBe("piccolo refuso: «clemenceua» invece di «clemenceau»");
	});
	it("English questions keep their English feedback", () => {
		expect(checkAnswer(q({ prompt: "In ____ (BC)", answer: "44 BC", lang: undefined }), "45 BC").note).toBe(
			"off by one year: you wrote 45 BC, it is 44 BC",
		);
	});
});

describe("years in every language", () => {
	it.each([
		["44 av. J.-C.", -43],
		["44 v. Chr.", -43],
		["44 a. C.", -43],
		["44 a.C.", -43],
		["vers 1150", 1150],
		["1914", 1914],
		["44 BC", -43],
	])("parseYear(%s)", (text, year) => {
		expect(parseYear(text)).toBe(year);
	});
	it("year labels: BC in the language, AD years alike", () => {
		expect(localYear("44 BC", "fr")).toBe("44 av. J.-C.");
		expect(localYear("44 BC", "de")).toBe("44 v. Chr.");
		expect(localYear("1914", "es")).toBe("1914");
		expect(localYear("44 BC", undefined)).toBe("44 BC");
	});
	it("every language has a catalogue, and an unknown one falls back to English", () => {
		for (const l of LANGS) expect(QUIZ_MESSAGES[l]).toBeDefined();
		expect(quizMessages(undefined)).toBe(QUIZ_MESSAGES.en);
		for (const l of LANGS) expect(parseYear(`44 ${QUIZ_MESSAGES[l].bc}`)).toBe(-43);
	});
});
