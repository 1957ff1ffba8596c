/**
 * The forms in which students define terms, beside `**Term**: definition` (facts.ts): `Term - definition` and
 * `Term — definition` list items, a glossary / key terms / vocabulary section, a term | definition table, and a
 * section about X opening with "X was a …" / "X is the …". Each form yields a candidate that must still pass
 * `definedTermProblem` (term-defs.ts).
 */
import type { Block } from "./types";
import { stripInline } from "./strip";
import { contentTermWords, foldWords } from "./term-defs";
import { memoByKey } from "../text";

export interface TermCandidate {
	term: string;
	definition: string;
	line: number;
}

/** Section titles of glossaries, in the languages the reader knows (folded). */
const GLOSSARY =
	/^(key )?(terms?|vocabulary|glossary|definitions?|concepts?|terminology|words?|keywords?|key words|people|figures|key figures|important terms|important people|people to know|terms to know|who s who|lexique|vocabulaire|glossaire|notions|definitions|personnages|begriffe|glossar|worterbuch|personen|glosario|vocabulario|terminos|conceptos|personajes|glossario|vocabolario|termini|personaggi)( to know| and definitions| and concepts| and people)?$/;

/** Asked once per block of a note (its section's title): memoised, the folding is the costly part. */
export const isGlossaryTitle = memoByKey(5000, (title: string): boolean => GLOSSARY.test(foldWords(title).join(" ")));

/** `Term - definition`, `Term – definition`, `Term — definition` (spaces around the dash). */
const DASH = /^(.{1,60}?)\s+[-–—]{1,2}\s+(\S.*)$/;
const NAME_LINK = new Set(
	"of the and de la le du des von van der den di da del al bin ibn el on in at for to".split(" "),
);

/**
 * A term in the dash form is written like a name: up to 5 words, each capitalised or a linking word ("Treaty of
 * the Pyrenees", "Otto von Bismarck"), or up to 3 words with no digit ("Laissez-faire", "Divine right").
 */
function looksLikeName(term: string): boolean {
	const words = term.split(/\s+/);
	if (/\d/.test(term) && !/\p{Lu}/u.test(term)) return false;
	if (!/^[\p{Lu}\p{N}"“']/u.test(term) && words.length > 1) return false;
	if (
		words.length <= 5 &&
		words.every((w, i) => (i > 0 && NAME_LINK.has(w.toLowerCase())) || /^[\p{Lu}\p{N}"“'(]/u.test(w))
	)
		return true;
	return words.length <= 3 && !/\d/.test(term) && !words.some((w) => /ed$/i.test(w) && w.length > 4);
}

export function dashDefinition(text: string): { term: string; definition: string } | null {
	const m = DASH.exec(stripInline(text).trim());
	if (!m) return null;
	const term = m[1].trim().replace(/[*_]+/g, "");
	if (!looksLikeName(term)) return null;
	return { term, definition: m[2].trim() };
}

const TERM_HEADER =
	/^(term|terms|word|concept|name|person|people|figure|key term|vocabulary|notion|begriff|terme|termino|mot|nom)$/;
const DEF_HEADER =
	/^(definition|meaning|description|explanation|significance|importance|who|what|identification|definicion|significado|bedeutung|erklarung|signification|descripcion)$/;

/** Term | definition tables: a header naming a term column and a definition column; one candidate per row. */
export function tableDefinitions(blocks: Block[]): TermCandidate[] {
	const out: TermCandidate[] = [];
	let cols: { t: number; d: number } | null = null;
	let prevLine = -2;
	for (const b of blocks) {
		if (b.kind !== "row") {
			cols = null;
			continue;
		}
		const cells = b.parts.map((p) => stripInline(p).trim());
		const line = b.lines[0];
		if (line > prevLine + 2) cols = null; // the "| --- |" line is no block
		prevLine = line;
		if (!cols) {
			const heads = cells.map((c) => foldWords(c).join(" "));
			const t = heads.findIndex((h) => TERM_HEADER.test(h));
			const d = heads.findIndex((h) => DEF_HEADER.test(h));
			if (t >= 0 && d >= 0 && t !== d) cols = { t, d };
			continue;
		}
		if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) continue;
		const term = cells[cols.t] ?? "";
		const definition = cells[cols.d] ?? "";
		if (term && definition) out.push({ term, definition, line });
	}
	return out;
}

/** "X was a …", "X is the …", "X were …": the copula right after the term (or its last name word). */
const COPULA = /^\s*(?:was|is|were|are|refers to|means)\s+(\S.*)$/i;

/**
 * The first sentence of a section about X ("## Otto von Bismarck" / "Otto von Bismarck was a Prussian statesman
 * who …"): X defined by what follows the copula, up to the end of the sentence.
 */
export function sectionOpening(heading: string, first: string): { term: string; definition: string } | null {
	const term = stripInline(heading).trim();
	if (!looksLikeName(term) || contentTermWords(term).length === 0) return null;
	const text = stripInline(first).trim();
	const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
	const words = term.split(/\s+/);
	const names = [term, words[words.length - 1], `The ${term}`, `the ${term}`].filter((n) => n.length >= 3);
	for (const n of names) {
		if (!sentence.toLowerCase().startsWith(n.toLowerCase())) continue;
		const m = COPULA.exec(sentence.slice(n.length).replace(/^\s*\([^)]*\)/, ""));
		if (m) return { term, definition: m[1].replace(/[.!]$/, "").trim() };
	}
	return null;
}
