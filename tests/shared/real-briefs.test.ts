import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../src/core/brief";
import type { Brief } from "../../src/core/model";
import { generateQuiz } from "../../src/core/quiz";
import { CORPUS_DIR, SEED_BRIEF, SEED_DIR } from "../shims/test-paths";
import { TODAY } from "../unit/quiz/fixtures";
import { checkQuiz } from "../unit/quiz/invariants";

function markdownFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
		else if (name.endsWith(".md")) out.push(p);
	}
	return out;
}

function read(file: string, root: string): Brief {
	return parseBrief({ path: relative(root, file), text: readFileSync(file, "utf8") }, { parseYaml: (t) => load(t) });
}

const seedBrief = read(SEED_BRIEF, SEED_DIR);
const corpus = markdownFiles(CORPUS_DIR).map((f) => read(f, CORPUS_DIR));

describe("quizzes from parsed briefs", () => {
	test("the seed brief, parsed, gives a quiz of good questions only (issue 18: fewer, better)", () => {
		const qs = generateQuiz(seedBrief, { seed: 1, today: TODAY });
		// Its title shows 1933 and its labels are generic ("Background", "Reasons for Recognition"): the gate
		// leaves six questions, cloze and dates, and no term question.
		expect(qs.length).toBeGreaterThanOrEqual(5);
		expect(new Set(qs.map((q) => q.kind)).size).toBeGreaterThanOrEqual(2);
		expect(qs.some((q) => q.answer === "1933" || q.answer === "Reasons for Recognition")).toBe(false);
	});

	test("seed brief: invariants over 300 seeds", () => {
		for (let seed = 0; seed < 300; seed++) {
			const count = 1 + (seed % 15);
			checkQuiz(generateQuiz(seedBrief, { seed, count, today: TODAY }), seedBrief, TODAY, count, []);
		}
	});

	// checkQuiz runs the quiz gate on every question and the one-question-per-fact rule on every quiz.
	test(`every corpus note (${corpus.length}): invariants and the gate over many seeds, with course siblings`, () => {
		expect(corpus.length).toBeGreaterThan(40);
		let questions = 0;
		for (const brief of corpus) {
			const siblings = corpus.filter((b) => b.course === brief.course && b.path !== brief.path);
			for (let seed = 0; seed < 16; seed++) {
				const count = 4 + (seed % 12);
				const qs = generateQuiz(brief, { seed, count, today: TODAY, siblings: seed % 2 ? siblings : [] });
				checkQuiz(qs, brief, TODAY, count, seed % 2 ? siblings : []);
				questions += qs.length;
			}
		}
		expect(questions).toBeGreaterThan(700);
	});
});
