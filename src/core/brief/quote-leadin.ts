/**
 * Lead-in lines of book and history notes that name who speaks in the quotation after them (issue 17):
 * "Churchill:", "Churchill on Molotov:", "Pericles' oration:", "A speech from Cleon". Not speakers: a student's
 * label ("Important:", "Summary:", "My thoughts:"), a topic ("Rome:"), a sentence ending with a colon.
 */
import { nameWord } from "./quote-framing";
import { ownerIn } from "./quote-whole";
import { cleanSpeakerName } from "./speaker-names";

/** Capitalised label words students put before their own lines, not names. */
const LABEL =
	/^(?:important|remember|tip|hint|warning|caution|answer|response|reflection|thoughts?|comments?|takeaways?|lessons?|meaning|paraphrase|original|highlights?|favou?rites?|passage|excerpts?|extracts?|citation|explanation|interpretation|translation|example|e\.g|i\.e|why|what|how|who|when|where|so|but|and|also|then|here|there|this|that|these|those|me|my|our|your|first|second|third|finally|next|later|result|results|outcome|point|points|idea|ideas|claim|argument|thesis|question|problem|solution|aim|goal|purpose|topic|sources?|pov|tone|audience|date|place|author|title|speaker|quote|quotes|quotation|page|chapter|book|volume|note|notes|summary|context|significance)$/i;
const WORD = "\\p{Lu}[\\p{L}.'\\u2019-]+";
/** "Churchill:", "Winston Churchill on Molotov:", "Churchill, 1940:": a name alone before a colon. */
const NAME_COLON = new RegExp(
	`^(${WORD}(?:[ \\t]+${WORD}){0,2})(?:[ \\t]+on[ \\t]+[^:]{1,60}|,[ \\t]*\\d{3,4})?[ \\t]*:$`,
	"u",
);
/** "A speech from Cleon", "The reply of the Melians:", "Letter by Seneca:". */
const WORK_FROM = new RegExp(
	`^(?:(?:an?|the)[ \\t]+)?(?:speech|speeches|letter|oration|address|sermon|reply|response|words|dialogue|debate|proclamation|decree)[ \\t]+(?:from|of|by)[ \\t]+(?:the[ \\t]+)?(${WORD}(?:[ \\t]+${WORD}){0,2})[ \\t]*[:.]?$`,
	"iu",
);

/** A name of one to three words, each of which may be a person's (no label, topic, place or abstract noun). */
function personName(raw: string): string | undefined {
	const ws = raw.split(/\s+/);
	if (ws.some((w) => LABEL.test(w) || !nameWord(w.replace(/['\u2019]s?$/, "")))) return undefined;
	const name = cleanSpeakerName(raw);
	return name && /^\p{Lu}/u.test(name) ? name : undefined;
}

/** The speaker a short lead-in line names for the quotation after it, else undefined. */
export function leadInSpeaker(line: string): string | undefined {
	const t = line.trim();
	if (!t || t.length > 100) return undefined;
	const colon = NAME_COLON.exec(t);
	if (colon) return personName(colon[1]);
	const from = WORK_FROM.exec(t);
	if (from) return personName(from[1]);
	// "Pericles' oration:", "Cleon's reply:": a person's words, the line short and closing on a colon.
	if (t.endsWith(":") && t.split(/\s+/).length <= 6) {
		const owner = ownerIn(t.replace(/:$/, ""));
		return owner ? personName(owner) : undefined;
	}
	return undefined;
}
