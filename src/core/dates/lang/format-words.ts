/** The words of localized date labels (issue 21): month names, eras, circa, centuries, decades. */
import type { Lang } from "../../lang/lang";

export interface LabelWords {
	months: string[];
	/** A day: "1er" in French, "1." in German. */
	day: (n: number) => string;
	/** Between day and month, and between month and year ("12 de octubre de 1492"). */
	dayMonth: string;
	monthYear: string;
	bc: string;
	ad: string;
	circa: string;
	/** Century n (1-based) as written, with its qualifier ("fin du XVIIIe siècle"). */
	century: (n: number, q: "early" | "mid" | "late" | null) => string;
	decade: (start: number) => string;
}

const ROMAN: Array<[number, string]> = [
	[10, "X"],
	[9, "IX"],
	[5, "V"],
	[4, "IV"],
	[1, "I"],
];

export function roman(n: number): string {
	let out = "";
	let rest = n;
	for (const [v, s] of ROMAN) {
		while (rest >= v) {
			out += s;
			rest -= v;
		}
	}
	return out;
}

const FR_Q = { early: "début du ", mid: "milieu du ", late: "fin du " };
const DE_Q = { early: "Anfang des ", mid: "Mitte des ", late: "Ende des " };
const ES_Q = { early: "principios del ", mid: "mediados del ", late: "finales del " };
const PT_Q = { early: "início do ", mid: "meados do ", late: "final do " };
const IT_Q = { early: "inizio del ", mid: "metà del ", late: "fine del " };

export const LABEL_WORDS: Record<Exclude<Lang, "en">, LabelWords> = {
	fr: {
		months: [
			"janvier",
			"février",
			"mars",
			"avril",
			"mai",
			"juin",
			"juillet",
			"août",
			"septembre",
			"octobre",
			"novembre",
			"décembre",
		],
		day: (n) => (n === 1 ? "1er" : String(n)),
		dayMonth: " ",
		monthYear: " ",
		bc: "av. J.-C.",
		ad: "apr. J.-C.",
		circa: "vers ",
		century: (n, q) => `${q ? FR_Q[q] : ""}${roman(n)}e siècle`,
		decade: (s) => `années ${s}`,
	},
	de: {
		months: [
			"Januar",
			"Februar",
			"März",
			"April",
			"Mai",
			"Juni",
			"Juli",
			"August",
			"September",
			"Oktober",
			"November",
			"Dezember",
		],
		day: (n) => `${n}.`,
		dayMonth: " ",
		monthYear: " ",
		bc: "v. Chr.",
		ad: "n. Chr.",
		circa: "um ",
		century: (n, q) => (q ? `${DE_Q[q]}${n}. Jahrhunderts` : `${n}. Jahrhundert`),
		decade: (s) => `${s}er Jahre`,
	},
	es: {
		months: [
			"enero",
			"febrero",
			"marzo",
			"abril",
			"mayo",
			"junio",
			"julio",
			"agosto",
			"septiembre",
			"octubre",
			"noviembre",
			"diciembre",
		],
		day: (n) => String(n),
		dayMonth: " de ",
		monthYear: " de ",
		bc: "a. C.",
		ad: "d. C.",
		circa: "hacia ",
		century: (n, q) => `${q ? ES_Q[q] : ""}siglo ${roman(n)}`,
		decade: (s) => `década de ${s}`,
	},
	pt: {
		months: [
			"janeiro",
			"fevereiro",
			"março",
			"abril",
			"maio",
			"junho",
			"julho",
			"agosto",
			"setembro",
			"outubro",
			"novembro",
			"dezembro",
		],
		day: (n) => String(n),
		dayMonth: " de ",
		monthYear: " de ",
		bc: "a.C.",
		ad: "d.C.",
		circa: "por volta de ",
		century: (n, q) => `${q ? PT_Q[q] : ""}século ${roman(n)}`,
		decade: (s) => `anos ${s}`,
	},
	it: {
		months: [
			"gennaio",
			"febbraio",
			"marzo",
			"aprile",
			"maggio",
			"giugno",
			"luglio",
			"agosto",
			"settembre",
			"ottobre",
			"novembre",
			"dicembre",
		],
		day: (n) => String(n),
		dayMonth: " ",
		monthYear: " ",
		bc: "a.C.",
		ad: "d.C.",
		circa: "circa ",
		century: (n, q) => `${q ? IT_Q[q] : ""}${roman(n)} secolo`,
		decade: (s) => `anni ${s}`,
	},
};
