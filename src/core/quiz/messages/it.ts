import type { QuizMessages } from "./types";

export const IT: QuizMessages = {
	whichTerm: (b) => `Quale termine è giusto? ${b}`,
	whatIs: (t) => `Che cos'è «${t}»?`,
	whoWas: (t) => `Chi era ${t}?`,
	trueOrFalse: "Vero o falso?",
	trueWord: "Vero",
	falseWord: "Falso",
	match: "Abbina ogni termine alla sua definizione.",
	order: "Metti questi eventi in ordine cronologico, dal più antico al più recente.",
	whichBrief: (q) => `Da quale scheda viene questa citazione? «${q}»`,
	whoSaid: (q) => `Chi l'ha detto? «${q}»`,
	bc: "a.C.",
	bcShown: "(a.C.)",
	inOrder: (r, n) => `${r} su ${n} nell'ordine giusto`,
	pairsRight: (r, n) => `${r} coppie giuste su ${n}`,
	offByOne: (w, a) => `sbagliato di un anno: hai scritto ${w}, è ${a}`,
	shouldBe: (t, e) => `«${t}» invece di «${e}»`,
	typo: (d) => `piccolo refuso: ${d}`,
	notAYear: "non è un anno",
};
