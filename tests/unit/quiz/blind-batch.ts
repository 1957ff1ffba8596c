/**
 * What the blind batches of real public notes share (golden-blind.test.ts, golden-blind-c.test.ts): their ratings and
 * sources, the notes on disk grouped as vault folders, every question the quiz makes from them (pool and default quiz,
 * seeds 1–6), the good share and the printed table. BLIND_DUMP=file writes the distinct questions for rating by hand.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadVault } from "../../../src/cli/vault";
import type { Brief } from "../../../src/core/model";
import { allQuestions, generateQuiz } from "../../../src/core/quiz";
import type { Question } from "../../../src/core/quiz/types";
import { FIXTURES } from "../../fixtures/paths";

export interface Rated {
	note: string;
	split: string;
	kind: string;
	prompt: string;
	options?: string[];
	answer: string;
	verdict: "good" | "bad";
	failed: string[];
	reason: string;
}

interface Case {
	id: string;
	split: string;
	brief: Brief;
	siblings: Brief[];
}
type Asked = { c: Case; q: Question };

const DIR = `${FIXTURES}/quiz-golden`;
const TODAY = { year: 2026, month: 12, day: 4 };
const SEEDS = [1, 2, 3, 4, 5, 6];
/** One blind batch: its ratings (`json`), its sources (`tsv`), every question the quiz makes from its notes on disk. */
export function loadBatch(json: string, tsv: string) {
	const rated: Rated[] = JSON.parse(readFileSync(`${DIR}/${json}`, "utf8")) as Rated[];
	const sources = readFileSync(`${DIR}/${tsv}`, "utf8")
		.trim()
		.split("\n")
		.map((l) => l.split("\t"));
	const head = sources.shift()!;
	const rows = sources.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])) as Record<string, string>);
	const keyOf = (note: string, q: { kind: string; prompt: string; options?: string[]; answer: string }) =>
		JSON.stringify([note, q.kind, q.prompt, q.options ?? null, q.answer]);
	const rating = new Map(rated.map((r) => [keyOf(r.note, r), r]));

	/** The notes on disk, grouped as the vault folders they come from (siblings: listed notes, same folder and course). */
	function cases(): Case[] {
		const out: Case[] = [];
		const folders = new Map<string, typeof rows>();
		for (const s of rows) {
			const dir = `${DIR}/${s.where === "repo" ? "notes" : ".cache"}/${s.id.split("/")[0]}`;
			folders.set(dir, [...(folders.get(dir) ?? []), s]);
		}
		for (const [dir, list] of folders) {
			if (!existsSync(dir)) continue;
			const repo = dir.split("/").pop()!;
			const briefs = loadVault(dir, { anyNote: true, keepText: false, progress: null }).briefs;
			const listed = briefs.filter((b) => list.some((r) => r.id === `${repo}/${b.path}`));
			for (const b of listed) {
				const row = list.find((r) => r.id === `${repo}/${b.path}`)!;
				const siblings = listed.filter((s) => s !== b && s.course === b.course);
				out.push({ id: row.id, split: row.split, brief: b, siblings });
			}
		}
		return out;
	}

	const all = cases();
	const pool: Asked[] = [];
	const quiz: Asked[] = [];
	for (const c of all) {
		for (const seed of SEEDS) {
			const opts = { seed, today: TODAY, siblings: c.siblings };
			for (const q of [...allQuestions(c.brief, opts).values()].flat()) pool.push({ c, q });
			for (const q of generateQuiz(c.brief, opts)) quiz.push({ c, q });
		}
	}
	const verdictOf = ({ c, q }: Asked) => rating.get(keyOf(c.id, q))?.verdict;
	const distinct = (xs: Asked[]) => [...new Map(xs.map((x) => [keyOf(x.c.id, x.q), x])).values()];

	/** Good share of the questions asked (each occurrence counts, as a student meets them). */
	function share(xs: Asked[]): number {
		return xs.length === 0 ? 1 : xs.filter((x) => verdictOf(x) === "good").length / xs.length;
	}
	const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

	function table(): string {
		const lines: string[] = [];
		const row = (label: string, q: Asked[], p: Asked[]) =>
			lines.push(
				`${label.padEnd(28)} quiz ${pct(share(q)).padStart(7)} (n=${q.length})   pool ${pct(share(p)).padStart(7)} (n=${p.length})`,
			);
		row("all", quiz, pool);
		for (const split of [...new Set(all.map((c) => c.split))])
			row(
				`split ${split}`,
				quiz.filter((x) => x.c.split === split),
				pool.filter((x) => x.c.split === split),
			);
		for (const kind of [...new Set(pool.map((x) => x.q.kind))].sort())
			row(
				`kind ${kind}`,
				quiz.filter((x) => x.q.kind === kind),
				pool.filter((x) => x.q.kind === kind),
			);
		const bad = distinct(pool).filter((x) => verdictOf(x) === "bad");
		const byCriterion = new Map<string, number>();
		for (const x of bad)
			for (const f of rating.get(keyOf(x.c.id, x.q))!.failed) byCriterion.set(f, (byCriterion.get(f) ?? 0) + 1);
		lines.push(
			`distinct questions ${distinct(pool).length}, rated bad ${bad.length}; failed criteria: ${[...byCriterion]
				.sort()
				.map(([k, n]) => `${k} ${n}`)
				.join(", ")}`,
		);
		return lines.join("\n");
	}

	// BLIND_DUMP=file writes every distinct generated question (for rating by hand); it never changes a verdict.
	if (process.env.BLIND_DUMP)
		writeFileSync(
			process.env.BLIND_DUMP,
			JSON.stringify(
				distinct(pool).map(({ c, q }) => ({
					note: c.id,
					split: c.split,
					kind: q.kind,
					prompt: q.prompt,
					...(q.options ? { options: q.options } : {}),
					answer: q.answer,
					inQuiz: quiz.some((x) => keyOf(x.c.id, x.q) === keyOf(c.id, q)),
					line: q.source.line,
					where: q.where,
					items: q.items,
				})),
				null,
				1,
			),
		);
	const unrated = () =>
		distinct(pool)
			.filter((x) => verdictOf(x) === undefined)
			.map(
				({ c, q }) =>
					`${c.id} [${q.kind}]: ${q.prompt} → ${q.answer}${q.options ? ` {${q.options.join(" | ")}}` : ""}`,
			);
	return { DIR, rated, rows, all, pool, quiz, share, table, unrated };
}
