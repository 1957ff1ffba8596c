/** The CLI quiz with the gate: --kinds, match laid out as numbered terms and lettered definitions, the context line. */
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/index";
import type { CliIO } from "../../../src/cli/io";
import { describe as describeQuestion, parseKinds, toResponse } from "../../../src/cli/quiz";
import { checkAnswer } from "../../../src/core/quiz";
import type { Question } from "../../../src/core/quiz/types";

const GOLDEN = `${process.cwd()}/tests/fixtures/quiz-golden/briefs`;

async function run(args: string[], input: string[] = []) {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const queue = [...input];
	const io: CliIO = {
		out: (t) => stdout.push(t),
		err: (t) => stderr.push(t),
		ask: async () => (queue.length ? queue.shift()! : null),
	};
	const code = await main(args, io);
	return { code, out: stdout.join("\n"), err: stderr.join("\n") };
}

describe("quiz --kinds", () => {
	it("reads kind names, 'date' meaning both date kinds", () => {
		expect(parseKinds("date,cloze")).toEqual(["date-choice", "date-typed", "cloze"]);
		expect(parseKinds(" match , order ")).toEqual(["match", "order"]);
		expect(() => parseKinds("dates")).toThrow(/unknown kind "dates"/);
	});

	it("gives only the asked kinds, and refuses an unknown one with exit code 2", async () => {
		const { code, out } = await run([
			"quiz",
			"Early Modern/The Thirty Years War.md",
			"--vault",
			GOLDEN,
			"--json",
			"--seed",
			"2",
			"--kinds",
			"date,order",
		]);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { questions: Array<{ kind: string; where?: string }> };
		expect(json.questions.length).toBeGreaterThan(0);
		for (const q of json.questions) {
			expect(["date-choice", "date-typed", "order"]).toContain(q.kind);
			expect(q.where).toMatch(/^The Thirty Years' War/);
		}
		expect(
			(await run(["quiz", "Early Modern/The Thirty Years War.md", "--vault", GOLDEN, "--kinds", "essay"])).code,
		).toBe(2);
	});
});

describe("match in the terminal", () => {
	const q: Question = {
		id: "m",
		kind: "match",
		prompt: "Match each term with its definition.",
		pairs: [
			{ left: "Marathon", right: "In 490 BC the Athenians defeated a Persian landing force." },
			{ left: "Salamis", right: "Themistocles lured the Persian fleet into the straits." },
			{ left: "Plataea", right: "Pausanias defeated Mardonius, ending the invasion." },
			{ left: "Delian League", right: "An alliance against Persia founded in 478 BC." },
		],
		options: [
			"An alliance against Persia founded in 478 BC.",
			"In 490 BC the Athenians defeated a Persian landing force.",
			"Pausanias defeated Mardonius, ending the invasion.",
			"Themistocles lured the Persian fleet into the straits.",
		],
		answer: "",
		where: "Athens and the Persian Wars › Key Facts",
		itemId: "match:x",
		briefPath: "a.md",
		source: { path: "a.md", line: 1 },
	};

	it("numbers the terms and letters the definitions, under the context line", () => {
		const lines = describeQuestion(q);
		expect(lines[0]).toBe("(Athens and the Persian Wars › Key Facts)");
		expect(lines).toContain("  1. Marathon");
		expect(lines).toContain("  A. An alliance against Persia founded in 478 BC.");
		expect(lines.at(-1)).toContain("1B 2A");
	});

	it("reads '1B 2D 3C 4A' as the pairs", () => {
		expect(checkAnswer(q, toResponse(q, "1B 2D 3C 4A")).grade).toBe("right");
		expect(checkAnswer(q, toResponse(q, "1A 2D 3C 4B")).grade).not.toBe("right");
	});
});
