/**
 * Order items that cannot stand alone (issue 18, blind batches of December 2026): an order question shows its
 * items without their headings, so each must say whose or which event it is.
 * - "Birth and Birthplace: born in ____ in Stagira", "Death: ____": a life-event label whose subject is only the
 *   heading, with no name in the item;
 * - "the war ended in ____", "this treaty was signed …": a back-reference to the heading's war or treaty;
 * - "[____ BC] Imperium proconsulare maius": a label, with neither a verb nor an event noun.
 * Dropped, not rewritten: a rewritten item would be a new question nobody rated.
 */
import { foldWords } from "../../brief/term-defs";
import { headOf } from "../term-kind";

const LIFE_LABEL = new Set(
	"birth birthplace born death died dies marriage married wedding childhood youth education early later life final last years exile burial buried coronation accession retirement career family and of his her the place date".split(
		" ",
	),
);
const LIFE_CORE =
	/^(birth|birthplace|born|death|died|dies|marriage|married|wedding|childhood|youth|education|exile|burial|buried|coronation|accession|retirement|career|life)$/;

const NOT_A_NAME =
	/^(The|A|An|In|On|At|By|He|She|It|They|His|Her|Its|Their|This|That|These|Those|After|Before|During|When|While|From|To|With|As|Born|Died|I|January|February|March|April|May|June|July|August|September|October|November|December|BC|BCE|AD|CE|c)$/;

/** "Birth and Birthplace", "Death", "Early life": a label naming a moment of a life, not whose. */
export function lifeLabel(label: string | undefined): boolean {
	if (!label) return false;
	const words = foldWords(label);
	return words.length > 0 && words.every((w) => LIFE_LABEL.has(w)) && words.some((w) => LIFE_CORE.test(w));
}

/**
 * "the war ended …", "This treaty was signed …": a definite head noun of an event or body, and its verb right
 * after it, so nothing says which ("The war between Athens and Sparta ended …" stays).
 */
function backReference(text: string): boolean {
	const m = /^\s*(?:the|this|that|these|those|its|his|her|their)\s+(\p{L}+)\s+(\p{L}+)/iu.exec(text);
	if (!m) return false;
	const head = foldWords(m[1])[0] ?? "";
	return headOf(head) !== undefined && headOf(head) !== "concept" && VERBISH.test(m[2].toLowerCase());
}

/** "Aristotle born in …": the item opens with a name, its subject. */
function opensWithName(text: string): boolean {
	const first = (text.trim().split(/\s+/)[0] ?? "").replace(/[^\p{L}'’-]/gu, "");
	return /^\p{Lu}/u.test(first) && !NOT_A_NAME.test(first);
}

// "receives", "conquers": a present-tense verb (not "maius", "Gracchus", "crisis", "press").
const VERBISH =
	/^(\p{L}{3,}[^usi]s|\p{L}{3,}ed|is|are|was|were|be|been|becomes?|became|begins?|began|ends?|dies|died|wins?|won|loses?|lost|takes?|took|falls?|fell|rises?|rose|makes?|made|gives?|gave|leads?|led|sees?|saw|comes?|came|goes|went|meets?|met|builds?|built|writes?|wrote|holds?|held|rules?|fights?|fought|signs?|seizes?|sets?|set|breaks?|broke|splits?|starts?|opens?|closes?|returns?|flees?|fled|dies|born)$/u;
/** Nouns that name something that happens. */
const EVENT_NOUN =
	/^(\p{L}+(?:tion|sion|ment|ance|ence)s?|birth|death|founding|signing|crowning|fall|sack|siege|reign|rule|start|end|beginning|victory|defeat|peace|war|wars|battle|treaty|revolt|rebellion|revolution|invasion|conquest|election|assassination|murder|exile|accession|crisis|reforms?|campaign|expedition|voyage|strike|riots?|coup|massacre|uprising|flight|return|arrival|visit|marriage|abdication|collapse|split|partition|union|war|edict|act|law|decree|charter|council|congress|plague|famine|fire|earthquake|eruption)$/u;

/**
 * "[____ BC] Imperium proconsulare maius", "____ BCE: The Persian Empire": a short label after a bracketed date,
 * or a "The …" noun phrase, with neither a verb nor an event noun. Other short items ("Greeks adopt Phoenician
 * alphabet") are left alone: without a word list of every verb, only these two shapes are safe to read as labels.
 */
export function labelOnly(prompt: string): boolean {
	const m = /^\s*\[[^\]]*____[^\]]*\]\s*(.+)$/u.exec(prompt) ?? /^[^:]*____[^:]*:\s*(the\s.+)$/iu.exec(prompt);
	if (!m) return false;
	const words = foldWords(m[1]).filter((w) => !/^\d+$/.test(w));
	return words.length <= 4 && !words.some((w) => VERBISH.test(w) || EVENT_NOUN.test(w));
}

/**
 * "Moved capital to Nara (____)", "Became emperor in ____": a verb opens the item, its object follows, and the
 * subject is the heading. "Alfred the Great …", "United States …" (a name after it) stay.
 */
function verbFirst(text: string): boolean {
	return /^\s*(?:\p{Lu}\p{Ll}{2,}ed|Won|Lost|Fought|Took|Became|Began|Led|Built|Wrote|Held|Made|Gave|Sent|Fled|Ruled)\s+(?!(?:the|of|and|von|van|de)\b)\p{Ll}/u.test(
		text,
	);
}

/** The order item cannot stand alone without its heading: drop it. */
export function itemNeedsHeading(prompt: string, label: string | undefined, text: string): boolean {
	// "Death: died in 322 BC …" with no bold label: the words before the colon are the label.
	const inline = label ? null : /^\s*([^:]{2,40}):\s+(.*)$/su.exec(text);
	if (inline) return itemNeedsHeading(prompt, inline[1], inline[2]);
	// "Birth and Birthplace: born in ____ in Stagira": a place is named, not whose birth.
	if (lifeLabel(label) && !opensWithName(text)) return true;
	if (backReference(text) || verbFirst(prompt)) return true;
	return labelOnly(prompt);
}
