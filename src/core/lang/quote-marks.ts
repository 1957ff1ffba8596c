/**
 * Quote marks and speech verbs of the six languages (issue 21), for the quote readers in core/brief.
 * English “…” "…" ‘…’; French « … »; German „…“ »…« ‚…‘; Spanish, Portuguese and Italian «…» “…”; ‹…› single
 * guillemets. The speech verbs name who speaks before a quotation: "De Gaulle a déclaré : « … »",
 * "Bismarck sagte: „…“", "Bolívar dijo: «…»", "Vargas disse: «…»", "Garibaldi ha detto: «…»".
 */

/** Marks that open a quotation (the German » opens »…«). */
export const OPEN_MARKS = "\"\u201c\u201e\u00ab\u00bb\u2039\u203a'\u2018\u201a";
/** Marks that close one (« closes »…«). */
export const CLOSE_MARKS = "\"\u201d\u201c\u00bb\u00ab\u203a\u2039'\u2019\u2018";
/** Double marks that open a quotation in running text (no apostrophes: "l'Europe" opens nothing). */
export const OPEN_DOUBLE = '"\u201c\u201e\u00ab\u00bb\u2039';

/** The marks that close a quotation opened by `open` (mixed straight and curly marks are common). */
export function closersOf(open: string): string {
	switch (open) {
		case "\u00ab":
			return "\u00bb";
		case "\u00bb":
			return "\u00ab";
		case "\u2039":
			return "\u203a";
		case "\u203a":
			return "\u2039";
		case "\u201e":
			return '\u201c\u201d"';
		case "\u201a":
			return "\u2018\u2019";
		default:
			return '"\u201d';
	}
}

/** A character class (for a RegExp) of the double opening marks. */
export const OPEN_DOUBLE_CLASS = '"\\u201c\\u201e\\u00ab\\u00bb\\u2039';

/** A character class of the double closing marks. */
export const CLOSE_DOUBLE_CLASS = '"\\u201d\\u201c\\u00bb\\u00ab\\u203a';

/** Speech verbs of fr, de, es, pt and it (past and present, compound forms), longest first for the alternation. */
const SPEECH_VERBS = [
	// French
	"a déclaré",
	"déclare",
	"déclara",
	"a dit",
	"dit",
	"a écrit",
	"écrit",
	"écrivit",
	"a affirmé",
	"affirme",
	"affirma",
	"a proclamé",
	"proclame",
	"proclama",
	"s'écrie",
	"s'écria",
	"a répondu",
	"répond",
	"répondit",
	"a ajouté",
	"ajoute",
	"ajouta",
	"a lancé",
	"lance",
	"lança",
	"explique",
	"a expliqué",
	"expliqua",
	// German
	"sagte",
	"sagt",
	"erklärte",
	"erklärt",
	"schrieb",
	"schreibt",
	"rief",
	"ruft",
	"meinte",
	"meint",
	"betonte",
	"betont",
	"verkündete",
	"verkündet",
	"antwortete",
	"antwortet",
	"hat gesagt",
	"hat erklärt",
	"hat geschrieben",
	"soll gesagt haben",
	// Spanish
	"dijo",
	"dice",
	"declaró",
	"declara",
	"escribió",
	"escribe",
	"afirmó",
	"afirma",
	"proclamó",
	"proclama",
	"respondió",
	"responde",
	"exclamó",
	"ha dicho",
	"añadió",
	// Portuguese
	"disse",
	"diz",
	"declarou",
	"escreveu",
	"escreve",
	"afirmou",
	"proclamou",
	"respondeu",
	"exclamou",
	"acrescentou",
	// Italian
	"ha detto",
	"dice",
	"dichiarò",
	"ha dichiarato",
	"dichiara",
	"scrisse",
	"ha scritto",
	"scrive",
	"affermò",
	"ha affermato",
	"afferma",
	"proclamò",
	"rispose",
	"esclamò",
];

function escape(s: string): string {
	return s
		.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
		.replace(/ /g, "[ \\t]+")
		.replace(/'/g, "['\\u2019]");
}

/** The alternation of the other languages' speech verbs (no group of its own), for the English readers' patterns. */
export const SPEECH_VERBS_OTHER = [...new Set(SPEECH_VERBS)]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join("|");

/** "that" after a speech verb: que, dass, che. */
export const THAT_OTHER = "que|qu['\\u2019]|dass|daß|che";
