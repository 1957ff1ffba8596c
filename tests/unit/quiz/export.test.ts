import { describe, expect, test } from "vitest";
import { generateQuiz, quizToJson, toAnkiTsv, toSpacedRepetitionNote } from "../../../src/core/quiz";
import { SEED, SIBLING_A, TODAY } from "./fixtures";

const qs = generateQuiz(SEED, { seed: 11, today: TODAY, siblings: [SIBLING_A], count: 12 });

describe("exports", () => {
	test("quizToJson has the documented shape and survives JSON", () => {
		const json = quizToJson(SEED, 11, qs);
		expect(json.brief).toBe(SEED.path);
		expect(json.seed).toBe(11);
		expect(json.questions).toHaveLength(qs.length);
		for (const [i, q] of json.questions.entries()) {
			// The README's shape: id, kind, prompt, options?, answer, accepted?, pairs?, items?, where?, source.
			const src = qs[i];
			const optional = {
				options: src.options,
				accepted: src.accepted?.length ? src.accepted : undefined,
				pairs: src.pairs,
				items: src.items,
				where: src.where,
			};
			const present = Object.entries(optional)
				.filter(([, v]) => v !== undefined)
				.map(([k]) => k);
			expect(Object.keys(q)).toEqual([
				"id",
				"kind",
				"prompt",
				...present.filter((k) => k === "options"),
				"answer",
				...present.filter((k) => k !== "options"),
				"source",
			]);
			expect(q.source).toEqual({ path: SEED.path, line: qs[i].source.line });
		}
		const kinds = new Set(json.questions.map((q) => q.kind));
		// The fixture quiz has the optional fields the CLI ships, so the test sees them.
		expect(json.questions.some((q) => q.pairs || q.items)).toBe(kinds.has("match") || kinds.has("order"));
		expect(json.questions.some((q) => q.where)).toBe(true);
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	test("Anki TSV: one card a line, three tab-separated fields, no raw newlines inside fields", () => {
		const tsv = toAnkiTsv(qs);
		const lines = tsv.trimEnd().split("\n");
		expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags"]);
		const cards = lines.slice(3);
		expect(cards).toHaveLength(qs.length);
		for (const [i, line] of cards.entries()) {
			const fields = line.split("\t");
			expect(fields).toHaveLength(3);
			const escaped = qs[i].prompt
				.replace(/&/g, "&amp;")
				.replace(/</g, "&lt;")
				.replace(/>/g, "&gt;")
				.replace(/"/g, "&quot;");
			expect(fields[0].startsWith(escaped.replace(/\n/g, "<br>"))).toBe(true);
			expect(fields[1]).toContain(`${SEED.path}:${qs[i].source.line + 1}`);
			expect(fields[2]).toBe(`study-briefs ${qs[i].kind}`);
		}
	});

	test("Anki TSV escapes note text: Anki reads the file as HTML", () => {
		const hostile = {
			...qs[0],
			prompt: "In 1917 <script>alert(1)</script> & <b>bold</b>",
			answer: "<img src=x onerror=alert(1)>",
		};
		const card = toAnkiTsv([hostile]).trimEnd().split("\n")[3];
		expect(card).not.toMatch(/<script|<img|<b>/);
		expect(card).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
		expect(card).toContain("&lt;img src=x onerror=alert(1)&gt;");
	});

	test("Spaced Repetition note: `question::answer` lines", () => {
		const note = toSpacedRepetitionNote(qs, SEED.title);
		const lines = note.trimEnd().split("\n");
		expect(lines[0]).toBe(`# ${SEED.title}`);
		expect(lines).toContain("#flashcards");
		const cards = lines.filter((l) => l.includes("::"));
		expect(cards).toHaveLength(qs.length);
		for (const [i, card] of cards.entries()) {
			expect(card.split("::")).toHaveLength(2);
			expect(card.endsWith(`::${qs[i].answer.replace(/\n/g, " / ")}`)).toBe(true);
		}
	});

	test("tabs, newlines and :: in text cannot break a card", () => {
		const q = {
			...qs[0],
			kind: "cloze" as const,
			prompt: "a\tb\nc :: ____",
			answer: "x::y\nz",
			options: undefined,
		};
		expect(toAnkiTsv([q]).trimEnd().split("\n").slice(3)[0].split("\t")).toHaveLength(3);
		const line = toSpacedRepetitionNote([q], "T").trimEnd().split("\n").pop()!;
		expect(line.split("::")).toHaveLength(2);
	});
});
