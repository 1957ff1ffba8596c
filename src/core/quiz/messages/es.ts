import type { QuizMessages } from "./types";

export const ES: QuizMessages = {
	whichTerm: (b) => `¿Qué término encaja? ${b}`,
	whatIs: (t) => `¿Qué es «${t}»?`,
	whoWas: (t) => `¿Quién fue ${t}?`,
	trueOrFalse: "¿Verdadero o falso?",
	trueWord: "Verdadero",
	falseWord: "Falso",
	match: "Relaciona cada término con su definición.",
	order: "Ordena estos acontecimientos cronológicamente, del más antiguo al más reciente.",
	whichBrief: (q) => `¿De qué ficha es esta cita? «${q}»`,
	whoSaid: (q) => `¿Quién dijo esto? «${q}»`,
	bc: "a. C.",
	bcShown: "(a. C.)",
	inOrder: (r, n) => `${r} de ${n} en el orden correcto`,
	pairsRight: (r, n) => `${r} de ${n} parejas correctas`,
	offByOne: (w, a) => `te has equivocado en un año: escribiste ${w}, es ${a}`,
	shouldBe: (t, e) => `«${t}» debería ser «${e}»`,
	typo: (d) => `pequeña errata: ${d}`,
	notAYear: "no es un año",
};
