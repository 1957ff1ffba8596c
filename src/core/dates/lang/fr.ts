/** French: "7 août 1914", "1er novembre 1914", "XIXe siècle", "les années 1930", "44 av. J.-C.", "-495 à -429". */
import { type LangSpec, ROMAN_SRC } from "./spec";

const BC =
	"av\\.?\\s?J\\.?\\s?-?\\s?C\\.?|avant\\sJ\\.?\\s?-?\\s?C\\.?|avant\\sJésus[-\\s]Christ|avant\\snotre\\sère|av\\.\\sn\\.\\s?è\\.?|AEC";
const AD =
	"apr\\.?\\s?J\\.?\\s?-?\\s?C\\.?|ap\\.?\\s?J\\.?\\s?-?\\s?C\\.?|après\\sJ\\.?\\s?-?\\s?C\\.?|après\\sJésus[-\\s]Christ|de\\snotre\\sère";
const ERA = `(?:\\s?(?<era>${BC}|${AD})(?![A-Za-z]))?`;
const Q = "[Dd]ébut|[Cc]ommencement|[Mm]ilieu|[Ff]in|[Pp]remière\\smoitié|[Ss]econde\\smoitié|[Dd]euxième\\smoitié";
const ORD = `(?:${ROMAN_SRC}|\\d{1,2})`;
const SUF = "(?:e|ème|eme|è|ᵉ|er|ère)";
const WORDS = "vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?";

export const FR: LangSpec = {
	lang: "fr",
	months: {
		janvier: 1,
		"janv.": 1,
		février: 2,
		fevrier: 2,
		"févr.": 2,
		"fév.": 2,
		mars: 3,
		avril: 4,
		"avr.": 4,
		mai: 5,
		juin: 6,
		juillet: 7,
		"juil.": 7,
		août: 8,
		aout: 8,
		septembre: 9,
		"sept.": 9,
		octobre: 10,
		"oct.": 10,
		novembre: 11,
		"nov.": 11,
		décembre: 12,
		decembre: 12,
		"déc.": 12,
		// Notes abbreviate without the dot too ("nov 1914-mars 1918").
		janv: 1,
		févr: 2,
		fev: 2,
		avr: 4,
		juil: 7,
		sept: 9,
		oct: 10,
		nov: 11,
		déc: 12,
		dec: 12,
	},
	dayOrd: "(?:er|re|e)?",
	dayMonthSep: "\\s",
	monthYearSep: "\\s",
	bc: BC,
	ad: AD,
	cues: [
		"en",
		"dès",
		"des",
		"depuis",
		"jusqu'en",
		"jusqu’en",
		"jusqu'à",
		"jusqu’à",
		"avant",
		"après",
		"vers",
		"de",
		"du",
		"l'an",
		"l’an",
		"année",
		"fin",
		"début",
		"mi",
		"et",
		"ou",
		"à",
		"dans",
		"pour",
		"partir de",
		"environ",
	],
	strongCues: [
		"en",
		"dès",
		"depuis",
		"jusqu'en",
		"jusqu’en",
		"vers",
		"l'an",
		"l’an",
		"avant",
		"après",
		"partir de",
		"environ",
	],
	approx: "vers|environ|autour\\sde|aux\\salentours\\sde|env\\.|circa|ca\\.|c\\.",
	rangeLead: "[Dd]e|[Dd]u|[Dd]epuis",
	rangeJoin: "à|au|jusqu'en|jusqu’en|jusqu'à|jusqu’à",
	betweenLead: "[Ee]ntre",
	betweenJoin: "et",
	monthCue: "en|dès|début|fin|mi-|depuis|jusqu'en|jusqu’en",
	quals: {
		début: "early",
		commencement: "early",
		milieu: "mid",
		mi: "mid",
		fin: "late",
		"première moitié": "first",
		"seconde moitié": "second",
		"deuxième moitié": "second",
	},
	centuries: [
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:du\\s|de\\sla\\s)?)?(?:\\b(?:[Ll]e|[Aa]u|[Dd]u|[Dd]es|[Aa]ux)\\s)?(?<neg>-)?\\b(?<n1>${ORD})${SUF}(?:\\s(?:et|ou|au|à|-|–)\\s(?:le\\s)?(?<n2>${ORD})${SUF})?\\s(?:[Ss]iècles?\\b|s\\.)${ERA}`,
			"g",
		),
		// "entre le début du XIVe et la fin du XIXe siècle": the first ordinal names its century without the word.
		new RegExp(
			`(?:\\b(?<q>${Q})\\s(?:du\\s|de\\sla\\s)?)?(?:\\b(?:[Ll]e|[Aa]u|[Dd]u)\\s)?\\b(?<n1>${ROMAN_SRC})${SUF}(?=\\s(?:et|au|à|-)\\s[^.;:\\n]{0,30}?\\b${ROMAN_SRC}${SUF}\\s[Ss]iècle)`,
			"g",
		),
	],
	decades: [
		new RegExp(
			`(?:\\b(?<q>[Dd]ébut|[Mm]ilieu|[Ff]in)\\s(?:des\\s))?(?:\\b(?:[Ll]es|[Dd]es|[Aa]ux|[Dd]ans\\sles)\\s)?\\b[Aa]nnées\\s['’]?(?<d1>\\d{2,4}|${WORDS})\\b(?:(?:\\s(?:et|à)\\s|\\s?[-–]\\s?)(?:les\\s)?(?:années\\s)?(?<d2>\\d{2,4}|${WORDS})\\b)?`,
			"g",
		),
	],
	decadeWords: {
		vingt: 20,
		trente: 30,
		quarante: 40,
		cinquante: 50,
		soixante: 60,
		"soixante-dix": 70,
		"quatre-vingt": 80,
		"quatre-vingts": 80,
		"quatre-vingt-dix": 90,
	},
	units: new Set(
		(
			"ans an années jours mois heures h minutes siècles soldats hommes femmes enfants personnes morts tués " +
			"blessés prisonniers habitants juifs victimes km kilomètres mètres m euros € francs livres dollars marks voix " +
			"sièges députés navires chars avions canons dossiers condamnations emprisonnements exécutions ouvriers " +
			"paysans familles élèves pages mots fois synagogues commerces villages communes français françaises allemands anglais " +
			"américains soviétiques russes italiens espagnols"
		).split(" "),
	),
	references: "p|pp|pages?|vol|t|tome|chap|art|article|n°|no|doc|fig",
	negativeYears: true,
	wordsHint: /[Ss]iècle|[IVX]e\ss\.|[Aa]nnées|J\.?-?C|notre ère/,
};
