import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { checkAnswer, quizToJson } from "../core/quiz";
import { briefQuiz, quizDay } from "../core/quiz/quiz-set";
import type { Question, QuestionKind, Response } from "../core/quiz/types";
import { UsageError } from "./args";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { OutStream } from "./output";
import { jsonSafe } from "./terminal-text";
import { loadVault } from "./vault";

export interface QuizOptions {
	/** --vault as given; undefined when the default vault applies. */
	vault?: string;
	/** The default vault (README: examples/vault), used when --vault is not given and it exists. */
	defaultVault?: string;
	seed?: number;
	count?: number;
	json: boolean;
	anyNote?: boolean;
	today?: Date;
	/** --kinds date,cloze,…: only these kinds ("date" is date-choice and date-typed). */
	kinds?: QuestionKind[];
}

const KIND_NAMES: Record<string, QuestionKind[]> = {
	date: ["date-choice", "date-typed"],
	"date-choice": ["date-choice"],
	"date-typed": ["date-typed"],
	cloze: ["cloze"],
	term: ["term-choice"],
	"term-choice": ["term-choice"],
	match: ["match"],
	order: ["order"],
	"true-false": ["true-false"],
	tf: ["true-false"],
	speaker: ["which-speaker"],
	"which-speaker": ["which-speaker"],
};

/** Reads --kinds ("date,cloze,match"); throws UsageError naming the kinds it knows. */
export function parseKinds(value: string): QuestionKind[] {
	const out = new Set<QuestionKind>();
	for (const raw of value
		.split(",")
		.map((k) => k.trim().toLowerCase())
		.filter(Boolean)) {
		const kinds = KIND_NAMES[raw];
		if (!kinds)
			throw new UsageError(`--kinds: unknown kind "${raw}" (known: ${Object.keys(KIND_NAMES).join(", ")})`);
		for (const k of kinds) out.add(k);
	}
	if (out.size === 0) throw new UsageError("--kinds needs at least one kind");
	return [...out];
}

/** Where the quiz reads from: the vault root, the note's vault path, and whether to read subfolders. */
export interface NoteLocation {
	root: string;
	path: string;
	shallow: boolean;
}

function isFolder(p: string): boolean {
	try {
		return statSync(p).isDirectory();
	} catch {
		return false;
	}
}

function isFileAt(p: string): boolean {
	try {
		return statSync(p).isFile();
	} catch {
		return false;
	}
}

function inside(root: string, file: string): string | null {
	const rel = relative(resolve(root), resolve(file));
	return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : null;
}

/** The nearest folder above `file` that holds `.obsidian` (an Obsidian vault), or null. */
export function vaultRootOf(file: string): string | null {
	let dir = dirname(resolve(file));
	for (;;) {
		if (existsSync(join(dir, ".obsidian"))) return dir;
		const up = dirname(dir);
		if (up === dir) return null;
		dir = up;
	}
}

/**
 * NOTE is a path inside VAULT (--vault, else the default vault) or a file path. A note outside that vault
 * belongs to the Obsidian vault around it (the nearest folder with `.obsidian`); failing that, only its own
 * folder is read (never a whole parent tree). Throws UsageError when --vault is not a folder; null when no
 * such note exists.
 */
export function locateNote(note: string, vault: string | undefined, defaultVault?: string): NoteLocation | null {
	if (vault !== undefined && !isFolder(vault)) throw new UsageError(`not a folder: ${vault} (--vault)`);
	const base = vault ?? (defaultVault && isFolder(defaultVault) ? defaultVault : undefined);
	const inBase = base ? join(base, note) : undefined;
	const file =
		vault !== undefined
			? [inBase, note].find((c) => c && isFileAt(c))
			: [note, inBase].find((c) => c && isFileAt(c));
	if (!file) return null;
	const rel = base ? inside(base, file) : null;
	if (base && rel) return { root: resolve(base), path: rel, shallow: false };
	if (vault !== undefined) throw new UsageError(`${note} is not inside the vault ${vault}`);
	const root = vaultRootOf(file);
	if (root) return { root, path: inside(root, file)!, shallow: false };
	return { root: dirname(resolve(file)), path: relative(dirname(resolve(file)), resolve(file)), shallow: true };
}

export async function runQuiz(note: string, opts: QuizOptions, io: CliIO): Promise<number> {
	const where = locateNote(note, opts.vault, opts.defaultVault);
	if (!where) {
		io.err(
			`quiz: no such note: ${note}${opts.vault === undefined && opts.defaultVault ? ` (looked in the current folder and in ${opts.defaultVault})` : ""}`,
		);
		return EXIT_USAGE;
	}
	const vault = loadVault(where.root, { all: true, anyNote: opts.anyNote, shallow: where.shallow, keepText: false });
	const brief = vault.briefs.find((b) => b.path === where.path);
	if (!brief) {
		const problem = vault.problems.find((p) => p.path === where.path);
		const skipped = vault.skipped.find((s) => s.path === where.path);
		const why = problem ? `: ${problem.message}` : skipped?.detail ? ` (${skipped.detail})` : "";
		io.err(`quiz: ${where.path} is not a brief${why}`);
		return EXIT_FAILED;
	}
	const now = opts.today ?? new Date();
	const seed = opts.seed ?? now.getTime() % 2147483647;
	const questions = briefQuiz(brief, vault.briefs, {
		seed,
		count: opts.count,
		today: quizDay(now),
		kinds: opts.kinds,
	});
	if (opts.json) {
		const out = new OutStream(io);
		await out.push(`${jsonSafe(JSON.stringify(quizToJson(brief, seed, questions), null, 2))}\n`);
		await out.flush();
		return EXIT_OK;
	}
	if (!questions.length) {
		io.out(
			`${brief.title} has no question that passes the quality checks (dated sentences with their subject, key quotes or "**Term:** definition" facts make questions).`,
		);
		return EXIT_OK;
	}
	const asked = opts.count ?? 10;
	if (questions.length < asked)
		io.out(`Only ${questions.length} of ${asked} questions: the other candidates did not pass the quality checks.`);
	return interactive(brief.title, questions, io);
}

export function describe(q: Question): string[] {
	const lines = q.where ? [`(${q.where})`, q.prompt] : [q.prompt];
	if (q.kind === "match" && q.pairs) {
		// Terms numbered, definitions lettered, as in the quiz view and the garden page.
		const rights = q.options ?? q.pairs.map((p) => p.right);
		lines.push("  Terms:");
		q.pairs.forEach((p, i) => lines.push(`  ${i + 1}. ${p.left}`));
		lines.push("  Definitions:");
		rights.forEach((r, i) => lines.push(`  ${String.fromCharCode(65 + i)}. ${r}`));
		lines.push("  Answer like: 1B 2A 3C ...");
	} else if (q.kind === "order" && q.options) {
		q.options.forEach((o, i) => lines.push(`  ${i + 1}. ${o}`));
		lines.push("  Answer with the numbers from earliest to latest, e.g. 2 1 3");
	} else if (q.options) {
		q.options.forEach((o, i) => lines.push(`  ${i + 1}. ${o}`));
	}
	return lines;
}

/** Turns what was typed into a Response for the checker. */
export function toResponse(q: Question, typed: string): Response {
	const t = typed.trim();
	if (q.kind === "order" && q.options) {
		return t.split(/[\s,]+/).map((n) => q.options![Number(n) - 1] ?? "");
	}
	if (q.kind === "match" && q.pairs) {
		const rights = q.options ?? q.pairs.map((p) => p.right);
		return t
			.split(/[\s,]+/)
			.filter(Boolean)
			.map((tok) => {
				const m = /^(\d+)\s*([a-z])$/i.exec(tok);
				const left = m ? (q.pairs![Number(m[1]) - 1]?.left ?? "") : "";
				return { left, right: m ? (rights[m[2].toUpperCase().charCodeAt(0) - 65] ?? "") : "" };
			});
	}
	if (q.options && /^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= q.options.length)
		return q.options[Number(t) - 1];
	return t;
}

async function interactive(title: string, questions: Question[], io: CliIO): Promise<number> {
	io.out(`Quiz: ${title} (${questions.length} questions). Type your answer and press Enter.\n`);
	let score = 0;
	const missed: Question[] = [];
	for (const [i, q] of questions.entries()) {
		io.out(`Question ${i + 1}/${questions.length} (${q.kind})`);
		for (const line of describe(q)) io.out(line);
		const typed = io.ask ? await io.ask("> ") : null;
		if (typed === null) {
			io.out("\n(no more input)");
			break;
		}
		const result = checkAnswer(q, toResponse(q, typed));
		const points = result.score ?? (result.grade === "right" ? 1 : result.grade === "close" ? 0.5 : 0);
		score += points;
		if (result.grade !== "right") missed.push(q);
		const verdict = result.grade === "right" ? "Right." : result.grade === "close" ? "Close." : "Wrong.";
		io.out(`${verdict} The answer: ${result.expected}${result.note ? ` (${result.note})` : ""}`);
		io.out(`  Source: ${q.source.path}, line ${q.source.line + 1}\n`);
	}
	io.out(`Score: ${Math.round(score * 10) / 10} / ${questions.length}`);
	for (const q of missed)
		io.out(`  missed: ${q.prompt.split("\n")[0].slice(0, 80)} (${q.source.path}:${q.source.line + 1})`);
	return EXIT_OK;
}
