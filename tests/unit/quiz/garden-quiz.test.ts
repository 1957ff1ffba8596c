/**
 * Garden quiz pages built through the quiz gate (gardenQuizFor): choices visible with only the answer folded,
 * match terms listed, order answers with their dates, no duplicate questions, and no quiz page nor index link
 * for a brief with no good question.
 */
import { describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/vault";
import { buildGardenPages, gardenQuizFor } from "../../../src/core/garden";
import type { GardenPage } from "../../../src/core/garden/types";
import { makeBrief } from "./fixtures";

const TODAY = { year: 2026, month: 12, day: 4 };
const root = `${process.cwd()}/tests/fixtures/quiz-golden/briefs`;
const vault = loadVault(root, { all: true, keepText: false });
const example = loadVault(`${process.cwd()}/examples/vault`, { all: true, keepText: false });
const notesOf = (v: typeof vault) =>
	v.briefs.map((b) => ({ path: b.path, publish: b.publish, hidden: false, exists: true }));

function pages(v: typeof vault): GardenPage[] {
	return buildGardenPages({
		briefs: v.briefs,
		notes: notesOf(v),
		resolveLink: () => null,
		options: { folder: "Study", publishKey: "dg-publish" },
		quizFor: gardenQuizFor(30, TODAY),
	});
}

describe("garden quiz pages through the gate", () => {
	const built = pages(vault);
	const athens = built.find((p) => p.path.includes("Athens and the Persian Wars - quiz"))!.content;

	it("shows every question open with its choices; only the answer is folded", () => {
		expect(athens).not.toMatch(/> \[!question\]-/);
		expect(athens).toMatch(/> \[!question\] 1\. /);
		expect(athens).toContain("> > [!success]- Answer");
		expect(athens).toContain("*Athens and the Persian Wars › Key Facts*");
	});

	it("lists the terms of a match question, numbered, above the lettered definitions", () => {
		const match = athens.split("> [!question]").find((c) => c.includes("Match each term"));
		expect(match).toBeDefined();
		expect(match).toMatch(/> 1\. \S/);
		expect(match).toMatch(/> - A\) \S/);
	});

	it("never repeats a question or a fact on one page", () => {
		for (const p of built.filter((x) => x.kind === "quiz")) {
			const prompts = p.content
				.split("\n")
				.filter((l) => l.startsWith("> [!question]"))
				.map((l) => l.replace(/^> \[!question\] \d+\. /, ""));
			expect(new Set(prompts).size).toBe(prompts.length);
		}
	});

	it("a published brief whose only dated line is an open question gets no quiz page and no Quiz link", () => {
		const open = makeBrief({
			path: "Ancient Greece/Open questions.md",
			title: "Open questions",
			events: [
				[
					3,
					"Did Themistocles really plan the retreat at Salamis in 480 BC?",
					{
						start: { year: -479 },
						end: { year: -479 },
						precision: "year",
						approximate: false,
						text: "480 BC",
						label: "480 BC",
					},
				],
			],
		});
		const v = { ...vault, briefs: [...vault.briefs, open] };
		const ex = pages(v);
		expect(ex.some((p) => p.kind === "quiz" && p.path.includes("Open questions"))).toBe(false);
		const row = ex
			.find((p) => p.kind === "index")!
			.content.split("\n")
			.find((l) => l.includes("Open questions"));
		expect(row).toBeDefined();
		expect(row).not.toContain("Quiz");
		expect(ex.some((p) => p.kind === "quiz" && p.path.includes("Athens"))).toBe(true);
	});

	it("no quiz page and no index link for a brief without a good question", () => {
		const ex = pages(example);
		const quizPages = ex.filter((p) => p.kind === "quiz").map((p) => p.path);
		// The draft's only line is an open question: no quiz for it. Every other brief keeps its page.
		for (const b of example.briefs.filter((x) => x.publish)) {
			const name = b.path.slice(b.path.lastIndexOf("/") + 1).replace(/\.md$/, "");
			const has = quizPages.some((p) => p.includes(`${name} - quiz`));
			const questions = gardenQuizFor(30, TODAY)(
				b,
				example.briefs.filter((x) => x.publish),
			);
			expect(has, b.path).toBe(questions.length > 0);
			const idx = ex.find((p) => p.kind === "index")!.content;
			const row = idx.split("\n").find((l) => l.includes(`|${b.title}]]`) || l.includes(`[[${name}]]`));
			if (row) expect(row.includes("Quiz"), b.path).toBe(questions.length > 0);
		}
	});
});
