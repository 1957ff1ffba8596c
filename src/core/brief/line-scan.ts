import type { ScanLine } from "./types";
import { htmlLine, newHtmlState } from "./html";

/**
 * Line scanner: marks front-matter, fenced code (``` and ~~~), comment blocks (%% %%, <!-- -->) and
 * math blocks ($$) as skipped, removes inline code, inline math and inline comments from the text,
 * and turns HTML lines into Markdown-ish lines. One pass, linear in the text length.
 */

type Mode = null | "%%" | "<!--" | "$$";

interface State {
	mode: Mode;
}

/** Removes inline code spans (`x`, ``x``) from a line. Unclosed backticks stay as they are. */
function dropInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		const ch = line[i];
		if (ch !== "`") {
			out += ch;
			i++;
			continue;
		}
		let n = 0;
		while (line[i + n] === "`") n++;
		const run = "`".repeat(n);
		const close = line.indexOf(run, i + n);
		if (close < 0) {
			out += line.slice(i, i + n);
			i += n;
			continue;
		}
		out += " ";
		i = close + n;
	}
	return out;
}

/** Removes $inline math$ (Obsidian rules: no space inside the dollars, closing $ not before a digit). */
function dropInlineMath(line: string): string {
	if (!line.includes("$")) return line;
	let out = "";
	let i = 0;
	while (i < line.length) {
		const ch = line[i];
		if (ch === "\\" && i + 1 < line.length) {
			out += line.slice(i, i + 2);
			i += 2;
			continue;
		}
		if (ch === "$" && line[i + 1] && line[i + 1] !== " " && line[i + 1] !== "$") {
			let j = i + 1;
			let close = -1;
			while (j < line.length) {
				if (line[j] === "$") {
					const prev = line[j - 1];
					const next = line[j + 1];
					if (prev !== " " && prev !== "\\" && !(next && next >= "0" && next <= "9")) close = j;
					break;
				}
				j++;
			}
			if (close > 0) {
				out += " ";
				i = close + 1;
				continue;
			}
		}
		out += ch;
		i++;
	}
	return out;
}

const OPENERS: [string, Mode][] = [
	["%%", "%%"],
	["<!--", "<!--"],
	["$$", "$$"],
];
const CLOSER: Record<string, string> = { "%%": "%%", "<!--": "-->", $$: "$$" };

/** Removes comment and math regions, carrying an open region to the next lines. Linear: each opener is searched once per position. */
function dropRegions(line: string, st: State): string {
	if (!st.mode && !line.includes("%%") && !line.includes("<!--") && !line.includes("$$")) return line;
	let out = "";
	let i = 0;
	const next: number[] = OPENERS.map(() => -2);
	while (i <= line.length) {
		if (st.mode) {
			const close = line.indexOf(CLOSER[st.mode], i);
			if (close < 0) return out;
			i = close + CLOSER[st.mode].length;
			st.mode = null;
			out += " ";
			continue;
		}
		let best = -1;
		let mode: Mode = null;
		for (let k = 0; k < OPENERS.length; k++) {
			if (next[k] !== -1 && next[k] < i) next[k] = line.indexOf(OPENERS[k][0], i);
			const at = next[k];
			if (at >= 0 && (best < 0 || at < best)) {
				best = at;
				mode = OPENERS[k][1];
			}
		}
		if (best < 0) return out + line.slice(i);
		out += line.slice(i, best);
		st.mode = mode;
		i = best + (mode === "<!--" ? 4 : 2);
	}
	return out;
}

const FENCE_OPEN = /^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})/;

/** Scans the whole note; `bodyStartLine` lines of front-matter are skipped. */
export function scanLines(lines: string[], bodyStartLine: number): ScanLine[] {
	const out: ScanLine[] = [];
	const st: State = { mode: null };
	const html = newHtmlState();
	let fence: string | null = null;
	for (let n = 0; n < lines.length; n++) {
		const raw = lines[n];
		if (n < bodyStartLine) {
			out.push({ raw, text: "", skip: true });
			continue;
		}
		if (fence) {
			const m = FENCE_OPEN.exec(raw);
			if (
				m &&
				m[1][0] === fence[0] &&
				m[1].length >= fence.length &&
				raw
					.trim()
					.replace(/^(?:>\s?)*/, "")
					.trim() === m[1]
			)
				fence = null;
			out.push({ raw, text: "", skip: true });
			continue;
		}
		if (!st.mode) {
			const m = FENCE_OPEN.exec(raw);
			if (m && !(m[1][0] === "`" && raw.slice(raw.indexOf(m[1]) + m[1].length).includes("`"))) {
				fence = m[1];
				out.push({ raw, text: "", skip: true });
				continue;
			}
		}
		const wasInRegion = st.mode !== null;
		const noRegions = dropRegions(dropInlineCode(raw), st);
		const wholeLineRegion = wasInRegion && st.mode !== null;
		const cleaned = dropInlineMath(noRegions);
		const conv = htmlLine(cleaned, html);
		out.push({
			raw,
			text: wholeLineRegion ? "" : conv.text,
			skip: wholeLineRegion,
			breakBefore: conv.breakBefore || undefined,
		});
		setext(out, n);
	}
	return out;
}

const SETEXT = /^ {0,3}(=+|-{3,})[ \t]*$/;
const NOT_PARAGRAPH = /^\s*(?:[-*+>#|]|\d{1,9}[.)]\s|<)/;

/**
 * Setext headings: a one-line paragraph underlined with `===` (H1) or `---` (H2) becomes `# text` / `## text`,
 * as Obsidian shows it. (A multi-line paragraph before `---` is left alone: there `---` stays a rule.)
 */
function setext(out: ScanLine[], n: number): void {
	const line = out[n];
	const m = line.skip ? null : SETEXT.exec(line.text);
	if (!m || n < 1) return;
	const prev = out[n - 1];
	const before = out[n - 2];
	if (prev.skip || !prev.text.trim() || NOT_PARAGRAPH.test(prev.text) || /^ {4}/.test(prev.text)) return;
	if (before && !before.skip && before.text.trim()) return;
	prev.text = `${m[1][0] === "=" ? "#" : "##"} ${prev.text.trim()}`;
	line.text = "";
}
