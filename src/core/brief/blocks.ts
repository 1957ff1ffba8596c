import type { Block, ScanLine } from "./types";
import { HEADING } from "./sections";

/** `- item`, `* item`, `+ item`, `1. item`, `1) item`, with an optional task box. */
export const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX/>-]\][ \t]+)?(.*)|[ \t]*$)/;
/** Indented `a. text` / `b) text` lines under a list item: lettered sub-items. */
/** The task box of `- [ ] Read pages 261–264` (Obsidian Tasks and checklists). */
const TASK_BOX = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX/>-]\][ \t]/;
const LETTERED = /^(\s+)[a-zA-Z][.)][ \t]+(\S.*)$/;
/** Written with no two `\s*` side by side: `\s*\|?\s*` backtracks quadratically on a run of spaces. */
const TABLE_SEP = /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/;
const QUOTE_PREFIX = /^\s*(?:>[ \t]?)+/;
const CALLOUT = /^\[!([\w-]+)\][+-]?[ \t]*(.*)$/;

export function indentWidth(ws: string): number {
	let w = 0;
	for (const ch of ws) w += ch === "\t" ? 4 : 1;
	return w;
}

/** Removes the `>` prefixes of a blockquote line; null when it is not one. */
export function unquote(text: string): string | null {
	if (!text.trimStart().startsWith(">")) return null;
	return text.replace(QUOTE_PREFIX, "");
}

export function calloutOf(text: string): { type: string; title: string } | null {
	const m = CALLOUT.exec(text.trim());
	return m ? { type: m[1].toLowerCase(), title: m[2].trim() } : null;
}

/** Sentence-ending punctuation at the end of a line: the next line starts a new unit. */
function endsUnit(text: string): boolean {
	return /[.!?:;)"\u201d\u2019]\s*$/.test(text) || /\s{2}$/.test(text);
}

/**
 * A line that stops on a word no sentence ends with ("… shortly after", "… the", "… of"): hard-wrapped prose,
 * so the next line continues it even when it starts with a capital or a digit ("after\n600 CE.").
 */
const OPEN_END =
	/\b(?:the|a|an|of|in|on|at|to|by|for|from|with|into|onto|upon|after|before|until|till|since|during|between|and|or|but|than|as|about|around|under|over|against|towards?|through|across|among|via)$/i;

function continues(prev: string, text: string): boolean {
	return startsLower(text) || OPEN_END.test(prev.trimEnd());
}

function startsLower(text: string): boolean {
	const ch = text.trimStart()[0];
	return !!ch && ch >= "a" && ch <= "z";
}

/** Table row -> its non-empty cells (separator rows -> null). */
export function tableRow(text: string): string[] | null {
	if (TABLE_SEP.test(text)) return null;
	let t = text.trim();
	const escaped = t.includes("\\|");
	if (escaped) t = t.replace(/\\\|/g, "\uE000");
	if (t.startsWith("|")) t = t.slice(1);
	if (t.endsWith("|")) t = t.slice(0, -1);
	// Only the non-empty cells are made: a line of 100,000 pipes does not become 100,000 empty strings.
	const cells: string[] = [];
	for (let start = 0; start <= t.length; ) {
		const bar = t.indexOf("|", start);
		const end = bar < 0 ? t.length : bar;
		if (end > start) {
			const cell = (escaped ? t.slice(start, end).replace(/\uE000/g, "|") : t.slice(start, end)).trim();
			if (cell) cells.push(cell);
		}
		if (bar < 0) break;
		start = bar + 1;
	}
	return cells;
}

/**
 * Groups readable lines into blocks: headings, list items (with their continuation lines), table rows,
 * blockquote paragraphs and prose units. A prose line joins the previous one only when that line does not
 * end a sentence and this one starts in lower case (hard-wrapped prose); otherwise every line is its own unit.
 */
export function buildBlocks(lines: ScanLine[], labelLines: Set<number> = new Set()): Block[] {
	const out: Block[] = [];
	let cur: Block | null = null;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n];
		const text = line.text;
		if (line.skip || !text.trim()) {
			cur = null;
			continue;
		}
		if (HEADING.test(text)) {
			const h = HEADING.exec(text)!;
			out.push({ kind: "heading", lines: [n], parts: [h[2]], indent: 0, level: h[1].length });
			cur = null;
			continue;
		}
		const q = unquote(text);
		if (q !== null) {
			const c = calloutOf(q);
			if (c || !q.trim()) {
				if (c && c.title && c.type !== "quote" && c.type !== "cite")
					out.push({ kind: "heading", lines: [n], parts: [c.title], indent: 0 });
				cur = null;
				continue;
			}
			const inner = LIST_ITEM.exec(q);
			if (inner) {
				cur = { kind: "quote", lines: [n], parts: [inner[3] ?? ""], indent: 0 };
				out.push(cur);
				continue;
			}
			if (cur && cur.kind === "quote" && !endsUnit(cur.parts[cur.parts.length - 1]) && startsLower(q)) {
				cur.lines.push(n);
				cur.parts.push(q);
				continue;
			}
			cur = { kind: "quote", lines: [n], parts: [q], indent: 0 };
			out.push(cur);
			continue;
		}
		if (text.trimStart().startsWith("|")) {
			const row = tableRow(text);
			if (row?.length) out.push({ kind: "row", lines: row.map(() => n), parts: row, indent: 0 });
			cur = null;
			continue;
		}
		const item = LIST_ITEM.exec(text);
		if (item) {
			cur = { kind: "item", lines: [n], parts: [item[3] ?? ""], indent: indentWidth(item[1]) };
			if (/^\d{3,4}\.$/.test(item[2])) cur.yearMarker = item[2].slice(0, -1);
			if (TASK_BOX.test(text)) cur.task = true;
			out.push(cur);
			continue;
		}
		const lettered = LETTERED.exec(text);
		if (lettered && cur?.kind === "item") {
			cur = { kind: "item", lines: [n], parts: [lettered[2]], indent: indentWidth(lettered[1]) };
			out.push(cur);
			continue;
		}
		const joinable = cur && !line.breakBefore && !labelLines.has(n) && (cur.kind === "item" || cur.kind === "para");
		if (
			joinable &&
			cur &&
			(cur.kind === "item"
				? !endsUnit(cur.parts[cur.parts.length - 1]) || /^\s/.test(text)
				: !endsUnit(cur.parts[cur.parts.length - 1]) && continues(cur.parts[cur.parts.length - 1], text))
		) {
			cur.lines.push(n);
			cur.parts.push(text.trim());
			continue;
		}
		cur = { kind: "para", lines: [n], parts: [text.trim()], indent: 0 };
		out.push(cur);
	}
	return out;
}
