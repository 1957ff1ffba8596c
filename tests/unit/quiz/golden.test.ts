/**
 * The hand-rated golden set (tests/fixtures/quiz-golden/golden.json): candidate questions from 16 of our own
 * briefs (example vault, tests/fixtures briefs, the own seed, tests/fixtures/quiz-golden/briefs) at seeds 1-6, each with a rubric verdict and the
 * failed criteria. Questions rated bad must stay gone; the share of good questions must hold. A blind re-rating of
 * 310 of them (rerate-2026-12.tsv: 269 agreed with the stored verdict; 16 stored verdicts were wrong and fixed) is
 * checked below. The real public notes have their own set: golden-real.test.ts.
 */
import { readFileSync, readdirSync } from "node:fs";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { loadVault } from "../../../src/cli/vault";
import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { allQuestions, generateQuiz } from "../../../src/core/quiz";
import { gateQuestion, gateQuiz } from "../../../src/core/quiz/gate";
import type { Question } from "../../../src/core/quiz/types";
import { BRIEF_FIXTURES, FIXTURES, OWN_SEED_BRIEF } from "../../fixtures/paths";

interface Golden {
	brief: string;
	kind: string;
	prompt: string;
	options?: string[];
	answer: string;
	verdict: "good" | "bad";
	failed: string[];
}
const TODAY = { year: 2026, month: 12, day: 4 };
const golden: Golden[] = JSON.parse(readFileSync(`${FIXTURES}/quiz-golden/golden.json`, "utf8")) as Golden[];
const keyOf = (brief: string, q: { kind: string; prompt: string; options?: string[]; answer: string }) =>
	JSON.stringify([brief, q.kind, q.prompt, q.options ?? null, q.answer]);
const rating = new Map(golden.map((g) => [keyOf(g.brief, g), g]));
/**
 * Rated bad by hand and still generated; each needs knowledge no general rule has (listed in the README):
 * - "1450 Mycenaeans take Knossos" is read as AD by the date engine (its issue, not the quiz's).
 * - "with ____ support" after "Secretary of State George Marshall" is answered by the sentence itself.
 * - "Japanese expansionism in ____" (Asia) and "A ____ crowd seized the fortress" (Paris, the Bastille) are
 *   guessable only with world knowledge: Japan is in Asia, the Bastille in Paris; so is "Germany became the
 *   strongest power in ____" (Europe).
 * - "Triumvirate … formed c. ____ BC" with a distractor after 44 BC: Caesar's murder is dated on another line of
 *   the brief; a rule would have to tie each person to the dates of their life.
 */
const KNOWN_OPEN = new Set([
	"____ Mycenaeans take Knossos",
	"The Harvard Address: In June 1947 Secretary of State George Marshall proposed that the Europeans draw up a joint plan for recovery, with ____ support.",
	"Roosevelt hoped that recognition of the Soviet Union would serve U.S. strategic interests by limiting Japanese expansionism in ____.",
	"Germany became the strongest power in ____",
	"Storming of the Bastille: A ____ crowd seized the fortress on 14 July 1789 looking for gunpowder.",
	"Triumvirate: An informal alliance of Caesar, Pompey and Crassus formed c. ____ BC.",
	// A cloze on the fixed phrase "member of Parliament" (issue 18's glossary brief): a cloze rule, not a term one.
	"Rotten borough: a constituency with almost no voters that still elected a member of ____",
]);

const parseYaml = (t: string) => load(t);
const groups: Brief[][] = [
	loadVault(`${process.cwd()}/examples/vault`, { all: true, keepText: false }).briefs,
	loadVault(`${FIXTURES}/quiz-golden/briefs`, { all: true, keepText: false }).briefs,
	readdirSync(BRIEF_FIXTURES)
		.filter((n) => n.endsWith(".md"))
		.sort()
		.map((n) =>
			parseBrief({ path: `fixtures/${n}`, text: readFileSync(`${BRIEF_FIXTURES}/${n}`, "utf8") }, { parseYaml }),
		),
	[
		parseBrief(
			{ path: "own-seed/marshall-plan-brief.md", text: readFileSync(OWN_SEED_BRIEF, "utf8") },
			{ parseYaml },
		),
	],
];
const cases = groups.flatMap((g) =>
	g.map((b) => ({ brief: b, siblings: g.filter((s) => s.path !== b.path && s.course === b.course) })),
);

function share(qs: Array<{ brief: string; q: Question }>): { good: number; total: number; unrated: string[] } {
	let good = 0;
	const unrated: string[] = [];
	for (const { brief, q } of qs) {
		const r = rating.get(keyOf(brief, q));
		if (!r) unrated.push(q.prompt);
		else if (r.verdict === "good") good++;
	}
	return { good, total: qs.length, unrated };
}

describe("golden set", () => {
	test("the blind re-rating of 310 questions is recorded and its final verdicts are the stored ones", () => {
		const lines = readFileSync(`${FIXTURES}/quiz-golden/rerate-2026-12.tsv`, "utf8")
			.trim()
			.split("\n")
			.slice(1)
			.map((l) => l.split("\t"));
		expect(lines.length).toBeGreaterThanOrEqual(300);
		expect(new Set(lines.map((l) => l[1])).size).toBe(7);
		let agreeBefore = 0;
		for (const [line, kind, brief, blind, , , before, final] of lines) {
			const g = golden[Number(line) - 2];
			expect([g.kind, g.brief, g.verdict], line).toEqual([kind, brief, final]);
			if (blind === before) agreeBefore++;
		}
		expect(agreeBefore / lines.length).toBeGreaterThan(0.85);
	});

	test("has at least 400 rated questions from at least 12 briefs, each with its verdict", () => {
		expect(golden.length).toBeGreaterThanOrEqual(400);
		expect(new Set(golden.map((g) => g.brief)).size).toBeGreaterThanOrEqual(12);
		for (const g of golden)
			expect(g.verdict === "good" ? g.failed.length === 0 : g.failed.length > 0, g.prompt).toBe(true);
		expect(golden.filter((g) => g.verdict === "bad").length).toBeGreaterThan(50);
	});

	test("every question rated bad stays gone (seeds 1-6, whole pool)", () => {
		const bad = new Set(
			golden.filter((g) => g.verdict === "bad" && !KNOWN_OPEN.has(g.prompt)).map((g) => keyOf(g.brief, g)),
		);
		for (const { brief, siblings } of cases) {
			for (let seed = 1; seed <= 6; seed++) {
				for (const q of [...allQuestions(brief, { seed, today: TODAY, siblings }).values()].flat()) {
					expect(bad.has(keyOf(brief.path, q)), `${brief.path}: ${q.prompt} → ${q.answer}`).toBe(false);
				}
			}
		}
	});

	test("the gate reports no defect over the example vault and golden briefs at seeds 1-5", () => {
		for (const { brief, siblings } of cases) {
			for (let seed = 1; seed <= 5; seed++) {
				const qs = generateQuiz(brief, { seed, today: TODAY, siblings });
				for (const q of qs) expect(gateQuestion(q, { brief, siblings, today: TODAY }), q.prompt).toEqual([]);
				expect(gateQuiz(qs)).toEqual([]);
			}
		}
	});

	test("good share: ≥ 90 % at the default size, ≥ 80 % over the pool, no kind below 75 %", () => {
		const quiz: Array<{ brief: string; q: Question }> = [];
		const pool: Array<{ brief: string; q: Question }> = [];
		for (const { brief, siblings } of cases) {
			for (let seed = 1; seed <= 6; seed++) {
				for (const q of generateQuiz(brief, { seed, today: TODAY, siblings }))
					quiz.push({ brief: brief.path, q });
				for (const q of [...allQuestions(brief, { seed, today: TODAY, siblings }).values()].flat())
					pool.push({ brief: brief.path, q });
			}
		}
		const d = share(quiz);
		const p = share(pool);
		expect(d.unrated, "every generated question is rated").toEqual([]);
		expect(p.unrated).toEqual([]);
		expect(d.good / d.total).toBeGreaterThanOrEqual(0.9);
		expect(p.good / p.total).toBeGreaterThanOrEqual(0.8);
		const kinds = new Set(pool.map((x) => x.q.kind));
		for (const k of kinds) {
			const s = share(pool.filter((x) => x.q.kind === k));
			expect(s.good / s.total, k).toBeGreaterThanOrEqual(0.75);
		}
	});
});
