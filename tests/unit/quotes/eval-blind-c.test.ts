/**
 * Quote-reader evaluation on the third blind batch (tests/eval/quotes/labels-2026-12c.json, issue 17): real public
 * book and history notes from repositories that appear nowhere else in the project, labelled by hand before the
 * reader was run on them. None of them has a permissive licence, so the notes are not in the repository:
 * `node scripts/eval-fetch.mjs quotes` (or `--mirror DIR` on a machine without GitHub) fetches them into the
 * git-ignored cache at the commits SOURCES.tsv records, and the scores run on whatever is fetched. Prints recall,
 * precision and speaker accuracy; QUOTE_EVAL_VERBOSE=1 also lists every miss, extra quote and wrong speaker. Never
 * tune the reader on these notes: they stand for the notes the maintainers measure on.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { NoteLabels, Score } from "../../eval/quotes/score";
import { plain, report as reportBatch, ROOT, rows, run } from "./blind-eval";

const REPO = join(__dirname, "../../..");
const labelsOf = (name: string): NoteLabels[] =>
	(JSON.parse(readFileSync(join(ROOT, name), "utf8")) as { notes: NoteLabels[] }).notes;
const BATCH = labelsOf("labels-2026-12c.json");
const inRepo = BATCH.filter((n) => n.file.startsWith("notes/"));
const cachedFiles = BATCH.filter((n) => n.file.startsWith("cache/"));
const cached = cachedFiles.filter((n) => existsSync(join(ROOT, n.file)));
const fetched = [...inRepo, ...cached];

const QUOTE_SOURCES = rows(join(ROOT, "SOURCES.tsv"));
const sourceOf = (file: string): Record<string, string> | undefined => QUOTE_SOURCES.find((r) => r.file === file);
const repoOf = (file: string): string | undefined => sourceOf(file)?.repo;

const report = (name: string, s: Score) => reportBatch("2026-12c", name, s);

describe("blind quote batch (2026-12c)", () => {
	it("has at least 10 notes from 7 repositories and 80 labelled quotations, each note recorded in SOURCES.tsv at a commit", () => {
		expect(BATCH.length).toBeGreaterThanOrEqual(10);
		expect(BATCH.reduce((n, l) => n + l.quotes.length, 0)).toBeGreaterThanOrEqual(80);
		for (const n of BATCH) {
			expect(n.added, n.file).toBe("2026-12c");
			expect(sourceOf(n.file)?.commit ?? "", n.file).toMatch(/^[0-9a-f]{40}$/);
			expect(sourceOf(n.file)?.path, n.file).toBeTruthy();
		}
		expect(new Set(BATCH.map((n) => repoOf(n.file))).size).toBeGreaterThanOrEqual(7);
	});

	it("is blind: none of its repositories appears in any other evaluation set, fixture source list or quote label file", () => {
		const mine = new Set(BATCH.map((n) => repoOf(n.file)));
		const batchFiles = new Set(BATCH.map((n) => n.file));
		const others = [
			"tests/eval/dates/SOURCES.tsv",
			"tests/eval/dates-i18n/SOURCES.tsv",
			"tests/eval/lang/SOURCES.tsv",
			"tests/fixtures/quiz-golden/SOURCES.tsv",
			"tests/fixtures/quiz-golden/SOURCES-blind.tsv",
		]
			.filter((p) => existsSync(join(REPO, p)))
			.flatMap((p) => rows(join(REPO, p)).map((r) => r.repo));
		// Every other quote set: its rows in SOURCES.tsv, and the repositories of labels.json and labels-2026-12b.json.
		const quoteRows = QUOTE_SOURCES.filter((r) => !batchFiles.has(r.file)).map((r) => r.repo);
		const otherLabels = [...labelsOf("labels.json"), ...labelsOf("labels-2026-12b.json")];
		for (const n of otherLabels) expect(batchFiles.has(n.file), n.file).toBe(false);
		const labelRepos = otherLabels.map((n) => repoOf(n.file)).filter((r): r is string => !!r);
		expect(others.length).toBeGreaterThan(0);
		for (const repo of [...others, ...quoteRows, ...labelRepos]) expect(mine.has(repo), repo).toBe(false);
	});

	it(`labels point at the lines they name (${fetched.length} of ${BATCH.length} notes fetched)`, () => {
		for (const n of fetched) {
			const lines = readFileSync(join(ROOT, n.file), "utf8").split("\n");
			for (const [line, start] of [...n.quotes, ...n.not])
				expect(plain(lines[line - 1] ?? ""), `${n.file}:${line}`).toContain(plain(start).slice(0, 20));
		}
		// Notes not fetched yet are still checkable for shape: a line number inside the file and a text start.
		for (const n of BATCH)
			for (const [line, start] of [...n.quotes, ...n.not]) {
				expect(Number.isInteger(line) && line > 0, `${n.file}:${line}`).toBe(true);
				expect(start.trim().length, `${n.file}:${line}`).toBeGreaterThan(3);
			}
	});

	it(`fetched notes (${cached.length} of ${cachedFiles.length} cached): the reader reaches the recorded floor`, () => {
		const s = run(fetched);
		const r = report(`${fetched.length} of ${BATCH.length} notes`, s);
		// Every note scored adds its labels: the run saw exactly the fetched notes' quotations.
		expect(s.labelled).toBe(fetched.reduce((n, l) => n + l.quotes.length, 0));
		if (fetched.length < BATCH.length) {
			console.log(
				"[quote eval] blind 2026-12c: run `node scripts/eval-fetch.mjs quotes` to score the whole batch",
			);
			return;
		}
		expect(r.recall).toBeGreaterThanOrEqual(FLOOR.recall);
		expect(r.precision).toBeGreaterThanOrEqual(FLOOR.precision);
		expect(r.speaker).toBeGreaterThanOrEqual(FLOOR.speaker);
	});
});

/**
 * The floor records what the reader reached on the day the batch was added (rounded DOWN to 0.05), NOT the goal:
 * the goal is issue 17's recall >= 0.85, precision >= 0.95, speaker >= 0.90 (maintainers check 0.80 / 0.95 / 0.80 on
 * unseen notes). Raise the floor as the reader improves; never lower it, and never tune the reader on this batch.
 */
const FLOOR = {
	// 2026-12c, first run (10 of 10 notes fetched): recall 75/130 = 0.577, precision 75/75 = 1, speaker 13/69 = 0.188.
	// After the book-note pass (front-matter author, lead-in lines, ‘…’, labelled items): recall 86/130 = 0.662,
	// precision 86/87 = 0.989 (already 76/77 at its fork: the precision floor of 1 fails since before this pass),
	// speaker 72/80 = 0.900. The lead set the precision floor to 0.95 (issue 17's bar): one extra quote in 87.
	recall: 0.65,
	precision: 0.95,
	speaker: 0.88,
};
