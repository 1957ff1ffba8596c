/**
 * Facts from the other forms students define terms in (term-forms.ts): dash items, glossary sections, term |
 * definition tables and "X was a …" section openings. Only terms the note defines (term-defs.ts) are kept. In a
 * facts or glossary section every such form counts, and a section opening anywhere; other forms elsewhere only when the note has no facts section, like the
 * bold labels of facts.ts.
 */
import type { Block } from "./types";
import { stripInline } from "./strip";
import { definedTermProblem, foldWords } from "./term-defs";
import type { TermCandidate } from "./term-forms";
import { dashDefinition, isGlossaryTitle, sectionOpening, tableDefinitions } from "./term-forms";

/**
 * A definition says what the term is (a noun phrase), not what it did ("returned to Petrograd in 1917") nor how
 * much it mattered ("immensely significant in …").
 */
const VERB_LED =
	/^(\p{Ll}+ly|very|most|more|less|significant|important|crucial|helped|allowed|caused|\p{Ll}+ed|was|were|is|are|had|has|went|made|took|became|began|led|won|lost|fought|gave|wrote|said|set|met|ran|came|saw|held|built|sent)\b/u;

function inGlossary(b: Block): boolean {
	return b.section?.role === "facts" || (b.section !== undefined && isGlossaryTitle(b.section.title));
}

function accept(c: TermCandidate | null, out: TermCandidate[], seen: Set<string>): void {
	if (!c) return;
	const term = c.term.trim();
	const definition = stripInline(c.definition).trim();
	if (definedTermProblem(term, definition) !== null || VERB_LED.test(definition)) return;
	const key = foldWords(term).join(" ");
	if (seen.has(key)) return;
	seen.add(key);
	out.push({ term, definition, line: c.line });
}

/** The glossary-form facts of a note; `known` holds the terms facts.ts found already (folded, lower case). */
export function moreTermFacts(blocks: Block[], hasFactsSection: boolean, known: string[]): TermCandidate[] {
	const out: TermCandidate[] = [];
	const seen = new Set(known.map((k) => foldWords(k).join(" ")));
	const open = (b: Block) => !hasFactsSection || inGlossary(b);
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i];
		if (b.kind === "item" && open(b)) {
			const d = dashDefinition([b.parts[0] ?? "", ...b.parts.slice(1)].join(" "));
			if (d) accept({ ...d, line: b.lines[0] }, out, seen);
		}
		if (b.kind === "heading" && (b.level ?? 0) >= 2) {
			const next = blocks[i + 1];
			if (next && next.kind === "para") {
				const o = sectionOpening(b.parts[0] ?? "", next.parts.join(" "));
				if (o) accept({ ...o, line: next.lines[0] }, out, seen);
			}
		}
	}
	for (const row of tableDefinitions(blocks.filter(open))) accept(row, out, seen);
	return out;
}
