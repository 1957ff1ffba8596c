import type { QuizMessages } from "./types";

export const EN: QuizMessages = {
	whichTerm: (b) => `Which term fits? ${b}`,
	whatIs: (t) => `What is "${t}"?`,
	whoWas: (t) => `Who was ${t}?`,
	trueOrFalse: "True or false?",
	trueWord: "True",
	falseWord: "False",
	match: "Match each term with its definition.",
	order: "Put these events in chronological order, earliest first.",
	whichBrief: (q) => `Which brief is this quote from? "${q}"`,
	whoSaid: (q) => `Who said this? "${q}"`,
	bc: "BC",
	bcShown: "(BC)",
	inOrder: (r, n) => `${r} of ${n} in the right order`,
	pairsRight: (r, n) => `${r} of ${n} pairs right`,
	offByOne: (w, a) => `off by one year: you wrote ${w}, it is ${a}`,
	shouldBe: (t, e) => `"${t}" should be "${e}"`,
	typo: (d) => `small typo: ${d}`,
	notAYear: "not a year",
};
