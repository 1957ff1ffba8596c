/**
 * Gate rules for term questions: real terms only (not "Background" or "Reasons for …"), and every option of the
 * same kind (event, agreement, institution, person, place, date, concept) as the answer.
 */
import { normalize } from "./normalize";
import { termWords } from "./prompt-text";
import { langTermClass } from "../lang/term-kinds";
import { definedKind } from "./term-kind";
import { termLabelProblem } from "../brief/term-defs";

/** "group": a class of people (a nobility, a clergy). "unknown": a name whose kind nothing tells (no head noun, no defining phrase); it is never offered beside another. */
export type TermClass =
	| "event"
	| "agreement"
	| "institution"
	| "person"
	| "place"
	| "date"
	| "period"
	| "concept"
	| "group"
	| "unknown";

const HEADS: Array<[TermClass, RegExp]> = [
	[
		"event",
		/\b(battle|war|wars|storming|execution|flight|oath|abdication|overthrow|landing|treason|revolution|crisis|blockade|trials?|purges?|destruction|siege|rebellion|revolt|massacre|uprising|riots?|strike|coup|invasion|assassination|campaign|offensive|fall|sack|eruption|famine|election|march|crossing|conquest|reform|terror|murder|putsch|mutiny|collapse|scandal|affair)$/i,
	],
	[
		"agreement",
		/\b(treaty|pact|agreements?|conversations|act|accords?|convention|declaration|charter|plan|doctrine|theses|law|laws|decree|edict|settlement|compromise|alliance|entente|armistice|peace|constitution|amendment|bill|protocol)$/i,
	],
	[
		"institution",
		/\b(estates-general|estates|general assembly|party|congress|government|soviet|committee|council|senate|league|assembly|army|navy|guard|church|court|union|company|bank|school|academy|parliament|diet|duma|cheka|nkvd|kgb|gestapo|ss|front|movement|bolsheviks|mensheviks)$/i,
	],
	[
		"period",
		/\b(era|age|period|dynasty|republic|empire|reign|regime|power|years|decade|century|gulag|yezhovshchina|nep)$/i,
	],
];
const DATE_TERM =
	/^(the\s+)?(ides of \p{L}+|(january|february|march|april|may|june|july|august|september|october|november|december)(\s+\d{1,2})?|.*\bday)$/iu;

/** Labels that organise a note but name nothing a student learns. */
const GENERIC_WHOLE =
	/^(background|overview|summary|context|introduction|conclusion|significance|impact|legacy|aftermath|outcome|results?|consequences?|causes?|effects?|reasons?|key (facts?|events?|ideas?|terms?|quotes?|themes?|people)|main (themes?|ideas?|points?)|notes?|timeline|themes?|sources?|open questions?|questions?|definition|example|evidence|analysis|debate|response|reaction|problems?|issues?|role|importance)$/i;
const GENERIC_LEAD =
	/^(the\s+)?(reasons?|causes?|effects?|impacts?|consequences?|significance|importance|results?|background|origins?|role|response|reaction|overview|summary|outcome|end|start|beginning|scale|size|cost|costs|course|nature|spread|extent|limits?|failure|success|aims?)\s+(for|of|to|on|in|behind)\b/i;
/** A label written as a sentence ("The Act Is Signed"): a heading, not a name. */
const SENTENCE_LABEL = /\s(is|are|was|were|has|have|had|becomes?|begins?|ends?)\s/i;
const GENERIC_HEAD =
	/\b(background|refusal|rejection|support|opposition|decline|rise|growth|recovery|disillusionment|relations|deterioration|optimism|pessimism|tensions?|attitudes?|views?|developments?|changes?|problems?|issues?|aftermath|consequences|outcomes?|ambassador|president|leader|phase|stage|beginnings?|aims?|goals?|motives?)$/i;
/**
 * One-word nominalisations ("Disillusionment", "Recognition", "Collectivization"): ideas, not names. An "-ism"
 * names a doctrine ("Liberalism", "Zionism"): a term.
 */
const NOMINAL = /^\p{L}+(ment|tion|sion|ness|ity|ance|ence|ing)$/iu;

/**
 * True when the label is a real term: a name (a capitalised word beyond the first, or one word used as a name
 * in the brief) or a known term shape; false for generic labels.
 */
export function isRealTerm(term: string, appearsAsName: boolean): boolean {
	const t = term.trim();
	if (termWords(t).length === 0 || t.length > 60) return false;
	// The reader's predicate (brief/term-defs.ts): labels, dates, stop words, sentences in every language.
	if (termLabelProblem(t) !== null) return false;
	if (GENERIC_WHOLE.test(t) || GENERIC_LEAD.test(t) || GENERIC_HEAD.test(t) || SENTENCE_LABEL.test(` ${t} `))
		return false;
	const words = t.split(/\s+/);
	if (words.length === 1) return !NOMINAL.test(t) || appearsAsName;
	return true;
}

/** "a middle-class playwright", "the daughter of a coal merchant", "a Scottish philosopher who …": a person. */
const PERSON_NOUN =
	/^(an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(playwright|biographer|historian|poet|novelist|author|actor|actress|composer|painter|artist|sculptor|architect|scientist|astronomer|physicist|mathematician|economist|theologian|philosopher|essayist|monk|priest|bishop|cardinal|nun|merchant|banker|minister|chancellor|diplomat|revolutionary|activist|abolitionist|explorer|inventor|engineer|soldier|officer|lawyer|judge|journalist|preacher|peasant|farmer|noble|nobleman|aristocrat|monarch|prince|princess|duke|count|prophet|pharaoh|sultan|tsar|czar|son|daughter|wife|husband|mother|father|brother|sister|widow|heir|mistress)\b/iu;
/** "an extremist group that …", "a movement of intellectuals", "local assemblies meant to …": a body of people. */
const GROUP_NOUN =
	/^(an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(group|party|movement|organi[sz]ation|society|association|assembly|assemblies|council|councils|union|league|order|brotherhood|club|faction|sect)\b/iu;

/** Where the term's words stand in its own definition: after "at/in/crossed the" → place; leading the sentence → person. */
function nameClass(term: string, definition: string): TermClass {
	const tw = termWords(term);
	const words = definition.split(/\s+/);
	for (let i = 0; i < words.length; i++) {
		const w = normalize(words[i]);
		if (!tw.some((t) => w.startsWith(t.slice(0, Math.max(4, t.length - 2))))) continue;
		const prev = normalize(words[i - 1] ?? "");
		const prev2 = normalize(words[i - 2] ?? "");
		if (
			/^(at|in|near|across|into|to|from|on|over)$/.test(prev) ||
			(prev === "the" && /^(crossed|reached|took|besieged|at|in|to)$/.test(prev2))
		)
			return "place";
		if (
			i === 0 ||
			/^\p{Lu}/u.test(words[i - 1] ?? "") ||
			/^(king|queen|general|emperor|president|chief|marshal|consul|tsar|pope)$/.test(prev)
		)
			return "person";
	}
	// The term is not in its definition: the definition's form says what it names.
	if (
		/^(his|her|he|she)\b/i.test(definition.trim()) ||
		/^(an?\s+)?(\p{L}+\s+)?(general|king|queen|emperor|leader|ruler|statesman|politician|consul|dictator|reformer|philosopher|writer|commander)\b/iu.test(
			definition.trim(),
		) ||
		PERSON_NOUN.test(definition.trim())
	)
		return "person";
	if (GROUP_NOUN.test(definition.trim())) return "institution";
	if (
		/\b(defeated|won|fought|held the|besieged|destroyed|lured|crushed|routed|landed|battle|sacked)\b/i.test(
			definition,
		)
	)
		return "event";
	if (
		/^(an?\s+|the\s+)?(\p{L}+\s+)?(city|capital|town|village|river|meadow|island|region|province|fortress|port|mountain|pass|colony|kingdom)\b/iu.test(
			definition.trim(),
		)
	)
		return "place";
	// Two or more capitalised words and nothing says what they name ("William Gladstone"): a person, a party, a book?
	return term.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 ? "unknown" : "concept";
}

/**
 * The kind of thing a term names: from its head noun, else the head of its definition or its section's heading
 * (term-kind.ts), else from how its definition uses it.
 */
export function termClass(term: string, definition: string, heading?: string): TermClass {
	// "Education Act of 1870", "Reform Bill (1832)": the head noun comes before the year.
	const t = term
		.trim()
		.replace(/\s*\([^)]*\)$/, "")
		.replace(/,?\s+(?:of\s+|in\s+)?\d{3,4}$/, "");
	if (DATE_TERM.test(t)) return "date";
	// "Council of Constance", "The Diet of Worms": the head noun before "of".
	const lead = /^(?:the\s+)?(\p{L}+)\s+(of|to|at|in|on)\b/iu.exec(t);
	// "Education Act of 1870", "Reform Bill of 1832": the head noun before the year.
	const head = t.replace(/\s+(of|in)\s+\d{3,4}$/, "");
	for (const [cls, re] of HEADS) if (re.test(head) || (lead && re.test(lead[1]))) return cls;
	// Terms of the other languages ("Bataille de la Marne", "Novemberrevolution"): their head noun (core/lang).
	const other = langTermClass(t);
	if (other) return other;
	const defined = definedKind(t, definition, heading);
	if (defined) return defined;
	if (/^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 3) return nameClass(t, definition);
	return "concept";
}
