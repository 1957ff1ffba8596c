/** Italian: "4 novembre 1918", "XIX secolo", "il Novecento", "anni Trenta", "dal 1914 al 1918", "44 a.C.". */
import { type LangSpec, ROMAN_SRC } from "./spec";

const BC = "a\\.\\s?[Cc]\\.?|avanti\\sCristo|a\\.\\s?e\\.\\s?v\\.?|a\\.\\s?C\\.?";
const AD = "d\\.\\s?[Cc]\\.?|dopo\\sCristo|e\\.\\s?v\\.";
const ERA = `(?:\\s?(?<era>${BC}|${AD})(?![A-Za-z]))?`;
const Q = "[Ii]nizio|[Ii]nizi|[Pp]rincipio|[Mm]età|[Ff]ine|[Pp]rima\\smetà|[Ss]econda\\smetà";
const WORDS = "[Vv]enti|[Tt]renta|[Qq]uaranta|[Cc]inquanta|[Ss]essanta|[Ss]ettanta|[Oo]ttanta|[Nn]ovanta";
const NAMED = "Duecento|Trecento|Quattrocento|Cinquecento|Seicento|Settecento|Ottocento|Novecento";

export const IT: LangSpec = {
	lang: "it",
	months: {
		gennaio: 1,
		"gen.": 1,
		febbraio: 2,
		"feb.": 2,
		marzo: 3,
		"mar.": 3,
		aprile: 4,
		"apr.": 4,
		maggio: 5,
		"mag.": 5,
		giugno: 6,
		"giu.": 6,
		luglio: 7,
		"lug.": 7,
		agosto: 8,
		"ago.": 8,
		settembre: 9,
		"set.": 9,
		"sett.": 9,
		ottobre: 10,
		"ott.": 10,
		novembre: 11,
		"nov.": 11,
		dicembre: 12,
		"dic.": 12,
	},
	dayOrd: "(?:º|°)?",
	dayMonthSep: "\\s",
	monthYearSep: "\\s(?:del\\s)?",
	bc: BC,
	ad: AD,
	cues: [
		"nel",
		"dal",
		"al",
		"del",
		"fino al",
		"nell'anno",
		"nell’anno",
		"anno",
		"dopo il",
		"prima del",
		"tra il",
		"fra il",
		"e il",
		"intorno al",
		"verso il",
		"circa",
		"entro il",
		"sin dal",
		"partire dal",
		"il",
		"di",
		"nel corso del",
	],
	strongCues: [
		"nel",
		"dal",
		"fino al",
		"nell'anno",
		"nell’anno",
		"anno",
		"dopo il",
		"prima del",
		"intorno al",
		"verso il",
		"circa",
		"partire dal",
	],
	approx: "circa|verso\\sil|intorno\\sal|attorno\\sal|ca\\.|c\\.",
	rangeLead: "[Dd]al|[Dd]a",
	rangeJoin: "al|a",
	betweenLead: "[Tt]ra\\sil|[Ff]ra\\sil|[Tt]ra|[Ff]ra",
	betweenJoin: "e\\sil|e",
	monthCue: "a|in|nel|dal|fino\\sa|nel\\smese\\sdi",
	quals: {
		inizio: "early",
		inizi: "early",
		principio: "early",
		metà: "mid",
		fine: "late",
		"prima metà": "first",
		"seconda metà": "second",
	},
	centuries: [
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:del\\s|dell['’]))?(?:\\b(?:[Ii]l|[Nn]el|[Dd]el|[Aa]l)\\s)?\\b(?<n1>${ROMAN_SRC}|\\d{1,2})(?:°|º)?(?:\\s(?:e|-|–)\\s(?<n2>${ROMAN_SRC}|\\d{1,2})(?:°|º)?)?\\s(?:secolo|secoli|sec\\.)${ERA}`,
			"g",
		),
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:del\\s|dell['’]))?(?:\\b(?:[Ii]l|[Nn]el|[Dd]el|[Aa]l)\\s)?\\b(?:[Ss]ecolo|[Ss]ec\\.)\\s(?<n1>${ROMAN_SRC})\\b${ERA}`,
			"g",
		),
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:del\\s|dell['’]))?(?:\\b(?:[Ii]l|[Nn]el|[Dd]el|[Ll]['’]|[Nn]ell['’]|[Dd]ell['’]))?\\s?\\b(?<n1>${NAMED})\\b`,
			"g",
		),
	],
	decades: [
		new RegExp(
			`(?:\\b(?<q>[Ii]nizio|[Mm]età|[Ff]ine)\\s(?:degli\\s)?)?(?:\\b(?:[Gg]li|[Nn]egli|[Dd]egli|[Dd]agli|[Aa]gli)\\s)?\\b[Aa]nni\\s['’]?(?<d1>\\d{2,4}|${WORDS})\\b(?:\\s(?:e|-|–)\\s(?:gli\\s)?(?:anni\\s)?['’]?(?<d2>\\d{2,4}|${WORDS})\\b)?`,
			"g",
		),
	],
	centuryWords: {
		duecento: 13,
		trecento: 14,
		quattrocento: 15,
		cinquecento: 16,
		seicento: 17,
		settecento: 18,
		ottocento: 19,
		novecento: 20,
	},
	decadeWords: {
		venti: 20,
		trenta: 30,
		quaranta: 40,
		cinquanta: 50,
		sessanta: 60,
		settanta: 70,
		ottanta: 80,
		novanta: 90,
	},
	units: new Set(
		(
			"anni anno giorni mesi ore minuti soldati morti feriti prigionieri persone abitanti uomini donne bambini " +
			"vittime km chilometri metri m lire euro € ducati fiorini dollari voti deputati navi carri aerei cannoni operai " +
			"contadini famiglie alunni pagine parole volte volontari iugeri milioni mila"
		).split(" "),
	),
	references: "p|pp|pag|pagg|vol|cap|art|articolo|n|doc|fig",
	negativeYears: false,
	wordsHint: /[Ss]ecol|[Ss]ec\.|[Aa]nni|cento\b|C\.|Cristo/,
};
