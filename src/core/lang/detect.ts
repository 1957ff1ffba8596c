/**
 * The language of a note (issue 21): front-matter `lang`/`language` when it names one ("fr", "fr-FR",
 * "français", "German", "Deutsch"), else a small profile of function words and letters of the text.
 * Pure, linear in the text, no dependency. Sentences of a mixed note (a French note quoting an English speech)
 * get their own language only on strong evidence, so an English note never reads a sentence as French by chance.
 */
import { isLang, type Lang } from "./lang";

/** The setting "language of notes": detected per note, or one language for every note. */
export type LangSetting = "auto" | Lang;

export function isLangSetting(value: unknown): value is LangSetting {
	return value === "auto" || isLang(value);
}

/** Names of the languages in English and in themselves, lower case, without accents. */
const NAMES: Record<string, Lang> = {
	english: "en",
	anglais: "en",
	englisch: "en",
	ingles: "en",
	inglese: "en",
	french: "fr",
	francais: "fr",
	franzosisch: "fr",
	frances: "fr",
	francese: "fr",
	german: "de",
	deutsch: "de",
	allemand: "de",
	aleman: "de",
	alemao: "de",
	tedesco: "de",
	spanish: "es",
	espanol: "es",
	castellano: "es",
	espagnol: "es",
	spanisch: "es",
	espanhol: "es",
	spagnolo: "es",
	portuguese: "pt",
	portugues: "pt",
	portugais: "pt",
	portugiesisch: "pt",
	portoghese: "pt",
	italian: "it",
	italiano: "it",
	italien: "it",
	italienisch: "it",
};

function fold(s: string): string {
	return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/** "fr", "fr-FR", "fr_CA", "FR", "français", "French", "Deutsch" -> the language; anything else -> undefined. */
export function langFromTag(value: unknown): Lang | undefined {
	if (Array.isArray(value)) value = value[0];
	if (typeof value !== "string") return undefined;
	const v = fold(value);
	if (!v || v.length > 40) return undefined;
	const code = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/.exec(v);
	if (code) {
		const c =
			code[1] === "ger" || code[1] === "deu"
				? "de"
				: code[1] === "fre" || code[1] === "fra"
					? "fr"
					: code[1] === "spa"
						? "es"
						: code[1] === "por"
							? "pt"
							: code[1] === "ita"
								? "it"
								: code[1] === "eng"
									? "en"
									: code[1];
		if (isLang(c)) return c;
	}
	return NAMES[v];
}

/** The language the front-matter states (`lang`, `language`, `Lang`, `Language`), if it names a known one. */
export function langOfFrontmatter(fm: Record<string, unknown> | null | undefined): Lang | undefined {
	if (!fm) return undefined;
	for (const key of ["lang", "language", "Lang", "Language"]) {
		const l = langFromTag(fm[key]);
		if (l) return l;
	}
	return undefined;
}

/** Frequent function words of each language (lower case). A word several languages share counts less. */
const WORDS: Record<Lang, string> = {
	en: "the and of to in is was that for it with as by on were are be this from which his he they had have not but at an their its been who has would or i you we my our your she her them after when there what also into than",
	fr: "le la les et des du un une est en que qui dans pour pas sur au aux ce il elle sont par ont avec se son sa ses plus leur été était mais ou nous cette ne lui dont où je vous mon ma mes ils elles aussi très être avoir fait tout sans sous après avant donc alors ces lors",
	de: "der die das und ist nicht ein eine zu den dem mit von sich auf im des für wurde auch es sie er war werden wird bei nach aus zum zur einen einer als wie dass hat über vor ich wir ihr mein sehr oder aber noch nur wurden sind haben durch gegen unter",
	es: "el la los las y de del en por con una es se su al como más pero fue que un sus lo le para entre sobre son tras durante desde muy este esta hasta yo mi nos también ser hay sin fueron había estos después",
	pt: "o a os as e de do da dos das em no na um uma não com para foi são ao que se por mais seu sua pelo pela como entre também nos nas à ou muito após eu meu minha ser há sem foram havia estes depois isso",
	it: "il lo la gli le e di del della che è un una per non con sono nel nella alla dei delle degli da al si fu anche come più ma suo sua tra dopo questo io mio noi essere ha hanno senza furono questa quando",
};

/** Letters that only (or mostly) one language writes. */
const LETTERS: Record<Lang, RegExp | null> = {
	en: null,
	fr: /[èêëçœùûîï]|\b(?:l|d|qu|n|c|j|s)['\u2019][aeiouéèêh]/g,
	de: /[äöüß]/g,
	es: /[ñ¿¡]|\b\w+ción\b/g,
	pt: /[ãõ]|\b\w+ção\b|\b\w+ções\b/g,
	it: /\b(?:è|perché|più|così|già|città)\b|\b\w+zione\b|\b(?:l|dell|all|nell|un|d)['\u2019][aeiou]/g,
};

const WEIGHTS: Map<string, { lang: Lang; w: number }[]> = buildWeights();

function buildWeights(): Map<string, { lang: Lang; w: number }[]> {
	const owners = new Map<string, Lang[]>();
	for (const [lang, list] of Object.entries(WORDS) as [Lang, string][]) {
		for (const w of list.split(" ")) owners.set(w, [...(owners.get(w) ?? []), lang]);
	}
	const out = new Map<string, { lang: Lang; w: number }[]>();
	for (const [w, langs] of owners)
		out.set(
			w,
			langs.map((lang) => ({ lang, w: 1 / langs.length })),
		);
	return out;
}

export interface LangScores {
	scores: Record<Lang, number>;
	/** Words looked at. */
	words: number;
}

/** Scores of each language for a text: function words (shared words split their weight) and typical letters. */
export function langScores(text: string): LangScores {
	const scores: Record<Lang, number> = { en: 0, fr: 0, de: 0, es: 0, pt: 0, it: 0 };
	let words = 0;
	for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
		words++;
		const hits = WEIGHTS.get(m[0]);
		if (hits) for (const h of hits) scores[h.lang] += h.w;
	}
	const lower = text.toLowerCase();
	for (const lang of Object.keys(LETTERS) as Lang[]) {
		const re = LETTERS[lang];
		if (!re) continue;
		re.lastIndex = 0;
		let n = 0;
		while (re.exec(lower) && n < 1000) n++;
		scores[lang] += 0.5 * n;
	}
	return { scores, words };
}

function best(scores: Record<Lang, number>): { lang: Lang; top: number; second: number } {
	let lang: Lang = "en";
	let top = -1;
	let second = -1;
	for (const l of Object.keys(scores) as Lang[]) {
		const s = scores[l];
		if (s > top) {
			second = top;
			top = s;
			lang = l;
		} else if (s > second) second = s;
	}
	return { lang, top, second };
}

/** Text looked at to tell a note's language: enough for any note, bounded work for a huge one. */
const SAMPLE = 20000;

/** The language of a text by its profile; `fallback` (English) when the text says too little. */
export function detectLang(text: string, fallback: Lang = "en"): Lang {
	const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
	const { scores } = langScores(sample);
	const b = best(scores);
	return b.top >= 2 && b.top > b.second * 1.2 ? b.lang : fallback;
}

/**
 * The language of one sentence of a note in `noteLang`: another language only when the sentence clearly is
 * (several function words, twice the note language's score), else the note's.
 */
export function sentenceLang(sentence: string, noteLang: Lang): Lang {
	if (sentence.length < 24) return noteLang;
	const { scores, words } = langScores(sentence.length > 2000 ? sentence.slice(0, 2000) : sentence);
	if (words < 5) return noteLang;
	const b = best(scores);
	if (b.lang === noteLang || b.top < 3) return noteLang;
	return b.top >= 2 * Math.max(scores[noteLang], 0.5) && b.top > b.second * 1.3 ? b.lang : noteLang;
}

/** Where a note's language came from. */
export interface NoteLang {
	lang: Lang;
	from: "front-matter" | "setting" | "text";
}

/** A note's language: its front-matter, else the setting when fixed, else detected from its text. */
export function noteLangOf(
	fm: Record<string, unknown> | null | undefined,
	text: string,
	setting: LangSetting = "auto",
): NoteLang {
	const stated = langOfFrontmatter(fm);
	if (stated) return { lang: stated, from: "front-matter" };
	if (setting !== "auto") return { lang: setting, from: "setting" };
	return { lang: detectLang(text), from: "text" };
}
