import type { QuizMessages } from "./types";

export const FR: QuizMessages = {
	whichTerm: (b) => `Quel terme convient ? ${b}`,
	whatIs: (t) => `Qu'est-ce que « ${t} » ?`,
	whoWas: (t) => `Qui était ${t} ?`,
	trueOrFalse: "Vrai ou faux ?",
	trueWord: "Vrai",
	falseWord: "Faux",
	match: "Associez chaque terme à sa définition.",
	order: "Remettez ces événements dans l'ordre chronologique, du plus ancien au plus récent.",
	whichBrief: (q) => `De quelle fiche vient cette citation ? « ${q} »`,
	whoSaid: (q) => `Qui a dit cela ? « ${q} »`,
	bc: "av. J.-C.",
	bcShown: "(av. J.-C.)",
	inOrder: (r, n) => `${r} sur ${n} dans le bon ordre`,
	pairsRight: (r, n) => `${r} paires justes sur ${n}`,
	offByOne: (w, a) => `à un an près : vous avez écrit ${w}, c'est ${a}`,
	shouldBe: (t, e) => `« ${t} » au lieu de « ${e} »`,
	typo: (d) => `petite faute de frappe : ${d}`,
	notAYear: "ce n'est pas une année",
};
