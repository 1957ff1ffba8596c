import type { Block } from "./types";
import { readLabel } from "./sections";
import { stripInline } from "./strip";
import { unwrapQuote } from "./quotes";
import { memoByObject } from "../text";
import { definedTermProblem, definitionProblem } from "./term-defs";
import { moreTermFacts } from "./term-facts";
import { isGlossaryTitle } from "./term-forms";
import { copulaFact, dashFact, tableFacts } from "./fact-forms";

export interface RawFact {
	term: string;
	definition: string;
	line: number;
}

/** `Term:: definition` (Dataview inline field) at the start of a line. */
const INLINE_FIELD = /^([^:\n[\]`]{1,60}?)::[ \t]*(\S.*)$/;

export interface BlockLabel {
	label: string;
	rest: string;
	first: string;
}

/**
 * Bold label of a block's first line: `**Term:** text`, `**Term**: text`, `__Term:__ text`. Remembered per
 * block: facts, themes and events each ask for it (a block's parts do not change once built).
 */
export const blockLabel: (b: Block) => BlockLabel | null = memoByObject(readBlockLabel);

function readBlockLabel(b: Block): BlockLabel | null {
	const field = INLINE_FIELD.exec(b.parts[0] ?? "");
	if (field) {
		const label = stripInline(field[1]).trim();
		if (label) return { label, rest: [field[2], ...b.parts.slice(1)].join(" ").trim(), first: field[2] };
	}
	const l = readLabel(b.parts[0] ?? "");
	if (!l || !l.colon) return null;
	const label = unwrapQuote(stripInline(l.title).replace(/:$/, "").trim());
	if (!label) return null;
	const rest = [l.rest, ...b.parts.slice(1)].join(" ").trim();
	return { label, rest, first: l.rest };
}

/** In a facts section, `- Rubicon: the river Caesar crossed` (no bold) is a term too, when the term is short. */
function plainTermLabel(b: Block): { label: string; rest: string } | null {
	const m = /^([^:*_[\]`]{1,40}):[ \t]+(\S.*)$/.exec(stripInline(b.parts[0] ?? ""));
	if (!m || DATE_START.test(m[1]) || m[1].trim().split(/\s+/).length > 5) return null;
	return { label: m[1].trim(), rest: [m[2], ...b.parts.slice(1)].join(" ").trim() };
}

const DATE_START = /^(?:\d|c\.|ca\.|circa\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i;

/** Outside a facts section: a term, not a date label (`**1860**:`) nor a repeated field label (`**Correct Answer:**`). */
function looksLikeTerm(label: string, counts: Map<string, number>): boolean {
	if (label.length > 60 || DATE_START.test(label)) return false;
	return (counts.get(label.toLowerCase()) ?? 0) <= 1;
}

/**
 * Facts: bold-label bullets in a facts-role section, and `Term:: definition` inline fields anywhere; then the
 * forms of fact-forms.ts (`Term - definition` items, "X was a …" sentences, tables of terms). Outside facts
 * sections these count only when the note has no facts section and the label looks like a term (see looksLikeTerm).
 */
export function findFacts(blocks: Block[], hasFactsSection: boolean): RawFact[] {
	const out: RawFact[] = [];
	const termCount = new Map<string, number>();
	for (const b of blocks) {
		if (b.kind !== "item" || b.section?.role === "facts") continue;
		const l = blockLabel(b);
		if (l) termCount.set(l.label.toLowerCase(), (termCount.get(l.label.toLowerCase()) ?? 0) + 1);
	}
	for (const b of blocks) {
		if (b.kind !== "item" && b.kind !== "para") continue;
		const field = INLINE_FIELD.exec(b.parts[0] ?? "");
		if (field) {
			const term = stripInline(field[1]).trim();
			const definition = stripInline([field[2], ...b.parts.slice(1)].join(" ")).trim();
			if (term && definition) out.push({ term, definition, line: b.lines[0] });
			continue;
		}
		const inFacts = b.section?.role === "facts";
		const glossary = inFacts || (b.section !== undefined && isGlossaryTitle(b.section.title));
		if (!glossary && hasFactsSection) continue;
		const bold = b.kind === "item" ? blockLabel(b) : null;
		// A bold label with nothing after it heads a sub-list; it is no definition of another form either.
		if (bold && !bold.rest) continue;
		const labelled = bold ?? (b.kind === "item" && glossary ? plainTermLabel(b) : null);
		const l = labelled ?? (b.kind === "item" ? dashFact(b) : null) ?? copulaFact(b);
		if (!l || !l.rest) continue;
		// The dash and copula forms are a term only when the note defines it, in a facts section too ("Causes - …").
		const checked = !inFacts || !labelled;
		if (checked && !(looksLikeTerm(l.label, termCount) && keptLabel(l.label, stripInline(l.rest)))) continue;
		if (definitionProblem(l.label, stripInline(l.rest)) === "etymology") continue;
		out.push({ term: l.label, definition: stripInline(l.rest), line: b.lines[0] });
	}
	const rows = blocks.filter((b) => b.kind !== "row" || !hasFactsSection || b.section?.role === "facts");
	for (const t of tableFacts(rows)) out.push({ term: t.label, definition: t.rest, line: t.line });
	return [
		...out,
		...moreTermFacts(
			blocks,
			hasFactsSection,
			out.map((f) => f.term),
		),
	];
}

/**
 * Outside a facts section a label is a fact only when the note defines it (term-defs.ts); a definition that
 * names its term stays a fact (cloze, "Which term fits?"), never a term-definition pair.
 */
function keptLabel(term: string, definition: string): boolean {
	const p = definedTermProblem(term, definition);
	return p === null || p === "names-term";
}

/** Themes: the top-level list items of themes-role sections. */
export function findThemes(blocks: Block[]): string[] {
	const out = themeItems(blocks);
	if (out.length) return out;
	// No list: the paragraphs of the themes section (or the text after its `**Main Themes:**` label).
	for (const b of blocks) {
		if (b.kind !== "para" || b.section?.role !== "themes") continue;
		const label = blockLabel(b);
		const t = stripInline(label ? label.rest : b.parts.join(" ")).trim();
		if (t && !(label && !label.rest)) out.push(t);
	}
	return out;
}

function themeItems(blocks: Block[]): string[] {
	const out: string[] = [];
	let minIndent = Infinity;
	let section: unknown = null;
	for (const b of blocks) {
		if (b.kind !== "item" || b.section?.role !== "themes") continue;
		if (b.section !== section) {
			section = b.section;
			minIndent = Infinity;
		}
		minIndent = Math.min(minIndent, b.indent);
		if (b.indent > minIndent) continue;
		const t = stripInline(b.parts.join(" ")).trim();
		if (t) out.push(t);
	}
	return out;
}
