/**
 * Finer term kinds and the per-card rules of the term questions (issue 18, blind batches of December 2026):
 * - a kind is trusted only when the term's head noun, the definition's head noun, the section heading or a
 *   lifespan says it; a name known only by its position ("Pilum", "Cohort") gets no kind and never mixes;
 * - military units, weapons/equipment and peoples are kinds of their own: a cohort is not offered among swords;
 * - a definition that starts with a note's own label ("Significance: …", "Impact: …") or a term that carries one
 *   ("Edict of Milan — Significance") is not a definition of the term: the card is dropped;
 * - match pairs that can be paired without knowing the subject (the same words or the same script on both sides)
 *   are left out of match.
 */
import { foldWords } from "../brief/term-defs";
import { termClass } from "./gate-terms";
import { definitionHeadWord, headingKind, headOf, lifespanShown } from "./term-kind";

const FINE: Array<[string, string]> = [
	[
		"unit",
		"legion legions cohort cohorts maniple maniples regiment regiments battalion battalions brigade brigades division divisions corps squadron squadrons platoon platoons troop troops cavalry infantry phalanx unit units fleet fleets detachment garrison bodyguard guard guards legionaries legionary hoplites archers",
	],
	[
		"weapon",
		"weapon weapons sword swords spear spears javelin javelins shield shields helmet helmets armour armor bow bows crossbow crossbows cannon cannons gun guns musket muskets rifle rifles pike pikes lance lances dagger daggers catapult catapults ballista trebuchet tank tanks artillery chariot chariots warship warships galley galleys trireme triremes equipment siege engine",
	],
	["peoples", "peoples tribe tribes nation nations confederation confederacy clan clans ethnic"],
];
const FINE_OF = new Map<string, string>();
for (const [k, words] of FINE) for (const w of words.split(" ")) FINE_OF.set(w, k);

/** The head noun of a term: the word before "of" ("Battle of Zama"), else its last word ("Frankfurt Parliament"). */
function termHeadWord(term: string): string | undefined {
	const words = foldWords(term.replace(/\([^)]*\)/g, " "));
	const of = words.findIndex((w, i) => i > 0 && /^(of|at|on|to|in)$/.test(w));
	return of > 0 ? words[of - 1] : words[words.length - 1];
}

/** The first word of the definition's opening noun phrase that `known` knows ("a short sword …" → sword). */
function firstHeadWord(definition: string, known: (w: string) => boolean): string | undefined {
	const first = foldWords((definition.split(/[,;:()–—]|\s-\s|\b(?:who|which|that|whose)\b/i)[0] ?? "").trim());
	for (const w of first.slice(0, 6)) {
		if (/^(of|in|on|at|by|for|from|with|was|is|were|are)$/.test(w)) break;
		if (known(w)) return w;
	}
	return undefined;
}

/**
 * The kind a term question may rely on, or null when no word of the note says it. `broad` is the kind the
 * gate's termClass gave (person, place, event …); the fine kinds (unit, weapon, peoples) refine it.
 */
export function trustedKind(
	term: string,
	definition: string,
	heading: string | undefined,
	broad: string,
): string | null {
	if (broad === "unknown") return null;
	const fromTerm = termHeadWord(term);
	const fineTerm = fromTerm ? FINE_OF.get(fromTerm) : undefined;
	const fineDef = firstHeadWord(definition, (w) => FINE_OF.has(w));
	const fine = fineDef ? FINE_OF.get(fineDef) : fineTerm;
	if (fine) return fineTerm && fineTerm !== fine ? null : fine;
	// "the son of a skilled craftsman who …": the opening noun says the kind even when a participle follows.
	const defHead =
		definitionHeadWord(definition) ??
		firstHeadWord(definition, (w) => headOf(w) !== undefined && headOf(w) === broad);
	const termHead = fromTerm && headOf(fromTerm) ? fromTerm : undefined;
	// The name says one kind and its definition another ("Council" defined as "a law …"): not trusted.
	if (termHead && defHead && headOf(termHead) !== headOf(defHead)) return null;
	if (termHead || defHead || headingKind(heading) || lifespanShown(term, definition)) return broad;
	// The name alone says it, in any language ("Bataille de la Marne", "Storming of the Bastille").
	const byName = termClass(term, "");
	if (byName === broad && !["concept", "unknown", "date"].includes(byName)) return broad;
	// "His reforms of 508 BC …": the definition speaks of a man or a woman.
	if (broad === "person" && /^\s*(his|her|he|she)\b/i.test(definition)) return broad;
	// "Deism", "Sovereignty": concept-shaped words are concepts by their form.
	return /^\p{L}+(ism|ity|ness|ology|archy|cracy|ification|isation|ization)$/iu.test(term.trim()) ? broad : null;
}

/** Words a note uses as a label for a part of its entry, not as the thing defined. */
const LEAD_WORDS =
	"significance importance impact effects effect consequences consequence results result outcome outcomes causes cause reasons reason background context role summary definition meaning key facts notes note details description overview aftermath legacy purpose aim aims why how what when where who example examples".split(
		" ",
	);
const LEAD = new Set(LEAD_WORDS);

/**
 * "Significance: it ended …", "Key facts: …", "- Impact: …": the definition opens with a label of one to three
 * words and a colon. "A treaty of 1648: it ended …" (a longer phrase) and "Latin for 'citizen'" stay.
 */
export function leadLabel(definition: string): boolean {
	const m = /^\s*[-–—]?\s*(\p{L}[\p{L}'’]*(?:\s+[\p{L}'’&]+){0,2})\s*:\s/u.exec(definition);
	if (!m) return false;
	const words = foldWords(m[1]);
	return words.some((w) => LEAD.has(w)) || /^\p{Lu}/u.test(m[1].trim());
}

/** "Edict of Milan — Significance", "Marius (Impact)": a term carrying the note's label for the entry's part. */
export function termCarriesLabel(term: string): boolean {
	const m = /(?:\s[-–—:]\s*|\()\s*([\p{L}\s]+?)\)?\s*$/u.exec(term);
	if (!m) return false;
	const words = foldWords(m[1]);
	return words.length > 0 && words.length <= 3 && words.some((w) => LEAD.has(w));
}

/** The letters of a text other than Latin ones, by script: "bn" for Bengali, … (empty for plain Latin). */
export function scriptsOf(text: string): string {
	const found = new Set<string>();
	for (const ch of text) {
		if (!/\p{L}/u.test(ch) || /\p{Script=Latin}/u.test(ch)) continue;
		found.add(SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? "other");
	}
	return [...found].sort().join(",");
}
const SCRIPTS: Array<[string, RegExp]> = [
	["bn", /\p{Script=Bengali}/u],
	["dev", /\p{Script=Devanagari}/u],
	["ar", /\p{Script=Arabic}/u],
	["el", /\p{Script=Greek}/u],
	["cy", /\p{Script=Cyrillic}/u],
	["he", /\p{Script=Hebrew}/u],
	["han", /\p{Script=Han}/u],
];

/**
 * A pair a student can match without the subject: a content word of the term (or its stem) comes back in the
 * definition ("Tetrarchy: rule by four tetrarchs"). (Pairs set apart by their script: matchQuestions.)
 */
export function pairsBySurface(term: string, definition: string): boolean {
	const def = foldWords(definition);
	const stems = foldWords(term)
		.filter((w) => w.length >= 4)
		.map((w) => w.slice(0, Math.max(4, Math.min(6, w.length - 2))));
	return stems.some((s) => def.some((d) => d.startsWith(s)));
}
