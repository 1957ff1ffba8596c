/** Portuguese: "25 de Abril de 1974", "século XIX", "anos 1930", "por volta de 1500", "de 1914 a 1918", "44 a.C.". */
import { type LangSpec, ROMAN_SRC } from "./spec";

const BC = "a\\.\\s?C\\.?|antes\\sde\\sCristo|a\\.\\s?e\\.\\s?c\\.?|AEC";
const AD = "d\\.\\s?C\\.?|depois\\sde\\sCristo|d\\.\\s?e\\.\\s?c\\.?";
const ERA = `(?:\\s?(?<era>${BC}|${AD})(?![A-Za-z]))?`;
const Q =
	"[Ii]n[íi]cios?|[Cc]omeço|[Pp]rinc[íi]pio|[Mm]eados|[Ff]inal|[Ff]inais|[Ff]im|[Ff]ins|[Pp]rimeira\\smetade|[Ss]egunda\\smetade";
const ORD = `(?:${ROMAN_SRC}|\\d{1,2})`;
const WORDS = "vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa";

export const PT: LangSpec = {
	lang: "pt",
	months: {
		janeiro: 1,
		"jan.": 1,
		fevereiro: 2,
		"fev.": 2,
		março: 3,
		marco: 3,
		"mar.": 3,
		abril: 4,
		"abr.": 4,
		maio: 5,
		junho: 6,
		"jun.": 6,
		julho: 7,
		"jul.": 7,
		agosto: 8,
		"ago.": 8,
		setembro: 9,
		"set.": 9,
		outubro: 10,
		"out.": 10,
		novembro: 11,
		"nov.": 11,
		dezembro: 12,
		"dez.": 12,
	},
	dayOrd: "(?:º|°|o)?",
	dayMonthSep: "\\s(?:de\\s)?",
	monthYearSep: "\\s(?:de\\s)?",
	bc: BC,
	ad: AD,
	cues: [
		"em",
		"desde",
		"até",
		"de",
		"do",
		"ano",
		"o ano de",
		"no ano de",
		"partir de",
		"após",
		"antes de",
		"depois de",
		"e",
		"ou",
		"por volta de",
		"cerca de",
		"durante",
		"no",
		"para",
		"circa",
	],
	strongCues: [
		"em",
		"desde",
		"até",
		"ano",
		"no ano de",
		"partir de",
		"após",
		"antes de",
		"depois de",
		"por volta de",
		"cerca de",
		"circa",
	],
	approx: "por\\svolta\\sde|cerca\\sde|circa|ca\\.|c\\.|aproximadamente\\sem",
	rangeLead: "[Dd]e|[Dd]esde|[Dd]o",
	rangeJoin: "a|ao|até",
	betweenLead: "[Ee]ntre",
	betweenJoin: "e",
	monthCue: "em|desde|até|[Dd]urante",
	quals: {
		início: "early",
		inicio: "early",
		inícios: "early",
		começo: "early",
		princípio: "early",
		principio: "early",
		meados: "mid",
		final: "late",
		finais: "late",
		fim: "late",
		fins: "late",
		"primeira metade": "first",
		"segunda metade": "second",
	},
	centuries: [
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:do|dos|de)\\s)?(?:\\b(?:[Oo]|[Dd]o|[Nn]o|[Aa]o)\\s)?(?:[Ss]éculos?|[Ss]éc\\.?)\\s(?<n1>${ORD})\\b(?:\\s(?:e|ao|a|-|–)\\s(?:o\\s)?(?<n2>${ORD})\\b)?${ERA}`,
			"g",
		),
	],
	decades: [
		new RegExp(
			`(?:\\b(?<q>[Ii]n[íi]cio|[Mm]eados|[Ff]inal|[Ff]im)\\s(?:dos\\s|da\\s)?)?(?:\\b(?:[Oo]s|[Nn]os|[Dd]os|[Aa]|[Nn]a|[Dd]a)\\s)?\\b(?:[Aa]nos|[Dd]écada\\sde)\\s['’]?(?<d1>\\d{2,4}|${WORDS})\\b(?:\\s(?:e|a)\\s(?:os\\s)?(?<d2>\\d{2,4}|${WORDS})\\b)?`,
			"g",
		),
	],
	decadeWords: {
		vinte: 20,
		trinta: 30,
		quarenta: 40,
		cinquenta: 50,
		sessenta: 60,
		setenta: 70,
		oitenta: 80,
		noventa: 90,
	},
	units: new Set(
		(
			"anos ano dias meses horas minutos soldados mortos mortes feridos prisioneiros pessoas habitantes homens " +
			"mulheres crianças vítimas km quilômetros quilómetros metros m réis libras escudos euros € dólares votos deputados " +
			"navios tanques aviões canhões operários camponeses famílias alunos páginas palavras vezes milhões mil"
		).split(" "),
	),
	references: "p|pp|pág|págs|vol|cap|art|artigo|nº|n\\.º|doc|fig",
	negativeYears: false,
	wordsHint: /[Ss]éculo|[Ss]éc\.|[Aa]nos|[Dd]écada|C\.|Cristo/,
};
