/** Quizzes from the project's own briefs, parsed (the shared seed and corpus: tests/shared/real-briefs.test.ts). */
import { readdirSync, readFileSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { generateQuiz } from "../../../src/core/quiz";
import { BRIEF_FIXTURES, OWN_SEED_BRIEF, OWN_SEED_NAME } from "../../fixtures/paths";
import { TODAY } from "./fixtures";
import { checkQuiz } from "./invariants";

const parseYaml = (t: string) => load(t);
const seedBrief = parseBrief({ path: OWN_SEED_NAME, text: readFileSync(OWN_SEED_BRIEF, "utf8") }, { parseYaml });
const fixtures = readdirSync(BRIEF_FIXTURES)
	.filter((n) => n.endsWith(".md"))
	.sort()
	.map((n) => parseBrief({ path: n, text: readFileSync(`${BRIEF_FIXTURES}/${n}`, "utf8") }, { parseYaml }));

describe("quizzes from the project's own parsed briefs", () => {
	test("the seed-format brief gives a full quiz of several kinds", () => {
		const qs = generateQuiz(seedBrief, { seed: 1, today: TODAY });
		expect(qs.length).toBeGreaterThanOrEqual(5);
		expect(new Set(qs.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
	});

	test("seed-format brief: invariants over 300 seeds", () => {
		for (let seed = 0; seed < 300; seed++) {
			const count = 1 + (seed % 15);
			checkQuiz(generateQuiz(seedBrief, { seed, count, today: TODAY }), seedBrief, TODAY, count, []);
		}
	});

	test("every own fixture brief: invariants over many seeds, with the others as siblings", () => {
		const all = [seedBrief, ...fixtures];
		expect(all.length).toBeGreaterThanOrEqual(7);
		let questions = 0;
		for (const brief of all) {
			const siblings = all.filter((b) => b.path !== brief.path);
			for (let seed = 0; seed < 24; seed++) {
				const count = 4 + (seed % 12);
				const qs = generateQuiz(brief, { seed, count, today: TODAY, siblings: seed % 2 ? siblings : [] });
				checkQuiz(qs, brief, TODAY, count, seed % 2 ? siblings : []);
				questions += qs.length;
			}
		}
		expect(questions).toBeGreaterThan(300);
	});
});
