import { describe, expect, test } from "vitest";
import { checkAnswer, longestIncreasing } from "../../../src/core/quiz";
import type { Question } from "../../../src/core/quiz/types";

function q(kind: Question["kind"], answer: string, extra: Partial<Question> = {}): Question {
	return {
		id: "x",
		kind,
		prompt: "p ____",
		answer,
		itemId: "i",
		briefPath: "b.md",
		source: { path: "b.md", line: 1 },
		...extra,
	};
}

describe("typed text answers", () => {
	const cloze = q("cloze", "The Roosevelt-Litvinov agreements");
	test.each([
		["roosevelt litvinov agreements", "right"],
		["Roosevelt–Litvinov Agreements!", "right"],
		["the roosevelt-litvinov agreements", "right"],
		["Roosevelt-Litvinof agreements", "close"],
		["Roosvelt-Litvinov agreements", "close"],
		["Stalin", "wrong"],
		["", "wrong"],
		["   ", "wrong"],
	])("%s -> %s", (typed, grade) => {
		expect(checkAnswer(cloze, typed).grade).toBe(grade);
	});

	test("a close answer says what differed", () => {
		const r = checkAnswer(q("cloze", "Litvinov"), "Litvinof");
		expect(r.grade).toBe("close");
		expect(r.note).toContain("litvinof");
		expect(r.note).toContain("litvinov");
		expect(r.expected).toBe("Litvinov");
	});

	test("typo budget is max(1, floor(0.15 len))", () => {
		expect(checkAnswer(q("cloze", "Japan"), "Japn").grade).toBe("close");
		expect(checkAnswer(q("cloze", "Japan"), "Jpn").grade).toBe("wrong");
		// 20 letters: 3 edits allowed, 4 not.
		const long = q("cloze", "abcdefghijklmnopqrst");
		expect(checkAnswer(long, "abcdefghijklmnopqXYZ").grade).toBe("close");
		expect(checkAnswer(long, "abcdefghijklmnopWXYZ").grade).toBe("wrong");
		// A transposition is one edit.
		expect(checkAnswer(q("cloze", "Bolshevik"), "Bolshveik").grade).toBe("close");
	});

	test("accents and case are ignored", () => {
		expect(checkAnswer(q("cloze", "Pétain"), "petain").grade).toBe("right");
		expect(checkAnswer(q("cloze", "Molotov"), "MOLOTOV").grade).toBe("right");
		expect(checkAnswer(q("cloze", "Gentleman's Agreement"), "gentlemans agreement").grade).toBe("right");
	});

	test("aliases from parentheses", () => {
		const t = q("cloze", "Union of Soviet Socialist Republics (USSR)");
		expect(checkAnswer(t, "USSR").grade).toBe("right");
		expect(checkAnswer(t, "the Union of Soviet Socialist Republics").grade).toBe("right");
		expect(checkAnswer(t, "Union of Soviet Socialist Republics (USSR)").grade).toBe("right");
		expect(checkAnswer(t, "NATO").grade).toBe("wrong");
	});

	test("accepted forms count", () => {
		expect(checkAnswer(q("cloze", "Leningrad", { accepted: ["St Petersburg"] }), "st. petersburg").grade).toBe(
			"right",
		);
	});

	test("a year inside a cloze is checked as a year", () => {
		expect(checkAnswer(q("cloze", "1917"), "1918").grade).toBe("close");
		expect(checkAnswer(q("cloze", "1917"), "1917 AD").grade).toBe("right");
	});
});

describe("years", () => {
	test.each([
		["1933", "1933", "right"],
		["1933", "1933 AD", "right"],
		["1933", "AD 1933", "right"],
		["1933", "1933 ce", "right"],
		["1933", "1934", "close"],
		["1933", "1932", "close"],
		["1933", "1935", "wrong"],
		["1933", "nineteen", "wrong"],
		["44 BC", "44 BC", "right"],
		["44 BC", "44 bce", "right"],
		["44 BC", "44 B.C.", "right"],
		["44 BC", "45 BC", "close"],
		["44 BC", "43 BC", "close"],
		["44 BC", "44", "wrong"],
		["44 BC", "44 AD", "wrong"],
		["1 BC", "AD 1", "close"],
		["14", "AD 14", "right"],
	])("date-typed %s <- %s = %s", (answer, typed, grade) => {
		expect(checkAnswer(q("date-typed", answer), typed).grade).toBe(grade);
	});

	test("off by one is explained", () => {
		const r = checkAnswer(q("date-typed", "1933"), "1934");
		expect(r.note).toMatch(/off by one/);
		expect(r.note).toContain("1934");
	});

	test("a wrong option in date-choice is wrong even when one year off", () => {
		const d = q("date-choice", "1933", { options: ["1930", "1933", "1934", "1939"] });
		expect(checkAnswer(d, "1934").grade).toBe("wrong");
		expect(checkAnswer(d, "1933").grade).toBe("right");
	});
});

describe("choice, order and match", () => {
	test("choice answers compare normalised", () => {
		const t = q("term-choice", "Gentleman's Agreement", { options: ["Gentleman's Agreement", "Background"] });
		expect(checkAnswer(t, "Gentleman's Agreement").grade).toBe("right");
		expect(checkAnswer(t, "Background").grade).toBe("wrong");
		const tf = q("true-false", "False", { options: ["True", "False"] });
		expect(checkAnswer(tf, "false").grade).toBe("right");
		expect(checkAnswer(tf, "True").grade).toBe("wrong");
	});

	test("order: longest correctly ordered subsequence / n", () => {
		const items = ["a", "b", "c"];
		const o = q("order", items.join("\n"), { items, options: ["c", "a", "b"] });
		expect(checkAnswer(o, ["a", "b", "c"])).toMatchObject({ grade: "right", score: 1 });
		expect(checkAnswer(o, ["b", "a", "c"]).score).toBeCloseTo(2 / 3);
		expect(checkAnswer(o, ["c", "b", "a"]).score).toBeCloseTo(1 / 3);
		expect(checkAnswer(o, ["c", "b", "a"]).grade).toBe("wrong");
		expect(checkAnswer(o, ["a", "a", "a"]).score).toBeCloseTo(1 / 3);
		expect(checkAnswer(o, "a b c").grade).toBe("wrong");
	});

	test("longestIncreasing", () => {
		expect(longestIncreasing([])).toBe(0);
		expect(longestIncreasing([3, 1, 2, 5, 4])).toBe(3);
		expect(longestIncreasing([0, 1, 2, 3, 4])).toBe(5);
	});

	test("match: share of pairs right", () => {
		const pairs = [
			{ left: "A", right: "1" },
			{ left: "B", right: "2" },
			{ left: "C", right: "3" },
			{ left: "D", right: "4" },
		];
		const m = q("match", "", { pairs });
		expect(checkAnswer(m, pairs)).toMatchObject({ grade: "right", score: 1 });
		const swapped = [pairs[0], pairs[1], { left: "C", right: "4" }, { left: "D", right: "3" }];
		expect(checkAnswer(m, swapped)).toMatchObject({ grade: "wrong", score: 0.5 });
		const dup = [pairs[0], pairs[0], pairs[0], pairs[0]];
		expect(checkAnswer(m, dup).score).toBe(0.25);
		expect(checkAnswer(m, "A1").grade).toBe("wrong");
	});

	test("wrong response shapes never throw", () => {
		const kinds: Question["kind"][] = [
			"date-choice",
			"date-typed",
			"cloze",
			"term-choice",
			"match",
			"order",
			"which-brief",
			"true-false",
		];
		for (const kind of kinds) {
			for (const r of ["", "x", [], ["x"], [{ left: "x", right: "y" }]]) {
				expect(() => checkAnswer(q(kind, "1933"), r)).not.toThrow();
			}
		}
	});
});
