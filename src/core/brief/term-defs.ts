/**
 * What a term is (issue 18): a name or concept the note DEFINES. One predicate, `definedTermProblem`, used by the
 * fact reader (facts.ts) and the quiz (kinds/terms.ts, gate-terms-rules.ts). A term is not a note label
 * ("Background", "Causes", "Key points", "Contexte", "Ursachen"), a date, a stop word, a sentence, nor an
 * etymology; its definition says what the term is in at least 4 words, without restating or naming the term, and
 * is not a list of names or a clause whose subject is on another line ("It was …", "These …").
 */

export type TermProblem =
	| "empty"
	| "too-long"
	| "date"
	| "stop-word"
	| "generic-label"
	| "sentence"
	| "etymology"
	| "short-definition"
	| "restates-term"
	| "list"
	| "dangling"
	| "title"
	| "question"
	| "names-term";

/** Lower case, accents folded, anything but letters and digits a space. */
export function foldWords(text: string): string[] {
	return text
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim()
		.split(" ")
		.filter((w) => w.length > 0);
}

const STOP = new Set(
	(
		"a an the and or but of in on at to for by with from as is are was were be it its this that these those " +
		"he she they we you i his her their our my also yes no not note notes nb ps see etc " +
		"le la les un une des du de et ou est il elle ils der die das ein eine und oder ist er sie es " +
		"el los las una y o es lo il gli e o di da del della"
	).split(" "),
);

/** Labels that organise a note but name nothing a student learns, in the languages the reader knows. */
const GENERIC = new Set(
	(
		"background|overview|summary|context|introduction|intro|conclusion|significance|impact|impacts|legacy|" +
		"aftermath|outcome|outcomes|result|results|consequence|consequences|cause|causes|effect|effects|reason|" +
		"reasons|key points|main points|key facts|key fact|key events|key ideas|key terms|key quotes|key themes|" +
		"key people|key figures|key dates|key words|keywords|main themes|main ideas|main idea|notes|note|timeline|" +
		"theme|themes|source|sources|open question|open questions|question|questions|definition|definitions|" +
		"example|examples|evidence|analysis|debate|response|reaction|problem|problems|issue|issues|role|importance|" +
		"causes and effects|causes and consequences|pros|cons|advantages|disadvantages|strengths|weaknesses|" +
		"description|explanation|purpose|goal|goals|aim|aims|features|characteristics|details|detail|facts|" +
		"important|remember|tip|tips|warning|info|information|people|places|events|dates|date|location|place|" +
		"who|what|when|where|why|how|politics|political|economy|economic|economics|society|social|culture|" +
		"cultural|religion|religious|military|geography|technology|intellectual|art|arts|trade|government|" +
		"leaders|leadership|structure|organisation|organization|etymology|origin|origins|word origin|meaning|" +
		"short term|long term|short term causes|long term causes|immediate causes|underlying causes|" +
		"short term effects|long term effects|main events|other|misc|miscellaneous|general|summary points|" +
		"turning point|turning points|quote|quotes|reading|readings|vocabulary|glossary|terms|concepts|" +
		// fr
		"contexte|bilan|resume|enjeux|consequences|origines|definition|exemple|exemples|points cles|a retenir|" +
		"acteurs|reperes|problematique|introduction|conclusion|causes profondes|document|documents|" +
		// de
		"hintergrund|ursachen|ursache|folgen|ergebnis|ergebnisse|zusammenfassung|bedeutung|uberblick|einleitung|" +
		"fazit|kontext|grunde|auswirkungen|beispiel|beispiele|begriffe|wichtig|" +
		// es, pt, it
		"contexto|antecedentes|causas|consecuencias|resumen|introduccion|conclusion|significado|importancia|" +
		"definicion|ejemplo|ejemplos|puntos clave|consequencias|resumo|introducao|conclusao|exemplo|" +
		"contesto|cause|conseguenze|riassunto|introduzione|conclusione|esempio|significato"
	).split("|"),
);
/** A generic head after a qualifier: "Political causes", "Short-term effects", "Economic impact". */
const GENERIC_HEADS = new Set(
	"causes cause effects effect consequences impact impacts reasons results outcomes aims goals factors features characteristics points ideas facts events problems issues changes developments background context significance legacy aftermath".split(
		" ",
	),
);
const QUALIFIER = new Set(
	"short long term immediate underlying main key major minor other political economic social religious cultural military positive negative direct indirect general overall first second third final further additional important".split(
		" ",
	),
);
/** "Reasons for …", "Causes of …", "Impact on …": a heading about something, not a name. */
const GENERIC_LEAD =
	/^(the\s+)?(reasons?|causes?|effects?|impacts?|consequences?|significance|importance|results?|background|origins?|role|response|reaction|overview|summary|outcome|end|start|beginning|scale|size|costs?|course|nature|spread|extent|limits?|failure|success|aims?|context|legacy|aftermath|events?)\s+(for|of|to|on|in|behind|and)\b/i;
/** A label written as a sentence ("The Act Is Signed"). */
const SENTENCE = /\s(is|are|was|were|has|have|had|becomes?|began|begins?|ends?|did|does|led|made)\s/i;
const MONTHS =
	"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december";
const DATE_WORD = new RegExp(
	`^(\\d+(st|nd|rd|th|s)?|c|ca|circa|bc|bce|ad|ce|to|and|century|centuries|early|late|mid|${MONTHS})$`,
);
const ETYMOLOGY_DEF =
	/^(?:\(?\s*)?(?:from|derived from|comes from|coined from|du|vom|aus dem|del)\s+(?:the\s+)?(?:ancient\s+|old\s+|late\s+|classical\s+|medieval\s+|vulgar\s+)?(?:latin|greek|french|german|arabic|persian|sanskrit|hebrew|english|norse|italian|spanish|turkish|chinese|japanese|dutch|latin|grec|latein|griechisch|griego|latino|greco)\b|^(?:latin|greek|arabic|persian|sanskrit|hebrew|french|german)\s+(?:for|word|term|root|meaning)\b|^literally\b/i;
/** A definition that continues another line ("which …", "and …") or speaks as the student ("we want …"). */
const DANGLING =
	/^(also|and|but|or|which|whose|then|so|thus|however|therefore|the latter|the former|we|i|you|our|my|us)\b/i;
/** "They …", "These …": the subject is on another line, unless the term itself is a plural ("Junkers"). */
const PLURAL_PRONOUN = /^(they|their|them|these|those|such)\b/i;

/** "E.g. Thomas Jefferson", "For example Sparta": an example of something said before, not a term. */
const EXAMPLE_LEAD =
	/^(e\.?\s?g\.?|i\.?\s?e\.?|ex\.|for (example|instance)|such as|like|see|cf\.?|z\.\s?b\.|p\.\s?ex\.|por ejemplo)(\s|$)/i;

/** Brackets and quotes closed: "Amenhotep IV (1364" is a cut, not a term. */
function balanced(t: string): boolean {
	const count = (re: RegExp) => (t.match(re) ?? []).length;
	return count(/\(/g) === count(/\)/g) && count(/\[/g) === count(/\]/g) && count(/"/g) % 2 === 0;
}

/** The label's words that carry meaning (no stop words), folded. */
export function contentTermWords(text: string): string[] {
	return foldWords(text).filter((w) => !STOP.has(w) && (w.length >= 3 || /\d/.test(w)));
}

function isGenericLabel(t: string, words: string[]): boolean {
	const folded = words.join(" ");
	if (GENERIC.has(folded) || GENERIC_LEAD.test(t)) return true;
	const last = words[words.length - 1];
	return words.length <= 4 && GENERIC_HEADS.has(last) && words.slice(0, -1).every((w) => QUALIFIER.has(w));
}

/** Why a label cannot be a term, or null. */
export function termLabelProblem(term: string): TermProblem | null {
	const t = term.trim();
	const words = foldWords(t);
	if (words.length === 0) return "empty";
	if (t.length > 60 || words.length > 8) return "too-long";
	if (words.every((w) => DATE_WORD.test(w)) && /\d/.test(t)) return "date";
	if (words.length === 1 && (STOP.has(words[0]) || words[0].length < 2)) return "stop-word";
	if (isGenericLabel(t, words) || EXAMPLE_LEAD.test(t)) return "generic-label";
	if (!balanced(t)) return "sentence";
	if (/\?\s*$/.test(t)) return "question";
	if (SENTENCE.test(` ${t} `) || (words.length >= 5 && /^\p{Ll}/u.test(t))) return "sentence";
	return null;
}

function sharesStem(a: string, b: string): boolean {
	return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/** The definition names a word of the term (or a close inflection: "Sulla" / "Sulla's"). */
export function definitionNamesTerm(definition: string, term: string): boolean {
	const dw = foldWords(definition);
	return contentTermWords(term).some((t) => dw.some((w) => sharesStem(w, t)));
}

/** Three or more short comma-separated parts, most of them capitalised: names listed, nothing defined. */
function isNameList(def: string): boolean {
	const parts = def
		.replace(/\.$/, "")
		.split(/\s*[,;]\s*|\s+and\s+/)
		.filter((p) => p.length > 0);
	if (parts.length < 3 || parts.some((p) => p.split(/\s+/).length > 4)) return false;
	return parts.filter((p) => /^\p{Lu}/u.test(p)).length >= Math.ceil((2 * parts.length) / 3);
}

const LINKING = new Set("of the and for in on to a an de la le des du von van der".split(" "));

/** "Civics and US Government": a title (a course, a book, a link), every word capitalised, no definition. */
function isTitle(def: string): boolean {
	const words = def.replace(/[.!]$/, "").split(/\s+/);
	const caps = words.filter((w) => /^[\p{Lu}\p{N}"“']/u.test(w)).length;
	return caps >= 2 && words.every((w) => LINKING.has(w.toLowerCase()) || /^[\p{Lu}\p{N}"“'(]/u.test(w));
}

/** Why a definition does not define its term, or null. */
export function definitionProblem(term: string, definition: string): TermProblem | null {
	const d = definition.trim();
	if (ETYMOLOGY_DEF.test(d)) return "etymology";
	if (/:\s*$/.test(d)) return "list";
	if (isNameList(d)) return "list";
	const words = foldWords(d).filter((w) => /\p{L}/u.test(w));
	if (words.length < 4) return "short-definition";
	const tw = new Set(contentTermWords(term));
	const dw = contentTermWords(d);
	if (dw.length > 0 && dw.every((w) => tw.has(w))) return "restates-term";
	if (DANGLING.test(d) || (PLURAL_PRONOUN.test(d) && !/s$/i.test(term.trim()))) return "dangling";
	if (isTitle(d)) return "title";
	if (/\?\s*$/.test(d)) return "question";
	if (definitionNamesTerm(d, term)) return "names-term";
	return null;
}

/** Why `term: definition` is not a term the note defines, or null when it is one. */
export function definedTermProblem(term: string, definition: string): TermProblem | null {
	return termLabelProblem(term) ?? definitionProblem(term, definition);
}

/** The one predicate: the note defines `term` by `definition`. */
export function isDefinedTerm(term: string, definition: string): boolean {
	return definedTermProblem(term, definition) === null;
}
