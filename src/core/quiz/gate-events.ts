/**
 * Gate rules about what a dated sentence states: a teacher asks the year of an event, not the bound of a state
 * ("By 1903, the peasants were discontent"), the year of a running count ("More than 3 million people resettled")
 * or of a standing fact ("In 1789, the main food of the third estate was bread"); and a stem must say what it is
 * about ("… refers to harsh segregation" without "apartheid").
 */
import { BLANK } from "./prompt-text";

/**
 * "By ____, both nobility and peasantry became discontent": a bound on a state of mind or of affairs, not the date
 * of an event. Any earlier year may be as right, and no event happened in the year asked. An action after the
 * bound ("By 1805, Napoleon had conquered …") is still an event.
 */
export function boundState(prompt: string): boolean {
	const at = prompt.indexOf(BLANK);
	if (at < 0 || !/(?:^|[\s(,;:])(by|before|until)\s+$/i.test(prompt.slice(0, at))) return false;
	return /\b(became|become|grew|remained|was|were|felt)\s+(?!(?:\p{L}+ed|\p{L}+en|born|made|built|won|lost|held)\b)\p{L}/iu.test(
		prompt.slice(at),
	);
}

/** Its subject is a quantity ("More than 3 million people …", "Over 20,000 workers …"): a running total. */
const COUNT_SUBJECT =
	/^(?:(?:more than|over|nearly|almost|about|around|some|up to|at least|roughly|approximately)\s+)?[\d][\d,.]*\s*(?:million|thousand|billion|hundred|m|k)?\s+(?:people|persons|men|women|children|workers|peasants|slaves|soldiers|refugees|jews|blacks|whites|africans|inhabitants|residents|citizens|families|households)\b/i;

/** The sentence with its date phrase taken off the front ("1970 – …", "In 1789, …", "____ BC: …"). */
function afterDate(text: string): string {
	return text
		.replace(/^[^:]{2,60}:\s+(?=\S)/, (m) => (/\d/.test(m) ? "" : m))
		.replace(
			/^(?:in\s+)?(?:c\.\s*|ca\.\s*)?(?:\d{1,4}|____)(?:\s*(?:BCE|BC|CE|AD|B\.C\.E?\.?|A\.D\.))?\s*[,:–—-]*\s*/i,
			"",
		)
		.trim();
}

/** "Here are a few excerpts from …", "Below is …", "The following …": the note speaking of itself, not history. */
export function metaSentence(text: string): boolean {
	return /^(here (is|are)|below (is|are)|the following|this (note|page|section|chapter) )/i.test(afterDate(text));
}

export function countSubject(text: string): boolean {
	return COUNT_SUBJECT.test(afterDate(text));
}

/** Verbs of an event: a past tense or participle ("-ed", and the common irregular ones). */
const EVENT_VERB =
	/\b(\p{L}{3,}ed|became|began|begun|took|taken|made|led|won|fell|fallen|rose|risen|gave|given|met|went|came|held|left|lost|sent|swore|sworn|ran|fought|built|broke|broken|drew|grew|wrote|written|spoke|struck|threw|thrown|sold|bought|brought|sought|taught|kept|split|set|put|shot|born|died|killed|signed|passed)\b/iu;

/**
 * A standing state, not an event: no name, and the only verb is "was/were/is/are" before a noun phrase ("the main
 * food of the third estate was bread"). An event verb anywhere ("was founded", "became") keeps it.
 */
export function copulaState(text: string): boolean {
	const t = afterDate(text);
	// A named subject ("First Punic War was a dispute over Sicily", "Britain was the first to ban …") is about an event.
	if (
		t
			.split(/\s+/)
			.slice(1)
			.some((w) => /^[("“‘]?\p{Lu}/u.test(w))
	)
		return false;
	if (!/\b(was|were|is|are)\s+(?:the|a|an|still|mostly|mainly|largely|very|more|less|\p{Ll}+)\b/u.test(t))
		return false;
	return !EVENT_VERB.test(t);
}

/**
 * A stem whose subject lives in an earlier sentence: "refers to …", "means …" with no subject before the verb
 * ("In context of South Africa in particular, refers to harsh … segregation", without the word "apartheid").
 */
export function contextSubject(prompt: string): boolean {
	return /(?:^|[,;:]\s*)(refers|means|describes|denotes|is defined as)\s/i.test(prompt.trim());
}
