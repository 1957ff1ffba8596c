import type { ProblemLike, ScanLine } from "./types";

/**
 * Plain code fences used as boxes (issue 16): students put prose and bullet notes in a fence with no
 * language ("```" alone) to frame them. Such a fence is read like the rest of the note when its content is
 * prose; a fence with a language (```js) or code-like content stays unread. The dated lines left unread in
 * code are counted, so the brief's problems can say how many were skipped.
 */

const FENCE = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})(.*)$/;

/** A line that reads as code: statements, braces, assignments, calls, tags, shell prompts, comments. */
const CODE_LINE =
	/[;{}]\s*$|^\s*[{}[\]()]|^\s*(?:import|export|const|let|var|function|def|class|return|if|elif|else|for|while|switch|case|public|private|static|package|using|#include|SELECT|INSERT|UPDATE|CREATE)\b|[=!]==|\)\s*=>|\w\(\s*[\w"'`]*\s*[),]|^\s*<\/?[a-z][\w-]*[\s>]|^\s*[$#>%]\s|^\s*(?:\/\/|\/\*|\*\/|#!)|^\s*[\w.]+\s*[:+\-*/]?=\s*\S/;

/** Prose: at least three words of letters. */
const PROSE_LINE = /\p{L}{2,}\s+\p{L}+\s+\p{L}+/u;

/** A year or a dated phrase worth counting in a skipped line. */
const DATED = /\b(?:1[0-9]{3}|20[0-9]{2})\b|\b\d{1,4}\s?(?:BCE?|CE|AD)\b|\b\d{1,2}(?:st|nd|rd|th)\s+centur/i;

interface Fence {
	open: number;
	close: number;
	info: string;
}

function fencesOf(lines: ScanLine[]): Fence[] {
	const out: Fence[] = [];
	let cur: { open: number; mark: string; info: string } | null = null;
	for (let n = 0; n < lines.length; n++) {
		const l = lines[n];
		if (!l.skip) {
			cur = null;
			continue;
		}
		const m = FENCE.exec(l.raw);
		if (!cur) {
			if (m) cur = { open: n, mark: m[1], info: m[2].trim() };
			continue;
		}
		if (m && m[1][0] === cur.mark[0] && m[1].length >= cur.mark.length && !m[2].trim()) {
			out.push({ open: cur.open, close: n, info: cur.info });
			cur = null;
		}
	}
	return out;
}

/** Is the fence's content prose and bullets (a box), not code? A stray "60 => 72" arrow is still prose. */
export function isProseFence(content: string[]): boolean {
	let prose = 0;
	let code = 0;
	for (const line of content) {
		if (!line.trim()) continue;
		if (CODE_LINE.test(line)) code++;
		else if (PROSE_LINE.test(line)) prose++;
	}
	return prose > 0 && code * 5 <= prose;
}

/**
 * Reads plain fences whose content is prose (their lines become readable, the fence lines stay blank) and
 * returns a problem counting the dated lines left unread in code, if any. Linear in the number of lines.
 */
export function readProseFences(lines: ScanLine[]): ProblemLike | undefined {
	let skippedDated = 0;
	let first = -1;
	for (const f of fencesOf(lines)) {
		const body = lines.slice(f.open + 1, f.close);
		if (!f.info && isProseFence(body.map((l) => l.raw))) {
			for (let n = f.open + 1; n < f.close; n++)
				lines[n] = { raw: lines[n].raw, text: lines[n].raw, skip: false };
			continue;
		}
		for (let n = f.open + 1; n < f.close; n++) {
			if (!DATED.test(lines[n].raw)) continue;
			skippedDated++;
			if (first < 0) first = n;
		}
	}
	if (!skippedDated) return undefined;
	const s = skippedDated === 1 ? "" : "s";
	return {
		line: first,
		message: `${skippedDated} dated line${s} in code blocks not read (a fence with a language or code in it)`,
		severity: "warning",
	};
}
