import type { QuizMessages } from "./types";

export const DE: QuizMessages = {
	whichTerm: (b) => `Welcher Begriff passt? ${b}`,
	whatIs: (t) => `Was ist „${t}“?`,
	whoWas: (t) => `Wer war ${t}?`,
	trueOrFalse: "Richtig oder falsch?",
	trueWord: "Richtig",
	falseWord: "Falsch",
	match: "Ordne jedem Begriff seine Definition zu.",
	order: "Bringe diese Ereignisse in die zeitliche Reihenfolge, das früheste zuerst.",
	whichBrief: (q) => `Aus welcher Notiz stammt dieses Zitat? „${q}“`,
	whoSaid: (q) => `Wer hat das gesagt? „${q}“`,
	bc: "v. Chr.",
	bcShown: "(v. Chr.)",
	inOrder: (r, n) => `${r} von ${n} in der richtigen Reihenfolge`,
	pairsRight: (r, n) => `${r} von ${n} Paaren richtig`,
	offByOne: (w, a) => `ein Jahr daneben: du hast ${w} geschrieben, richtig ist ${a}`,
	shouldBe: (t, e) => `„${t}“ statt „${e}“`,
	typo: (d) => `kleiner Tippfehler: ${d}`,
	notAYear: "keine Jahreszahl",
};
