/**
 * The golden set of REAL public notes (tests/fixtures/quiz-golden/real-notes.json): every question the quiz makes
 * from 36 history notes of 8 public repositories (SOURCES.tsv), rated by hand with the teacher's rubric, one line of
 * reason each. Permissive notes are committed under notes/ (NOTICE); the others are scored only when
 * scripts/eval-fetch.mjs quiz-golden has put them in the git-ignored .cache/.
 *
 * Splits: 20 "tune" notes, and 16 "dev" notes. The dev notes were held out until December 2026 and are now
 * DEVELOPMENT data: the rules of that month (gate-events.ts, the deep-past spacing, the cloze blanks) were written
 * after reading their failures, so their figures no longer predict unseen notes. The blind measure is a new batch in
 * separate files (golden-blind.test.ts). Both splits are still printed separately: `GOLDEN_VERBOSE=1` prints good
 * shares per split and kind, at the default size and over the pool, and the bad questions per criterion;
 * `GOLDEN_VERBOSE=2` lists them. Questions rated bad must stay gone, except the few listed in KNOWN_OPEN with the
 * reason.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadVault } from "../../../src/cli/vault";
import type { Brief } from "../../../src/core/model";
import { allQuestions, generateQuiz } from "../../../src/core/quiz";
import type { Question } from "../../../src/core/quiz/types";
import { FIXTURES } from "../../fixtures/paths";

interface Rated {
	note: string;
	split: "tune" | "dev";
	kind: string;
	prompt: string;
	options?: string[];
	answer: string;
	verdict: "good" | "bad";
	failed: string[];
	reason: string;
}

const DIR = `${FIXTURES}/quiz-golden`;
const TODAY = { year: 2026, month: 12, day: 4 };
const SEEDS = [1, 2, 3, 4, 5, 6];
const rated: Rated[] = JSON.parse(readFileSync(`${DIR}/real-notes.json`, "utf8")) as Rated[];
const sources = readFileSync(`${DIR}/SOURCES.tsv`, "utf8")
	.trim()
	.split("\n")
	.slice(1)
	.map((l) => {
		const [id, repo, path, commit, licence, where, split] = l.split("\t");
		return { id, repo, path, commit, licence, where, split };
	});
const keyOf = (note: string, q: { kind: string; prompt: string; options?: string[]; answer: string }) =>
	JSON.stringify([note, q.kind, q.prompt, q.options ?? null, q.answer]);
const rating = new Map(rated.map((r) => [keyOf(r.note, r), r]));

/**
 * Rated bad and still generated, each with the reason no general rule removes it yet.
 */
const KNOWN_OPEN = new Map<string, string>([
	[
		"____ BCE: The Persian Empire",
		'tune: a polity\'s name on a dated line reads like an event; no rule tells it from "Archaic Greece"',
	],
	[
		"called the Frankfurt Parliament",
		"tune: the note dates it 1850; the distractor 1848 is right by history, which the quiz cannot know",
	],
	["____ BCE: Han Dynasty", "tune: the note dates it 202 BC; 206 BC is also usual, which the quiz cannot know"],
	[
		'New police force called "serjents"',
		"tune: the country is the list item two levels up; the reader gives no label",
	],
	[
		"____ – economy of Northern states diversified",
		"tune: a gradual change over 46 years asked as a range; nothing marks it as a process, not an event",
	],
	[
		"The surviving books cover the period from ____ to 70 A.D.",
		'dev: subject in the previous sentence; a definite description ("the surviving books") is also how a brief\'s own topic is named, so no rule yet',
	],
	[
		"Herodotus weaves together military history",
		"dev: 'Greek' before 'and Persian civilizations' is guessable; nothing marks the pair as fixed",
	],
	[
		"A history of the ____ from the death of Augustus",
		"dev: the emperors in the sentence give 'Roman Empire' away; no rule reads that",
	],
	["Tory leader in ____", "dev: a generic institution left as the only fill"],
	[
		"African National Congress (ANC): Social democratic party directly opposing the ____",
		"dev: the note spells out SAP above, but other parties opposed the ANC too",
	],
]);
const knownOpen = (q: Question) =>
	[...KNOWN_OPEN.keys()].some((k) => q.prompt.includes(k) || (q.items ?? []).some((i) => i.includes(k)));

interface Case {
	id: string;
	split: string;
	brief: Brief;
	siblings: Brief[];
}

/** The notes on disk, grouped as the vault folders they come from (siblings: same folder, same course). */
function cases(): Case[] {
	const out: Case[] = [];
	const folders = new Map<string, typeof sources>();
	for (const s of sources) {
		const dir = `${DIR}/${s.where === "repo" ? "notes" : ".cache"}/${s.id.split("/")[0]}`;
		folders.set(dir, [...(folders.get(dir) ?? []), s]);
	}
	for (const [dir, rows] of folders) {
		if (!existsSync(dir)) continue;
		const briefs = loadVault(dir, { anyNote: true, keepText: false, progress: null }).briefs;
		const repo = dir.split("/").pop()!;
		const listed = briefs.filter((b) => rows.some((r) => r.id === `${repo}/${b.path}`));
		for (const b of listed) {
			const row = rows.find((r) => r.id === `${repo}/${b.path}`)!;
			out.push({
				id: row.id,
				split: row.split,
				brief: b,
				siblings: listed.filter((s) => s !== b && s.course === b.course),
			});
		}
	}
	return out;
}

const all = cases();
const pool: Array<{ c: Case; q: Question }> = [];
const quiz: Array<{ c: Case; q: Question }> = [];
for (const c of all) {
	for (const seed of SEEDS) {
		const opts = { seed, today: TODAY, siblings: c.siblings };
		for (const q of [...allQuestions(c.brief, opts).values()].flat()) pool.push({ c, q });
		for (const q of generateQuiz(c.brief, opts)) quiz.push({ c, q });
	}
}

function share(xs: Array<{ c: Case; q: Question }>): number {
	const good = xs.filter(({ c, q }) => rating.get(keyOf(c.id, q))?.verdict === "good").length;
	return xs.length === 0 ? 1 : good / xs.length;
}

describe("golden set of real public notes", () => {
	test("sources: >= 12 history notes from >= 5 repositories, each with commit and licence, >= 30 % dev", () => {
		expect(sources.length).toBeGreaterThanOrEqual(12);
		expect(new Set(sources.map((s) => s.repo)).size).toBeGreaterThanOrEqual(5);
		for (const s of sources) {
			expect(s.commit, s.id).toMatch(/^[0-9a-f]{40}$/);
			expect(s.licence.length, s.id).toBeGreaterThan(0);
			expect(["repo", "cache"]).toContain(s.where);
			if (s.where === "repo") expect(existsSync(`${DIR}/notes/${s.id}`), s.id).toBe(true);
		}
		expect(sources.filter((s) => s.split === "dev").length / sources.length).toBeGreaterThanOrEqual(0.3);
		expect(existsSync(`${DIR}/notes/NOTICE`)).toBe(true);
		// The committed notes alone make a set of their own: a clone without network still rates 4 repositories.
		const committed = sources.filter((s) => s.where === "repo");
		expect(new Set(committed.map((s) => s.repo)).size).toBeGreaterThanOrEqual(4);
		expect(committed.filter((s) => s.split === "dev").length / committed.length).toBeGreaterThanOrEqual(0.3);
	});

	test("every rating has a verdict, its failed criteria and a reason", () => {
		expect(rated.length).toBeGreaterThanOrEqual(300);
		for (const r of rated) {
			expect(r.verdict === "good" ? r.failed.length === 0 : r.failed.length > 0, r.prompt).toBe(true);
			for (const f of r.failed) expect(["a", "b", "c", "d", "e"]).toContain(f);
			expect(r.reason.length, r.prompt).toBeGreaterThan(10);
			expect(
				sources.some((s) => s.id === r.note && s.split === r.split),
				r.note,
			).toBe(true);
		}
	});

	test("every generated question is rated, and no question rated bad comes back (known open ones aside)", () => {
		const unrated = pool
			.filter(({ c, q }) => !rating.has(keyOf(c.id, q)))
			.map(({ c, q }) => `${c.id}: ${q.prompt} → ${q.answer}`);
		expect(unrated, "every generated question is rated").toEqual([]);
		const back = pool
			.filter(({ c, q }) => rating.get(keyOf(c.id, q))?.verdict === "bad" && !knownOpen(q))
			.map(({ c, q }) => `${c.id}: ${q.prompt} → ${q.answer}`);
		expect([...new Set(back)]).toEqual([]);
	});

	test("never a wrong key: no generated question fails criterion (a)", () => {
		const wrong = pool.filter(({ c, q }) => rating.get(keyOf(c.id, q))?.failed.includes("a"));
		expect(wrong.map(({ q }) => q.prompt)).toEqual([]);
	});

	test("good share on the tuning notes: >= 95 % at the default size and over the pool", () => {
		const tune = (xs: typeof pool) => xs.filter(({ c }) => c.split === "tune");
		expect(share(tune(quiz))).toBeGreaterThanOrEqual(0.95);
		expect(share(tune(pool))).toBeGreaterThanOrEqual(0.95);
	});

	test("good share on the dev notes (held out until 2026-12): >= 90 % at the default size and over the pool", () => {
		// Measured 78.4 % / 85.3 % while they were held out; 93.6 % / 96.4 % after the rules written from them.
		const dev = (xs: typeof pool) => xs.filter(({ c }) => c.split === "dev");
		expect(share(dev(quiz))).toBeGreaterThanOrEqual(0.9);
		expect(share(dev(pool))).toBeGreaterThanOrEqual(0.9);
	});

	test("a note with little good material gets a short quiz, never padding", () => {
		for (const c of all) {
			const lines = new Set(pool.filter((x) => x.c === c).map((x) => `${x.q.source.line}`));
			for (const seed of SEEDS) {
				const qs = generateQuiz(c.brief, { seed, today: TODAY, siblings: c.siblings });
				// One question per source sentence: never more questions than sentences with a good question.
				expect(qs.length, c.id).toBeLessThanOrEqual(Math.min(10, lines.size));
				expect(new Set(qs.map((q) => q.source.line)).size, c.id).toBe(qs.length);
			}
		}
		// Charles V has two dated sentences that make good questions: its quiz has two questions, not ten.
		const charles = all.find((c) => c.id === "omega1510__notes/Charles V.md")!;
		for (const seed of SEEDS)
			expect(generateQuiz(charles.brief, { seed, today: TODAY, siblings: charles.siblings })).toHaveLength(2);
		// A note whose only dates are a page number and a citation gets no date question; its one definition
		// ("Plutarch was a Greek biographer …") gives at most one question.
		const plutarch = all.find((c) => c.id === "graves__alexandria/14-plutarch.md")!;
		const pq = generateQuiz(plutarch.brief, { seed: 1, today: TODAY, siblings: plutarch.siblings });
		expect(pq.filter((q) => q.kind !== "cloze")).toEqual([]);
		expect(pq.length).toBeLessThanOrEqual(1);
	});
});

/** `GOLDEN_VERBOSE=1`: good share per split and kind (default size / pool), bad ones per criterion, and the list. */
function report(): void {
	const splits = ["tune", "dev"] as const;
	const kinds = [...new Set(pool.map(({ q }) => q.kind))].sort();
	const pct = (xs: typeof pool) => (xs.length === 0 ? "  -  " : `${(100 * share(xs)).toFixed(1)} % of ${xs.length}`);
	const lines: string[] = ["split    kind           default size          pool"];
	for (const s of splits) {
		const inSplit = (xs: typeof pool) => xs.filter(({ c }) => c.split === s);
		for (const k of ["all", ...kinds]) {
			const of = (xs: typeof pool) => inSplit(xs).filter(({ q }) => k === "all" || q.kind === k);
			lines.push(`${s.padEnd(8)} ${k.padEnd(14)} ${pct(of(quiz)).padEnd(21)} ${pct(of(pool))}`);
		}
	}
	const uniq = new Map<string, { c: Case; q: Question; n: number; inQuiz: number }>();
	for (const [from, xs] of [
		["pool", pool],
		["quiz", quiz],
	] as const) {
		for (const { c, q } of xs) {
			const k = keyOf(c.id, q);
			const u = uniq.get(k) ?? { c, q, n: 0, inQuiz: 0 };
			if (from === "pool") u.n++;
			else u.inQuiz++;
			uniq.set(k, u);
		}
	}
	for (const s of splits) {
		const byCrit = new Map<string, number>();
		const bad: string[] = [];
		for (const [k, u] of uniq) {
			if (u.c.split !== s) continue;
			const r = rating.get(k);
			if (r?.verdict === "good") continue;
			for (const f of r?.failed ?? ["unrated"]) byCrit.set(f, (byCrit.get(f) ?? 0) + 1);
			bad.push(
				`  [${r ? r.failed.join("") : "?"}] ${u.q.kind} ×${u.inQuiz} ${u.c.id.split("/")[1]}: ${u.q.prompt} → ${u.q.answer}${u.q.options ? `  {${u.q.options.join(" | ")}}` : ""} — ${r?.reason ?? "UNRATED"}`,
			);
		}
		lines.push(
			`${s}: distinct bad questions per criterion: ${[...byCrit].map(([c, n]) => `${c} ${n}`).join(", ")}`,
		);
		if (process.env.GOLDEN_VERBOSE === "2") lines.push(...bad.sort());
	}
	console.log(lines.join("\n"));
}
if (process.env.GOLDEN_VERBOSE) report();
/** For rating: `GOLDEN_KEYS=FILE` writes every generated question's key, `GOLDEN_UNRATED=FILE` the unrated ones. */
if (process.env.GOLDEN_KEYS) {
	const { writeFileSync } = await import("node:fs");
	writeFileSync(process.env.GOLDEN_KEYS, [...new Set(pool.map(({ c, q }) => keyOf(c.id, q)))].join("\n"));
}
if (process.env.GOLDEN_UNRATED) {
	const { writeFileSync } = await import("node:fs");
	const seen = new Map<string, object>();
	for (const { c, q } of pool) {
		const k = keyOf(c.id, q);
		if (rating.has(k) || seen.has(k)) continue;
		seen.set(k, {
			note: c.id,
			split: c.split,
			kind: q.kind,
			prompt: q.prompt,
			options: q.options,
			answer: q.answer,
		});
	}
	writeFileSync(process.env.GOLDEN_UNRATED, [...seen.values()].map((x) => JSON.stringify(x)).join("\n"));
}
