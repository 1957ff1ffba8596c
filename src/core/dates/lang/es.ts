/** Spanish: "12 de octubre de 1492", "siglo XIX", "los años treinta", "hacia 1500", "de 1914 a 1918", "44 a. C.". */
import { type LangSpec, ROMAN_SRC } from "./spec";

const BC =
	"a\\.\\s?(?:de\\s)?C\\.?|a\\.\\s?n\\.\\s?e\\.?|antes\\sde\\sCristo|antes\\sde\\snuestra\\sera|antes\\sde\\sla\\sera\\scom[uú]n|a\\.\\s?e\\.\\s?c\\.?|AEC";
const AD = "d\\.\\s?(?:de\\s)?C\\.?|despu[eé]s\\sde\\sCristo|de\\snuestra\\sera|d\\.\\s?n\\.\\s?e\\.?|n\\.\\s?e\\.";
const ERA = `(?:\\s?(?<era>${BC}|${AD})(?![A-Za-z]))?`;
const Q = "[Pp]rincipios|[Cc]omienzos|[Ii]nicios|[Mm]ediados|[Ff]inales|[Ff]ines|[Pp]rimera\\smitad|[Ss]egunda\\smitad";
const ORD = `(?:${ROMAN_SRC}|\\d{1,2})`;
const WORDS = "veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa";

export const ES: LangSpec = {
	lang: "es",
	months: {
		enero: 1,
		"ene.": 1,
		febrero: 2,
		"feb.": 2,
		marzo: 3,
		"mar.": 3,
		abril: 4,
		"abr.": 4,
		mayo: 5,
		junio: 6,
		"jun.": 6,
		julio: 7,
		"jul.": 7,
		agosto: 8,
		"ago.": 8,
		septiembre: 9,
		setiembre: 9,
		"sept.": 9,
		"sep.": 9,
		octubre: 10,
		"oct.": 10,
		noviembre: 11,
		"nov.": 11,
		diciembre: 12,
		"dic.": 12,
	},
	dayOrd: "(?:º|°|ª|o)?",
	dayMonthSep: "\\s(?:de\\s)?",
	monthYearSep: "\\s(?:de\\s|del\\s)?",
	bc: BC,
	ad: AD,
	cues: [
		"en",
		"desde",
		"hasta",
		"hacia",
		"de",
		"del",
		"año",
		"el año",
		"partir de",
		"tras",
		"antes de",
		"después de",
		"y",
		"o",
		"anterior a",
		"posterior a",
		"finales de",
		"principios de",
		"mediados de",
		"durante",
		"para",
		"circa",
		"ca.",
		"c.",
	],
	strongCues: [
		"en",
		"desde",
		"hasta",
		"hacia",
		"año",
		"el año",
		"partir de",
		"tras",
		"antes de",
		"después de",
		"anterior a",
		"posterior a",
		"circa",
		"ca.",
	],
	approx: "hacia|cerca\\sde|alrededor\\sde|circa|ca\\.|c\\.|aproximadamente\\sen",
	rangeLead: "[Dd]e|[Dd]esde|[Dd]el",
	rangeJoin: "a|al|hasta",
	betweenLead: "[Ee]ntre",
	betweenJoin: "y|e",
	monthCue: "en|desde|hasta|[Dd]urante",
	quals: {
		principios: "early",
		comienzos: "early",
		inicios: "early",
		mediados: "mid",
		finales: "late",
		fines: "late",
		"primera mitad": "first",
		"segunda mitad": "second",
	},
	centuries: [
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:del|de\\slos)\\s)?(?:\\b(?:[Ee]l|[Dd]el|[Ll]os|[Aa]l|[Ee]n\\sel)\\s)?\\b(?:[Ss]iglos?|[Ss]\\.|[Ss]ig\\.)\\s(?<n1>${ORD})\\b(?:\\s(?:y|al|a|-|–|e)\\s(?:el\\s)?(?<n2>${ORD})\\b)?${ERA}`,
			"g",
		),
	],
	decades: [
		new RegExp(
			`(?:\\b(?<q>[Pp]rincipios|[Mm]ediados|[Ff]inales)\\s(?:de\\s)?)?(?:\\b(?:[Ll]os|[Ll]as|[Ll]a|[Ee]n\\slos|[Ee]n\\sla)\\s)?\\b(?:[Aa]ños|[Dd]écada\\sde(?:\\slos)?)\\s['’]?(?<d1>\\d{2,4}|${WORDS})\\b(?:\\s(?:y|a)\\s(?:los\\s)?(?<d2>\\d{2,4}|${WORDS})\\b)?`,
			"g",
		),
	],
	decadeWords: {
		veinte: 20,
		treinta: 30,
		cuarenta: 40,
		cincuenta: 50,
		sesenta: 60,
		setenta: 70,
		ochenta: 80,
		noventa: 90,
	},
	units: new Set(
		(
			"años año días meses horas minutos soldados muertos muertes heridos prisioneros exiliados personas habitantes " +
			"hombres mujeres niños judíos víctimas km kilómetros metros m pesetas euros € reales ducados dólares votos escaños " +
			"diputados barcos buques tanques aviones cañones obreros campesinos familias alumnos páginas palabras veces electores " +
			"gobiernos estudiantes millones"
		).split(" "),
	),
	references: "p|pp|pág|págs|pag|vol|cap|art|artículo|núm|nº|n\\.º|doc|fig",
	negativeYears: false,
	wordsHint: /[Ss]iglo|\b[Ss]\.\s[IVX]|[Aa]ños|[Dd]écada|C\.|Cristo/,
};
