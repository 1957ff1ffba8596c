/** The words of a quiz, one catalogue per language (issue 21). Pure data and small functions, no I/O. */
export interface QuizMessages {
	/** term-choice, definition to term: the definition with the term blanked. */
	whichTerm(blanked: string): string;
	/** term-choice, term to definition. */
	whatIs(term: string): string;
	/** "Who was X?": the term is a person. */
	whoWas(term: string): string;
	/** The opening of a true/false statement (the gate strips it to find the definition shown). */
	trueOrFalse: string;
	trueWord: string;
	falseWord: string;
	match: string;
	order: string;
	whichBrief(quote: string): string;
	/** which-speaker: the quote, asking who said it. */
	whoSaid(quote: string): string;
	/** "BC" after a year ("44 BC", "44 av. J.-C."). */
	bc: string;
	/** The era shown after a typed BC date's blank. */
	bcShown: string;
	inOrder(right: number, total: number): string;
	pairsRight(right: number, total: number): string;
	offByOne(wrote: string, answer: string): string;
	shouldBe(typed: string, expected: string): string;
	typo(diffs: string): string;
	notAYear: string;
}
