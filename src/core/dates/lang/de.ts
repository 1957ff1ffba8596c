/** German: "3. Oktober 1990", "19. Jahrhundert", "die 1930er Jahre", "um 1200", "von 1914 bis 1918", "44 v. Chr.". */
import type { LangSpec } from "./spec";

const BC =
	"v\\.\\s?Chr\\.?|vor\\sChristus|vor\\sChristi\\sGeburt|v\\.\\s?u\\.\\s?Z\\.?|vor\\sunserer\\sZeitrechnung|v\\.\\s?d\\.\\s?Z\\.?";
const AD =
	"n\\.\\s?Chr\\.?|nach\\sChristus|nach\\sChristi\\sGeburt|n\\.\\s?u\\.\\s?Z\\.?|u\\.\\s?Z\\.?|n\\.\\s?d\\.\\s?Z\\.?";
const ERA = `(?:\\s?(?<era>${BC}|${AD})(?![A-Za-z]))?`;
const Q = "[Aa]nfang|[Bb]eginn|[Mm]itte|[Ee]nde|[Ee]rste[nr]?\\sHälfte|[Zz]weite[nr]?\\sHälfte";

export const DE: LangSpec = {
	lang: "de",
	months: {
		januar: 1,
		jänner: 1,
		"jan.": 1,
		februar: 2,
		feber: 2,
		"feb.": 2,
		"febr.": 2,
		märz: 3,
		maerz: 3,
		"mrz.": 3,
		april: 4,
		"apr.": 4,
		mai: 5,
		juni: 6,
		juli: 7,
		august: 8,
		"aug.": 8,
		september: 9,
		"sept.": 9,
		"sep.": 9,
		oktober: 10,
		"okt.": 10,
		november: 11,
		"nov.": 11,
		dezember: 12,
		"dez.": 12,
		// Notes abbreviate without the dot too ("Okt 1917").
		jan: 1,
		feb: 2,
		mär: 3,
		apr: 4,
		aug: 8,
		sep: 9,
		sept: 9,
		okt: 10,
		nov: 11,
		dez: 12,
	},
	dayOrd: "\\\\?\\.?",
	dayMonthSep: "\\s?",
	monthYearSep: "\\s",
	bc: BC,
	ad: AD,
	cues: [
		"im jahr",
		"im jahre",
		"jahr",
		"jahre",
		"seit",
		"bis",
		"ab",
		"um",
		"vor",
		"nach",
		"von",
		"in",
		"anfang",
		"ende",
		"mitte",
		"und",
		"oder",
		"anno",
		"ca.",
		"circa",
		"etwa",
		"gegen",
		"zwischen",
		"frühjahr",
		"sommer",
		"herbst",
		"winter",
	],
	strongCues: ["im jahr", "im jahre", "seit", "bis", "ab", "um", "anno", "ca.", "circa", "etwa", "gegen"],
	approx: "um|ca\\.|circa|etwa|gegen|ungefähr",
	rangeLead: "[Vv]on|[Vv]om|[Ss]eit",
	rangeJoin: "bis",
	betweenLead: "[Zz]wischen",
	betweenJoin: "und",
	monthCue: "im|seit|ab|bis|Anfang|Ende|Mitte",
	quals: {
		anfang: "early",
		beginn: "early",
		mitte: "mid",
		ende: "late",
		"erste hälfte": "first",
		"ersten hälfte": "first",
		"erster hälfte": "first",
		"zweite hälfte": "second",
		"zweiten hälfte": "second",
		"zweiter hälfte": "second",
	},
	centuries: [
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:des|dem)\\s)?(?:\\b(?:[Ii]m|[Dd]es|[Dd]em|[Dd]as|[Vv]om|[Ii]ns)\\s)?\\b(?<n1>\\d{1,2})\\.(?:\\s?(?:[-–/]|und|bis|oder)\\s?(?<n2>\\d{1,2})\\.)?\\s?(?:Jahrhunderts?|Jahrhunderten|Jahrhunderte|Jh\\.|Jhd\\.|Jhdt\\.)${ERA}`,
			"g",
		),
	],
	decades: [
		new RegExp(
			`(?:\\b(?<q>[Aa]nfang|[Mm]itte|[Ee]nde)\\s(?:der|den)\\s)?(?:\\b(?:[Dd]ie|[Dd]en|[Dd]er|[Ii]n\\sden)\\s)?\\b(?<d1>\\d{2,4})er(?:\\s?[-–]\\s?(?<d2>\\d{2,4})er)?(?<jahre>[\\s-]?Jahren?\\b)?(?![a-zäöüß])`,
			"g",
		),
	],
	decadeWords: {},
	units: new Set(
		(
			"jahre jahren jahr tage tagen monate monaten stunden minuten soldaten tote toten verletzte menschen personen " +
			"einwohner männer frauen kinder juden opfer gefangene km kilometer meter euro € mark reichsmark dollar stimmen sitze " +
			"abgeordnete schiffe panzer flugzeuge kanonen arbeiter bauern familien schüler seiten wörter mal prozent % klerus adel " +
			"tausend millionen"
		).split(" "),
	),
	references: "s|seite|seiten|bd|band|kap|art|artikel|nr|abb|z|zeile",
	negativeYears: false,
	wordsHint: /Jahrhundert|Jh\.|er\sJahre|Chr\.|u\.\s?Z\./,
};
