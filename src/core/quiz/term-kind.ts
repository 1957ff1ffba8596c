/**
 * The kind of thing a term names (issue 18): person, place, event, agreement (treaty, act, law), institution
 * (organisation, party), period (era, dynasty), group (a nobility, a class) or concept. Read from the term's head noun ("Battle of Zama",
 * "Treaty of Paris"), else the head of its definition ("was a French general" → person, "local assemblies …" →
 * institution), else the heading of its section ("Key people"), else how the definition uses the name. Term
 * questions only offer options of the answer's kind.
 */
import { foldWords } from "../brief/term-defs";
import type { TermClass } from "./gate-terms";

const DEF_HEADS: Array<[TermClass, string]> = [
	[
		"person",
		"general king queen emperor empress leader ruler statesman stateswoman politician president minister chancellor philosopher writer author poet novelist playwright composer painter artist sculptor architect scientist inventor explorer navigator commander admiral pharaoh tsar czar sultan caliph shah khan pope bishop monk priest prophet saint soldier revolutionary reformer activist founder dictator consul senator tribune historian economist theorist thinker noble nobleman aristocrat prince princess duke duchess count lord lady man woman son daughter wife husband brother sister father mother heir successor mathematician physicist chemist astronomer theologian preacher missionary diplomat ambassador governor mayor tyrant warlord conqueror merchant banker industrialist abolitionist feminist suffragette socialist anarchist journalist lawyer judge",
	],
	[
		"place",
		"city town village capital river sea ocean island islands region province constituency borough country colony port harbour harbor mountain mountains valley fortress peninsula territory plain desert lake strait canal continent state kingdom site settlement",
	],
	[
		"event",
		"battle struggle war revolt rebellion revolution uprising massacre siege conflict crisis campaign invasion coup riot riots strike election assassination conquest expedition famine plague epidemic protest march reform reforms",
	],
	[
		"agreement",
		"treaty agreement pact act law laws decree edict bill charter constitution declaration accord accords amendment statute convention armistice truce",
	],
	[
		"institution",
		"party organisation organization institution commune community group movement association union council assembly assemblies parliament committee army navy body league company church order court legislature club faction society guild bank agency police",
	],
	["period", "period era age dynasty reign epoch century decade"],
	[
		"group",
		"nobility aristocracy gentry clergy class classes peasantry peasants serfs bourgeoisie workers tribe tribes people",
	],
	[
		"concept",
		"idea belief theory policy system ideology principle practice concept doctrine philosophy view notion economic approach method style school religion",
	],
];
const HEAD_OF = new Map<string, TermClass>();
for (const [cls, words] of DEF_HEADS) for (const w of words.split(" ")) if (!HEAD_OF.has(w)) HEAD_OF.set(w, cls);

/** Words that end a definition's first noun phrase. */
const PHRASE_END = new Set(
	"of who whom whose which that in on at to for from by with during under after before between against where when as and or".split(
		" ",
	),
);
const VERB =
	/^(\p{L}{3,}ed|was|were|is|are|had|has|went|made|took|became|began|led|won|lost|fought|gave|wrote|held|built|sent|ruled|rose|fell|met|saw|came)$/u;
const SKIP = new Set("was is were are a an the one first last famous great powerful leading early".split(" "));

/** The class of the head of the definition's first noun phrase ("a French general who …" → person). */
export function definitionHead(definition: string): TermClass | undefined {
	const w = definitionHeadWord(definition);
	return w === undefined ? undefined : HEAD_OF.get(w);
}

/** Head nouns that name the same sort of thing: a parliament may be offered for an assembly, not for a union. */
const SAME_SORT = [
	"parliament assembly assemblies council congress diet legislature body",
	"treaty agreement pact accord accords convention armistice truce",
	"act law laws bill statute decree edict charter constitution amendment",
	"battle siege campaign",
	"war conflict",
	"revolt rebellion revolution uprising riot riots strike protest coup",
	"party movement faction group organisation organization association league union",
].map((l) => new Set(l.split(" ")));

/**
 * The term's own name says what it is ("Frankfurt Parliament", "Factory Act") and another definition's head is
 * of another sort ("a customs union …"): shown with that term, the definition is false at a glance.
 */
export function headsClash(term: string, definition: string): boolean {
	const named = foldWords(term).find((w) => HEAD_OF.has(w));
	const head = definitionHeadWord(definition);
	if (!named || !head || named === head) return false;
	return !SAME_SORT.some((set) => set.has(named) && set.has(head));
}

/** The head noun of the definition's first noun phrase, when it is one the kinds know. */
export function definitionHeadWord(definition: string): string | undefined {
	// "His reforms …", "In 490 BC …": the definition is a sentence about the term, not a noun phrase naming it.
	if (/^(his|her|its|their|in|on|at|by|from|after|before|during|under)\b/i.test(definition.trim())) return undefined;
	const first = definition.split(/[,;:()–—]|\s-\s/)[0] ?? "";
	const main = foldWords(first.split(/\b(?:who|which|that|whose|whom)\b/i)[0] ?? "");
	// "The Greek army under Pausanias defeated Mardonius": a sentence about the term, its subject is not its kind.
	// "led by Prussia", "founded by Lenin": a participle inside the noun phrase, not the sentence's verb.
	if (main.some((w, i) => VERB.test(w) && main[i + 1] !== "by")) return undefined;
	const words = main.filter((w) => !SKIP.has(w));
	const phrase: string[] = [];
	for (const w of words) {
		if (PHRASE_END.has(w)) break;
		phrase.push(w);
		if (phrase.length >= 5) break;
	}
	for (let i = phrase.length - 1; i >= 0; i--) if (HEAD_OF.has(phrase[i])) return phrase[i];
	return undefined;
}

const HEADING_KINDS: Array<[TermClass, RegExp]> = [
	[
		"person",
		/\b(people|persons|names|figures|thinkers|philosophers|writers|personalities|leaders|rulers|who s who|personnages|personnes|personen|personajes|personaggi)\b/,
	],
	["place", /\b(places|geography|locations|map|lieux|orte|lugares|luoghi)\b/],
	["agreement", /\b(treaties|laws|acts|legislation|traites|lois|vertrage|gesetze|tratados|leyes)\b/],
	["event", /\b(battles|wars|events|evenements|ereignisse|schlachten|batallas|acontecimientos)\b/],
	["institution", /\b(organisations|organizations|parties|groups|institutions|partis|parteien|partidos)\b/],
	["period", /\b(periods|eras|dynasties|dynasties|epoques|epochen|periodos)\b/],
];

/** The kind a section heading says its terms are ("Key people" → person), or undefined. */
export function headingKind(heading: string | undefined): TermClass | undefined {
	if (!heading) return undefined;
	const h = foldWords(heading).join(" ");
	return HEADING_KINDS.find(([, re]) => re.test(h))?.[0];
}

/** A born–died pair right after a name ("(1769–1821)", "b. 1815"): a person. */
const LIFESPAN = /^\s*\(?\s*(b\.|born|c\.\s*)?\d{3,4}\s*[-–]\s*\d{2,4}\s*\)|^\s*\(?\s*(b\.|born|d\.|died)\s*\d{3,4}/i;

/** Concept-shaped single words: "Utilitarianism", "Absolutism", "Sovereignty". */
const CONCEPT_WORD = /^\p{L}+(ism|ity|ness|ology|archy|cracy)$/iu;

/** The broad kind a head noun names ("general" → person), or undefined. */
export function headOf(word: string): TermClass | undefined {
	return HEAD_OF.get(word);
}

/** A name of two words or more followed by its life dates: a person. */
export function lifespanShown(term: string, definition: string): boolean {
	return LIFESPAN.test(definition) && /^\p{Lu}/u.test(term) && term.trim().split(/\s+/).length >= 2;
}

/** The kind of a term the note defines, before the name-position fallback of gate-terms.ts. */
export function definedKind(term: string, definition: string, heading?: string): TermClass | undefined {
	if (lifespanShown(term, definition)) return "person";
	const head = definitionHead(definition);
	// "Deism: a divinity set natural laws …": an -ism is an idea, unless its definition calls it a movement.
	if (CONCEPT_WORD.test(term.trim())) return head === "institution" ? head : "concept";
	return head ?? headingKind(heading);
}
