/**
 * The cleaning of speaker names: "Lady Macbeth, Act 1" -> "Lady Macbeth", "Grant (respectfully)" -> "Grant";
 * a name or a role ("US diplomat") is kept, commentary and pronouns are not.
 */
import { stripInline } from "./strip";

const ROLE =
	/^(?:commander|officer|diplomat|soldiers?|general|president|king|queen|emperor|minister|ambassador|marine|announcer|translator|interpreter|priest|poet|historian|writer|author|narrator|witness|student|teacher|speaker|leader|chief|captain|senator|judge|worker|farmer|woman|man|girl|boy|citizen|delegate|reporter|journalist|official|spokesman|spokesperson|survivor|veteran|prisoner|slave|sailor|pilot|nurse|doctor|monk|nun|bishop|pope|chancellor|governor|mayor|sheriff|crowd|mob|protesters?|students|workers|chorus|messenger|guard|servant|witch|witches|ghost)$/;
/** Not names: "They said, …", "Thus: …". */
export const PRONOUNS =
	/^(?:i|you|he|she|it|we|they|this|that|these|those|thus|so|then|there|here|one|someone|everyone|people)$/i;
const VERBISH =
	/^(?:is|are|was|were|be|been|has|have|had|do|does|did|says?|said|shows?|uses?|means?|wants?|could(?:n't)?|would(?:n't)?|can(?:'t)?|will|not|to|that|this|it|he|she|they|we|his|her|their|for|with|from|about|by|as|in|on|at)$/;
export const PARTICLES = new Set([
	"of",
	"de",
	"da",
	"di",
	"von",
	"van",
	"der",
	"den",
	"the",
	"and",
	"&",
	"al",
	"bin",
	"ibn",
	"la",
	"le",
	"du",
	"y",
	"e",
]);

/**
 * Offices before a name are not part of it: "First Lord of the Admiralty Churchill" -> "Churchill", "President
 * Lincoln" -> "Lincoln" (speakers.ts then groups "Lincoln" with "Abraham Lincoln"). Titles that are part of how a
 * person is named ("King Lear", "Lady Macbeth", "Mr Birling", "Pope Urban II") are kept.
 */
export const OFFICE =
	/^(?:(?:US|U\.S\.|American|French|British|Roman|the)\s+)?(?:First Lord of the Admiralty|Lord Protector|Prime Minister|Vice[- ]President|President|Secretary of State|Secretary of War|Foreign Secretary|Foreign Minister|Chancellor|Senator|Sen\.|Governor|Gov\.|General|Gen\.|Admiral|Adm\.|Field Marshal|Marshal|Colonel|Col\.|Premier|Chairman|Consul|Dictator|Tribune)\s+(?=\p{Lu}[\p{L}.'\u2019-]*(?:\s|$))/u;

const DIVISION =
	/^(?:[-\u2014\u2013~]+\s*)?(?:(?:book|chapter|ch\.|letter|epistle|part|section|canto|act|scene|verse|line|page|p\.|pp\.|vol\.?|volume|essay|discourse|meditation|sermon|fragment|frag\.|stanza|location|loc\.)\s+[\dIVXLCivxlc]+\b|\p{Lu}\p{L}+\s+\d+\.\d+)/iu;

/** "Lady Macbeth, Act 1" -> "Lady Macbeth"; "Holmes (to Tonga)" -> "Holmes"; "Kennedy, 1963" -> "Kennedy". */
export function cleanSpeakerName(raw: string): string | undefined {
	let s = stripInline(raw.split("\n")[0]).trim();
	// A part of the work, not who speaks: "Book II", "Letter 7", "Chapter 3, p. 45", "Meditations 4.3".
	if (DIVISION.test(s)) return undefined;
	s = s
		.replace(/^[\u2014\u2013\u2015~-]+\s*/, "")
		.replace(
			/^(?:by|from|source:|(?:often |wrongly |widely )?attributed to|attr(?:ib)?\.|according to|(?:as )?quoted by)\s+/i,
			"",
		);
	// The kind of text before its author: "Speech by Abraham Lincoln, 1858", "a letter from John Adams".
	s = s.replace(
		/^(?:(?:a|an|the|his|her)\s+)?(?:speech|letter|address|sermon|essay|article|report|diary entry|interview|memoir|pamphlet|editorial)\s+(?:by|from|of)\s+(?=\p{Lu})/iu,
		"",
	);
	// A page before the name: "(26, F.E. Smith)" -> "F.E. Smith".
	s = s.replace(/^\(?\s*(?:pp?\.?\s*)?\d[\d\s\u2013-]*,\s*/, "");
	// Asides first ("Ross Terill (revisionist and somewhat sympathetic to Mao)"), then what the attribution goes
	// on to say: "John F. Kennedy on Theodore Roosevelt" -> "John F. Kennedy".
	s = s
		.replace(/\s*\([^)]*\)\s*/g, " ")
		.replace(/\s*\([^)]*$/, "")
		.trim();
	s = s.replace(/\s+(?:on|to|about|speaking|writing|quoted|cited|in his|in her|in their)\s+.*$/, "");
	// Where or when it was said, after the name: "Oscar Wilde in The Importance of Being Earnest", "Yip Harburg at
	// 15:38 here", "Yngwie Malmsteen here", "Miles Davis via this doc".
	s = s.replace(/(\p{L})\s+(?:in|at|via|here|during|when|while|as told)\b.*$/u, "$1");
	s = s.replace(/,\s*(?:act|scene|chapter|ch\.|book|part|p\.|pp\.|page|line|l\.)\b.*$/i, "");
	s = s.replace(/,?\s*(?:c\.\s*)?\d{1,4}(?:\s*(?:BCE?|CE|AD))?\s*$/i, "");
	// Only the name: not the commentary after " - ", nor the work after a comma ("Tacitus, The Annals").
	s = s.split(/\s+[-\u2014\u2013]\s+|(?<!(?:^|[\s.])\p{Lu})[.;!?]\s/u)[0];
	s = s.replace(/,(?!\s*(?:Jr|Sr|II|III)\b).*$/, "");
	s = s.replace(/[\s.,;:]+$/, "").trim();
	// A citation's year left after its page went: "Walbank 1957, 30" -> "Walbank".
	s = s.replace(/\s+\d{3,4}[a-z]?$/, "").replace(OFFICE, "");
	if (!s || s.length > 60 || !/\p{L}/u.test(s)) return undefined;
	// A name or a role ("US diplomat", "North Vietnamese tank commander"), not a phrase of commentary.
	const ws = s.split(/\s+/);
	const lower = ws.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w));
	if (PRONOUNS.test(s)) return undefined;
	if (
		ws.length > 6 ||
		!/^\p{Lu}/u.test(s) ||
		lower.length > 2 ||
		lower.some((w) => VERBISH.test(w)) ||
		/[+=/]/.test(s)
	)
		return undefined;
	// Lower-case words make a role ("US diplomat", "tank commander"), not commentary ("Abandonment of social responsibility").
	if (lower.length && !ROLE.test(ws[ws.length - 1])) return undefined;
	return s;
}
