import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { checkAnswer, generateQuiz } from "../core/quiz";
import type { Question, Response } from "../core/quiz/types";
import type { CliIO } from "./io";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from "./io";
import { loadVault } from "./vault";

export interface QuizOptions {
	vault?: string;
	seed?: number;
	count?: number;
	json: boolean;
	today?: Date;
}

/** NOTE is a file path, or a path inside VAULT. Returns the vault root and the note's vault path. */
export function locateNote(note: string, vault: string | undefined): { root: string; path: string } | null {
	const candidates = [note, ...(vault ? [join(vault, note)] : [])];
	const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
	if (!file) return null;
	const root = resolve(vault ?? dirname(file));
	const rel = relative(root, resolve(file));
	if (rel.startsWith("..") || isAbsolute(rel)) return { root: resolve(dirname(file)), path: relative(resolve(dirname(file)), resolve(file)) };
	return { root, path: rel.split(sep).join("/") };
}

function questionJson(q: Question) {
	return {
		id: q.id,
		kind: q.kind,
		prompt: q.prompt,
		...(q.options ? { options: q.options } : {}),
		answer: q.answer,
		...(q.accepted?.length ? { accepted: q.accepted } : {}),
		...(q.pairs ? { pairs: q.pairs } : {}),
		...(q.items ? { items: q.items } : {}),
		source: { path: q.source.path, line: q.source.line },
	};
}

export async function runQuiz(note: string, opts: QuizOptions, io: CliIO): Promise<number> {
	const where = locateNote(note, opts.vault);
	if (!where) {
		io.err(`quiz: no such note: ${note}`);
		return EXIT_USAGE;
	}
	const vault = loadVault(where.root, { all: true });
	const brief = vault.briefs.find((b) => b.path === where.path);
	if (!brief) {
		const problem = vault.problems.find((p) => p.path === where.path);
		io.err(`quiz: ${where.path} is not a brief${problem ? `: ${problem.message}` : " (it has no dg-publish front-matter)"}`);
		return EXIT_FAILED;
	}
	const course = brief.course;
	const siblings = vault.briefs.filter((b) => b.path !== brief.path && b.course === course);
	const now = opts.today ?? new Date();
	const seed = opts.seed ?? (now.getTime() % 2147483647);
	const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
	const questions = generateQuiz(brief, { seed, count: opts.count, siblings, today });
	if (opts.json) {
		io.out(JSON.stringify({ brief: brief.path, seed, questions: questions.map(questionJson) }, null, 2));
		return EXIT_OK;
	}
	if (!questions.length) {
		io.out(`${brief.title} has too little material for a quiz (no dated events, quotes or key facts were found).`);
		return EXIT_OK;
	}
	return interactive(brief.title, questions, io);
}

function describe(q: Question): string[] {
	const lines = [q.prompt];
	if (q.kind === "match" && q.pairs) {
		const rights = q.options ?? q.pairs.map((p) => p.right);
		q.pairs.forEach((p, i) => lines.push(`  ${String.fromCharCode(65 + i)}. ${p.left}`));
		rights.forEach((r, i) => lines.push(`  ${i + 1}. ${r}`));
		lines.push("  Answer like: A2 B1 C3 ...");
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
		return t.split(/[\s,]+/).filter(Boolean).map((tok) => {
			const left = q.pairs![tok.toUpperCase().charCodeAt(0) - 65]?.left ?? "";
			return { left, right: rights[Number(tok.slice(1)) - 1] ?? "" };
		});
	}
	if (q.options && /^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= q.options.length) return q.options[Number(t) - 1];
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
	for (const q of missed) io.out(`  missed: ${q.prompt.split("\n")[0].slice(0, 80)} (${q.source.path}:${q.source.line + 1})`);
	return EXIT_OK;
}
