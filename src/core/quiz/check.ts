/** Answer checking: forgiving about form (case, accents, punctuation, articles, small typos), strict about content. */
import { BC_SHOWN, localYear, quizMessages, type QuizMessages } from "./messages";
import { aliasesOf, damerauLevenshtein, normalizeAnswer } from "./normalize";
import type { CheckResult, Question, Response } from "./types";
import { parseYear, yearLabel } from "./years";

type Pair = { left: string; right: string };

/** Typos allowed for an answer of this (normalised) length. */
export function typoBudget(length: number): number {
	return Math.max(1, Math.floor(0.15 * length));
}

/** Length of the longest increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: number[]): number {
	const tails: number[] = [];
	for (const v of values) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (tails[mid] < v) lo = mid + 1;
			else hi = mid;
		}
		tails[lo] = v;
	}
	return tails.length;
}

function wrong(q: Question, note?: string): CheckResult {
	return note ? { grade: "wrong", expected: q.answer, note } : { grade: "wrong", expected: q.answer };
}

function isPairs(r: Response): r is Pair[] {
	return Array.isArray(r) && r.every((x) => typeof x === "object" && x !== null && "left" in x && "right" in x);
}

function isStrings(r: Response): r is string[] {
	return Array.isArray(r) && r.every((x) => typeof x === "string");
}

function gradeForScore(score: number): CheckResult["grade"] {
	return score >= 1 ? "right" : score >= 0.6 ? "close" : "wrong";
}

function checkOrder(q: Question, response: Response): CheckResult {
	const items = q.items ?? q.answer.split("\n");
	if (!isStrings(response) || items.length === 0) return { ...wrong(q), score: 0 };
	const rank = new Map(items.map((it, i) => [normalizeAnswer(it), i]));
	const seen = new Set<number>();
	const positions: number[] = [];
	for (const r of response) {
		const p = rank.get(normalizeAnswer(r));
		if (p !== undefined && !seen.has(p)) {
			seen.add(p);
			positions.push(p);
		}
	}
	const score = longestIncreasing(positions) / items.length;
	const result: CheckResult = { grade: gradeForScore(score), expected: items.join("\n"), score };
	if (score < 1) result.note = quizMessages(q.lang).inOrder(Math.round(score * items.length), items.length);
	return result;
}

function checkMatch(q: Question, response: Response): CheckResult {
	const pairs = q.pairs ?? [];
	if (!isPairs(response) || pairs.length === 0) return { ...wrong(q), score: 0 };
	const truth = new Map(pairs.map((p) => [normalizeAnswer(p.left), normalizeAnswer(p.right)]));
	const counted = new Set<string>();
	let right = 0;
	for (const r of response) {
		const left = normalizeAnswer(r.left);
		if (counted.has(left)) continue;
		counted.add(left);
		if (truth.get(left) === normalizeAnswer(r.right)) right++;
	}
	const score = right / pairs.length;
	const result: CheckResult = { grade: gradeForScore(score), expected: q.answer, score };
	if (score < 1) result.note = quizMessages(q.lang).pairsRight(right, pairs.length);
	return result;
}

function checkYear(q: Question, typed: string, allowClose: boolean): CheckResult {
	const expected = parseYear(q.answer);
	let given = parseYear(typed);
	if (expected === null) return checkText(q, typed);
	// The stem shows the era ("On 2 August ____ BC", "… (BC)"): a bare number is read in that era.
	if (given !== null && expected <= 0 && given > 0 && /^\s*\d+\s*$/.test(typed) && BC_SHOWN.test(q.prompt))
		given = 1 - given;
	if (given === null) return wrong(q, typed.trim() ? quizMessages(q.lang).notAYear : undefined);
	const diff = Math.abs(given - expected);
	if (diff === 0) return { grade: "right", expected: q.answer };
	if (diff === 1 && allowClose) {
		return {
			grade: "close",
			expected: q.answer,
			note: quizMessages(q.lang).offByOne(localYear(yearLabel(given), q.lang), q.answer),
		};
	}
	return wrong(q, `you wrote ${yearLabel(given)}, ${diff} years off`);
}

/** Names the words that differ between what was typed and the closest accepted form. */
function describeDifference(typed: string, expected: string, m: QuizMessages): string {
	const a = typed.split(" ");
	const b = expected.split(" ");
	const diffs: string[] = [];
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (a[i] !== b[i]) diffs.push(m.shouldBe(a[i] ?? "", b[i] ?? ""));
	}
	const shown = diffs.slice(0, 3).join(", ");
	return m.typo(shown || m.shouldBe(typed, expected));
}

function checkText(q: Question, typed: string): CheckResult {
	const given = normalizeAnswer(typed);
	if (given.length === 0) return wrong(q);
	const forms = [...aliasesOf(q.answer), ...(q.accepted ?? []).flatMap(aliasesOf)]
		.map(normalizeAnswer)
		.filter((f) => f.length > 0);
	if (forms.includes(given)) return { grade: "right", expected: q.answer };
	if (parseYear(q.answer) !== null && parseYear(typed) !== null) return checkYear(q, typed, true);
	let best: { form: string; dist: number } | null = null;
	for (const form of forms) {
		const dist = damerauLevenshtein(given, form);
		if (dist <= typoBudget(form.length) && (!best || dist < best.dist)) best = { form, dist };
	}
	if (best)
		return { grade: "close", expected: q.answer, note: describeDifference(given, best.form, quizMessages(q.lang)) };
	return wrong(q);
}

/** Grades one response. Never throws: a response of the wrong shape is simply wrong. */
export function checkAnswer(q: Question, response: Response): CheckResult {
	switch (q.kind) {
		case "order":
			return checkOrder(q, response);
		case "match":
			return checkMatch(q, response);
		default:
			break;
	}
	if (typeof response !== "string") return wrong(q);
	if (q.kind === "date-typed") return checkYear(q, response, true);
	if (q.kind === "date-choice") return checkYear(q, response, false);
	if (q.options && q.kind !== "cloze") {
		const given = normalizeAnswer(response);
		return given.length > 0 && given === normalizeAnswer(q.answer)
			? { grade: "right", expected: q.answer }
			: wrong(q);
	}
	return checkText(q, response);
}
