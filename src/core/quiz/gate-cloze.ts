/** Gate rules for cloze: a blank worth filling (a name, a term or a year, not guessable from the topic). */
import { contentWords, normalize, STOPWORDS } from "./normalize";
import { answerYears, missingSubject, titleShowsYear } from "./gate-dates";
import { strayYear } from "./gate-numbers";
import type { Defect, GateEnv } from "./gate-types";
import { factOf } from "./gate-types";
import { sourceProblem } from "./gate-source";
import { isRealTerm } from "./gate-terms";
import type { Question } from "./types";

const LOW_VALUE =
	/^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|north|south|east|west|northern|southern|eastern|western|today|now|then|later|yesterday|tomorrow|here|there|however|thus|meanwhile|afterwards|eventually|finally|also|instead|soon|still|once|nowadays)$/i;
const HONORIFIC =
	/^(president|king|queen|general|emperor|tsar|czar|pope|sir|lord|lady|mr|mrs|dr|marshal|chief|prince|princess|saint|st)\.?\s/i;

/**
 * How many times the answer occurs in the brief's title, themes, events, facts and quotes, counting inflections and
 * demonyms of a one-word answer ("Europe", "Europeans", "Europe's"; "American", "U.S.").
 */
export function occurrences(answer: string, env: GateEnv): number {
	const n = normalize(answer);
	if (n.length === 0) return 0;
	const { words, byPrefix, text } = corpusOf(env.brief);
	if (!n.includes(" ")) {
		// sameRoot needs 4 shared leading letters, equality, or one topic group: only those words are compared.
		const near = new Set<string>([
			...(byPrefix.get(n.slice(0, 4)) ?? []),
			n,
			...SAME_TOPIC.filter((g) => g.includes(n)).flat(),
		]);
		let count = 0;
		for (const w of near) if (sameRoot(w, n)) count += words.get(w) ?? 0;
		return count;
	}
	return text.split(` ${n} `).length - 1;
}

interface Corpus {
	/** Word -> how often it occurs. */
	words: Map<string, number>;
	/** First four letters -> the words that start with them. */
	byPrefix: Map<string, string[]>;
	/** The distinct texts, normalised, space-padded and joined. */
	text: string;
}

/** A brief's title, themes, events, facts and quotes, read once per brief object (briefs do not change). */
const CORPUS = new WeakMap<GateEnv["brief"], Corpus>();

function corpusOf(b: GateEnv["brief"]): Corpus {
	let c = CORPUS.get(b);
	if (c) return c;
	const texts = [
		b.title,
		...b.themes,
		...b.events.map((e) => e.text),
		...b.facts.map((f) => `${f.term} ${f.definition}`),
		...b.quotes.map((q) => q.text),
	];
	const seen = new Set(texts.map((t) => normalize(t.replace(/\bU\.S\.(A\.)?/g, "US"))));
	const words = new Map<string, number>();
	for (const t of seen) for (const w of t.split(" ")) if (w) words.set(w, (words.get(w) ?? 0) + 1);
	const byPrefix = new Map<string, string[]>();
	for (const w of words.keys()) {
		const list = byPrefix.get(w.slice(0, 4)) ?? [];
		list.push(w);
		byPrefix.set(w.slice(0, 4), list);
	}
	c = { words, byPrefix, text: ` ${[...seen].join("  ")} ` };
	CORPUS.set(b, c);
	return c;
}

/** Words that make a clause: a definition without any is a fragment ("Foreign war, the revolt in the Vendée …"). */
const VERBISH =
	/\b(\p{L}{3,}ed|is|are|was|were|had|has|have|did|does|became|become|began|took|made|led|won|fell|rose|saw|gave|met|went|came|held|left|lost|sent|swore|seized|ran|fought|built|broke|drew|grew|knew|spoke|stood|struck|threw|wrote|meant|kept|let|set|put|shot|sought|brought|taught|bought|became)\b/iu;

/** Demonyms and short forms that name the same topic as a title word ("American" in a "US …" brief). */
const SAME_TOPIC: string[][] = [
	["american", "americans", "us", "usa", "united", "states"],
	["soviet", "soviets", "ussr", "union"],
	["roman", "romans", "rome"],
	["russian", "russians", "russia"],
	["german", "germans", "germany"],
	["british", "britain", "english", "england"],
	["french", "france"],
	["greek", "greeks", "greece"],
	["swiss", "switzerland"],
	["dutch", "netherlands", "holland"],
	["spanish", "spaniards", "spain"],
	["italian", "italians", "italy"],
	["austrian", "austrians", "austria"],
	["polish", "poles", "poland"],
	["chinese", "china"],
	["japanese", "japan"],
	["egyptian", "egyptians", "egypt"],
	["persian", "persians", "persia"],
	["jewish", "jews", "israel"],
];

/** The words that say what the brief is about: its title, course folder and tags. */
function topicWords(env: GateEnv): string[] {
	const b = env.brief;
	return normalize(`${b.title} ${b.course} ${b.tags.join(" ")}`)
		.split(" ")
		.filter((w) => w.length >= 2 && !STOPWORDS.has(w));
}

/** Same word, a close inflection ("roman"/"rome"), or the same topic by demonym. */
export function sameRoot(a: string, b: string): boolean {
	if (a === b) return true;
	if (SAME_TOPIC.some((g) => g.includes(a) && g.includes(b))) return true;
	let k = 0;
	while (k < a.length && k < b.length && a[k] === b[k]) k++;
	return k >= 4 && k >= Math.min(a.length, b.length) - 2;
}

const TITLE_WORD =
	/^(the|king|queen|president|general|emperor|empress|tsar|czar|pope|sir|lord|lady|marshal|chief|prince|princess|saint|st|secretary|consul|senator|admiral|captain|colonel|dr|mr|mrs)$/i;

/** The blank is one word of a longer name ("the ____ Government", "Economic ____ Act", "Nikolai ____"). */
export function partOfName(prompt: string, answer: string): boolean {
	if (!/^\p{Lu}/u.test(answer)) return false;
	const at = prompt.indexOf("____");
	// "____ of the Four Emperors" (Year), "Treatise on ____" (Human Nature): the head or the tail of a name.
	if (!answer.includes(" ") && /^\s+(of|on)\s+(the\s+)?\p{Lu}/u.test(prompt.slice(at + 4))) return true;
	if (/(?:^|\s)\p{Lu}\p{L}+\s+(of|on)\s+(the\s+)?$/u.test(prompt.slice(0, at))) return true;
	const after = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(prompt.slice(at + 4));
	const before = /(?:^|[\s(])(\p{Lu}[\p{L}.-]*)\s+$/u.exec(prompt.slice(0, at));
	const startsSentence = before !== null && /(^|[.!?:;]\s+)[("“]*\S+\s+$/u.test(prompt.slice(0, at));
	if (after && !/^(BC|BCE|AD|CE)$/.test(after[1])) return true;
	return before !== null && !startsSentence && !TITLE_WORD.test(before[1].replace(/\.$/, ""));
}

/**
 * The blank completes an office title: "the President of the ____" (→ United States), "the ____ of the United
 * States" (→ President). The fixed phrase gives the answer away.
 */
export function titlePhrase(prompt: string, answer: string): boolean {
	const at = prompt.indexOf("____");
	if (at < 0) return false;
	const before = prompt.slice(0, at);
	const after = prompt.slice(at + 4);
	if (TITLE_WORD.test(answer.trim()) && answer.trim().toLowerCase() !== "the" && /^\s+of\s/i.test(after)) return true;
	return /\b(president|king|queen|emperor|empress|prime minister|chancellor|secretary of state|governor|tsar|czar|pope)\s+of\s+(the\s+)?$/i.test(
		before,
	);
}

/** A country or people named by one topic group ("United States", "Americans"), mentioned this often in the brief. */
function countryMentions(answer: string, env: GateEnv): number {
	const words = normalize(answer.replace(/\bU\.S\.(A\.)?/g, "US"))
		.split(" ")
		.filter((w) => w && w !== "the");
	const group = SAME_TOPIC.find((g) => words.length > 0 && words.every((w) => g.includes(w)));
	if (!group) return 0;
	const { words: counts } = corpusOf(env.brief);
	// "united states" counts once, not once per word.
	return Math.max(...group.filter((w) => w !== "united" && w !== "union").map((w) => counts.get(w) ?? 0));
}

/**
 * An abbreviation as the answer ("SAP") that the brief never spells out ("South African Party (SAP)", "SAP – …"):
 * the student cannot know what it stands for from the note.
 */
export function unexplainedAbbreviation(answer: string, env: GateEnv): boolean {
	const m = /^(\p{Lu}{2,6})s?$/u.exec(answer.trim());
	if (!m) return false;
	const a = m[1];
	const b = env.brief;
	const text = [
		b.title,
		...b.themes,
		...b.events.map((e) => e.text),
		...b.facts.map((f) => `${f.term}: ${f.definition}`),
	].join("\n");
	const spelled = new RegExp(
		`\\(${a}\\)|\\b${a}\\s*(\\(|[:=–—-]\\s)|\\b${a}\\b[^.\\n]{0,12}\\b(stands for|short for)`,
		"u",
	);
	return !spelled.test(text);
}

/** A name of the answer is printed elsewhere in the prompt ("heirs to ____" → "Hamilton's America" after "Hamilton was …"). */
export function answerNameInPrompt(prompt: string, answer: string): boolean {
	const rest = prompt.replace(BLANK_RE, " ");
	const names = answer
		.split(/\s+/)
		.map((w) => w.replace(/['’]s$/u, "").replace(/[^\p{L}]/gu, ""))
		.filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w));
	if (names.some((n) => new RegExp(`(?<!\\p{L})${n}(?!\\p{L})`, "u").test(rest))) return true;
	// "a swiss peasant … began the Reformation in ____" (Switzerland): the people named give the country away.
	// Only when the answer is that country or people alone ("French Revolution" is more than France).
	const words = new Set(normalize(rest).split(" "));
	const a = normalize(answer).split(" ");
	const group = SAME_TOPIC.find((g) => a.every((w) => g.includes(w)));
	return group !== undefined && group.some((w) => !a.includes(w) && words.has(w));
}

const BLANK_RE = /_{4}/g;

/** The longest cloze prompt (characters). */
export const CLOZE_MAX = 280;

/**
 * A year the sentence lets one compute: "the 27-year war … (431-____ B.C.)" gives 404 by subtraction. True when
 * another year of the prompt lies the stated number of years (±1) from the answer.
 */
export function computableYear(prompt: string, answer: number): boolean {
	const spans = [...prompt.matchAll(/\b(\d{1,3})[- ](?:year|years)\b/g)].map((m) => Number(m[1]));
	if (spans.length === 0) return false;
	const years = [...prompt.replace(BLANK_RE, " ").matchAll(/\b\d{2,4}\b/g)].map((m) => Number(m[0]));
	return spans.some((n) => years.some((y) => Math.abs(Math.abs(y - answer) - n) <= 1));
}

export function gateCloze(q: Question, env: GateEnv): Defect[] {
	const out: Defect[] = [];
	const fact = factOf(env.brief, q.itemId);
	const quote = env.brief.quotes.find((x) => x.id === q.itemId);
	const text = fact?.definition ?? quote?.text;
	if (!text || !(fact ?? quote)) return [{ criterion: "a", rule: "no-source" }];
	const p = sourceProblem(text, env.brief, (fact ?? quote)!.source.line, fact?.term);
	if (p) out.push({ criterion: "c", rule: `source-${p}` });
	if (
		fact &&
		!isRealTerm(fact.term.replace(/\*\*/g, "").replace(/:$/, "").trim(), true) &&
		!VERBISH.test(fact.definition)
	) {
		out.push({ criterion: "d", rule: "fragment" });
	}
	const a = q.answer.trim();
	const isYear = /^\d{3,4}$/.test(a);
	if (isYear && computableYear(q.prompt, Number(a))) out.push({ criterion: "d", rule: "computable-year" });
	if (isYear && strayYear(Number(a), q.prompt, env.brief)) out.push({ criterion: "a", rule: "stray-number" });
	// "20 000 morts": the group of a number written with spaces (French, German), not a year.
	if (isYear && /\d[ \u00a0\u202f]$/.test(q.prompt.split("____")[0] ?? ""))
		out.push({ criterion: "d", rule: "number-group" });
	if (isYear && answerYears(a).some((y) => titleShowsYear(env.brief, y) || titleShowsYear(env.brief, 1 - y)))
		out.push({ criterion: "d", rule: "title-year" });
	if (!isYear) {
		const words = contentWords(a);
		if (words.length === 0 || STOPWORDS.has(normalize(a)) || LOW_VALUE.test(a))
			out.push({ criterion: "c", rule: "low-value-blank" });
		else if (!/[\p{Lu}\d]/u.test(a) && words.length === 1) out.push({ criterion: "c", rule: "generic-blank" });
		if (words.length > 0 && words.every((w) => topicWords(env).some((t) => sameRoot(w, t))))
			out.push({ criterion: "c", rule: "guessable" });
		else if (occurrences(a, env) >= 4 || countryMentions(a, env) >= 3)
			out.push({ criterion: "c", rule: "guessable" });
		if (titlePhrase(q.prompt, a)) out.push({ criterion: "c", rule: "title-phrase" });
		if (HONORIFIC.test(a)) out.push({ criterion: "d", rule: "title-in-answer" });
		if (/\b(BCE|BC|AD|CE)\b/.test(a)) out.push({ criterion: "d", rule: "era-in-answer" });
		// "October O" of "O.S.", "William C" of "William C. Bullitt": the span is cut through an abbreviation.
		if (/(^|\s)\p{Lu}$/u.test(a) || /^\s*\.\p{L}/u.test(q.prompt.split("____")[1] ?? ""))
			out.push({ criterion: "d", rule: "cut-abbreviation" });
	}
	if (!isYear && unexplainedAbbreviation(a, env)) out.push({ criterion: "c", rule: "unexplained-abbreviation" });
	if (!isYear && answerNameInPrompt(q.prompt, a)) out.push({ criterion: "d", rule: "answer-in-prompt" });
	if (!isYear && partOfName(q.prompt, a)) out.push({ criterion: "d", rule: "part-of-name" });
	// About 45 words: past that a one-blank sentence is an anecdote to wade through, not a fact to recall.
	if (q.prompt.length > CLOZE_MAX) out.push({ criterion: "d", rule: "too-long" });
	if (missingSubject(q.prompt)) out.push({ criterion: "d", rule: "no-subject" });
	return out;
}
