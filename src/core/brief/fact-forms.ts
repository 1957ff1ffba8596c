/**
 * Definitions students write without a `**Term:**` label, read as facts:
 * - a dash after the term: `- **The Annals** - A history of …`, `- Zemstvos - local assemblies meant to …`;
 * - a table of terms and definitions (two columns, or a column headed "Definition", "Meaning", "Significance" …);
 * - a name defined by "was a / is a / is the" in the first sentence: `Voltaire was a middle-class playwright.`
 * Each form is strict about the term (a name or a term in title case, never a date, a sentence or a question) and
 * about the definition (words, not one name or a list of names), since anything read here becomes a quiz item.
 */
import type { Block } from "./types";
import { stripInline } from "./strip";

export interface FormFact {
	label: string;
	rest: string;
}

/** Small words a term in title case may hold ("Treaty of Versailles", "Otto von Bismarck"). */
const LINK_WORD = /^(of|the|and|for|de|du|des|la|le|von|van|der|den|di|da|del|y|in|on|to|a|an|&)$/;
/** How a term may not start: a date, a number, a question word, a verb in the past ("Emancipated the serfs"). */
const NOT_A_TERM =
	/^(\d|c\.|ca\.|circa\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|who\b|what\b|when\b|where\b|why\b|how\b|which\b|some\b|many\b|most\b|one\b|this\b|that\b|these\b|those\b|it\b|he\b|she\b|they\b|there\b|here\b|below\b|above\b|today\b|\p{L}+ed\b)/iu;

/** A name or a term in title case: 1-6 words, each capitalised or a small linking word, no sentence punctuation. */
export function titleCaseTerm(term: string): boolean {
	const t = term.trim();
	// "Heimler 6.2": a section number or a reference, not a term.
	if (t.length < 3 || t.length > 60 || NOT_A_TERM.test(t) || /[()[\]?!:;,"“”]|\d\.\d/.test(t)) return false;
	const words = t.split(/\s+/);
	if (words.length > 6 || !/^\p{Lu}/u.test(words[0])) return false;
	return words.every((w) => /^[\p{Lu}\d]/u.test(w) || LINK_WORD.test(w) || /^['’]s$/.test(w));
}

/** Words of the definition that are not names: it says something ("local assemblies meant to …"), not "Alexander II, Witte". */
export function definitionWords(def: string): boolean {
	const lower = def.split(/\s+/).filter((w) => /^\p{Ll}{3,}/u.test(w.replace(/^[("“‘]+/, "")));
	return lower.length >= 2 && def.split(/\s+/).length >= 3;
}

const DASH = /^(.{2,80}?)\s+[-–—]\s+(\S.*)$/;

/** `**Term** - definition`, `Term – definition`, `Term — definition` as a list item's first line. */
export function dashFact(b: Block): FormFact | null {
	const first = (b.parts[0] ?? "").trim();
	const bold = /^(\*\*|__)([^*_\n]{1,80}?)\1(?:\s*\(([^)]{1,60})\))?\s+[-–—]\s+(\S.*)$/.exec(first);
	const m = bold ? null : DASH.exec(stripInline(first));
	const label = bold ? stripInline(bold[2]).trim() : m?.[1].trim();
	const rest = bold ? bold[4] : m?.[2];
	if (!label || !rest || !titleCaseTerm(label)) return null;
	const definition = stripInline([rest, ...b.parts.slice(1)].join(" ")).trim();
	return definitionWords(definition) ? { label, rest: definition } : null;
}

/**
 * "Voltaire was a middle-class playwright.", "The Triple Alliance was a secret agreement between …": one subject
 * ("was", "is"; a plural subject is a group, "Natural Laws were the parts …", rarely a definition). "was the" only
 * for a relation ("the son of …", "the founder of …"): "Paris was the recognized capital …" is a claim, not a definition.
 */
const COPULA =
	/^((?:The\s+)?[\p{Lu}][^.!?;:,()]{1,58}?)\s+(?:was|is)\s+((?:a|an)\s+[^.!?;]{8,200}|the\s+(?:son|daughter|wife|husband|father|mother|brother|sister|widow|heir|founder|author|leader|head)\s+of\s+[^.!?;]{4,200})/u;

/** A name defined by the copula in the first sentence of an item or paragraph. The definition keeps its article. */
export function copulaFact(b: Block): FormFact | null {
	const text = stripInline(b.parts.join(" ")).trim();
	const m = COPULA.exec(text);
	if (!m || !titleCaseTerm(m[1])) return null;
	const def = m[2].trim();
	return definitionWords(def) ? { label: m[1].trim(), rest: def } : null;
}

/** A column header that holds definitions. */
const DEF_HEADER =
	/^(definition|meaning|significance|explanation|description|identification|importance|what (it|they) (is|was|were|are))\b/i;

/** Terms and definitions from tables: two columns, or the first column with one headed "Definition" (and such). */
export function tableFacts(blocks: Block[]): Array<FormFact & { line: number }> {
	const out: Array<FormFact & { line: number }> = [];
	let header: Block | null = null;
	let prev: Block | null = null;
	// The definition column of the current table, read once per header (-1: none).
	let at = -1;
	for (const b of blocks) {
		if (b.kind !== "row") {
			header = prev = null;
			at = -1;
			continue;
		}
		const gap = prev ? b.lines[0] - prev.lines[0] : Infinity;
		// The separator line is no block: a header's first data row lies 2 lines below it. After a data row, a gap
		// of 2 (one blank line) or more starts a new table with its own header.
		const starts = gap > 2 || (gap === 2 && prev !== header);
		prev = b;
		if (starts) {
			header = b;
			const cols = b.parts.length <= 12 ? b.parts.map((h) => stripInline(h).trim()) : [];
			at = cols.length === 2 ? 1 : cols.findIndex((h, i) => i > 0 && DEF_HEADER.test(h));
			continue;
		}
		if (!header || at <= 0 || b.parts.length !== header.parts.length) continue;
		const label = stripInline(b.parts[0]).trim();
		const rest = stripInline(b.parts[at]).trim();
		if (titleCaseTerm(label) && definitionWords(rest)) out.push({ label, rest, line: b.lines[0] });
	}
	return out;
}
