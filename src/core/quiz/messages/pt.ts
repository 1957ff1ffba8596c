import type { QuizMessages } from "./types";

export const PT: QuizMessages = {
	whichTerm: (b) => `Que termo se encaixa? ${b}`,
	whatIs: (t) => `O que é «${t}»?`,
	whoWas: (t) => `Quem foi ${t}?`,
	trueOrFalse: "Verdadeiro ou falso?",
	trueWord: "Verdadeiro",
	falseWord: "Falso",
	match: "Associe cada termo à sua definição.",
	order: "Ponha estes acontecimentos por ordem cronológica, do mais antigo ao mais recente.",
	whichBrief: (q) => `De que ficha é esta citação? «${q}»`,
	whoSaid: (q) => `Quem disse isto? «${q}»`,
	bc: "a.C.",
	bcShown: "(a.C.)",
	inOrder: (r, n) => `${r} de ${n} na ordem certa`,
	pairsRight: (r, n) => `${r} de ${n} pares certos`,
	offByOne: (w, a) => `errou por um ano: escreveu ${w}, é ${a}`,
	shouldBe: (t, e) => `«${t}» devia ser «${e}»`,
	typo: (d) => `pequena gralha: ${d}`,
	notAYear: "não é um ano",
};
