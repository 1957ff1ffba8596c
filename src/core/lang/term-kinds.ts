/**
 * The kind of thing a term names, in French, German, Spanish, Portuguese and Italian (issue 21), for the quiz
 * gate's "every option of the same kind" rule (core/quiz/gate-terms.ts). Romance languages put the head noun
 * first ("Bataille de la Marne", "Traité de Versailles", "Guerra Civil"); German at the end of a compound
 * ("Novemberrevolution", "Schlieffen-Plan") or first in "Schlacht bei Verdun". Undefined when no head is known.
 */
import type { TermClass } from "../quiz/gate-terms";

const ROMANCE: Array<[TermClass, string]> = [
	[
		"event",
		"bataille guerre siege prise revolution crise attentat assassinat massacre revolte insurrection coup invasion campagne offensive chute sac famine election marche conquete reforme terreur putsch mutinerie effondrement scandale affaire entree debarquement blocus proces purge execution fuite serment abdication journee nuit expedition batalla guerra sitio toma revolucion crisis atentado asesinato masacre revuelta golpe invasion campana ofensiva caida conquista reforma desembarco batalha cerco revolucao assassinato invasao campanha queda desembarque battaglia assedio presa rivoluzione crisi attentato assassinio rivolta colpo invasione campagna caduta riforma marcia spedizione sbarco",
	],
	[
		"agreement",
		"traite pacte accord accords convention declaration charte plan doctrine loi decret edit compromis alliance entente armistice paix constitution tratado pacto acuerdo convenio declaracion carta ley decreto edicto alianza armisticio paz constitucion acordo lei alianca armisticio constituicao trattato patto accordo dichiarazione legge editto alleanza armistizio pace costituzione",
	],
	[
		"institution",
		"parti congres gouvernement comite conseil senat ligue assemblee armee garde eglise cour union compagnie banque parlement front mouvement partido congreso gobierno consejo senado liga asamblea ejercito iglesia union banco parlamento frente movimiento governo exercito igreja partito comitato consiglio senato lega assemblea esercito chiesa corte unione fronte movimento",
	],
	[
		"period",
		"ere age periode dynastie republique empire regne regime siecle annees epoca era periodo dinastia republica imperio reinado regimen siglo seculo repubblica impero regno secolo",
	],
];

const GERMAN: Array<[TermClass, string]> = [
	[
		"event",
		"schlacht krieg revolution krise aufstand putsch attentat mord belagerung blockade invasion feldzug offensive sturz eroberung reform wahl streik massaker prozess kapitulation landung",
	],
	[
		"agreement",
		"vertrag pakt abkommen vereinbarung erklarung charta plan doktrin gesetz dekret edikt bundnis waffenstillstand frieden verfassung protokoll",
	],
	[
		"institution",
		"partei kongress regierung komitee rat senat liga versammlung armee heer garde kirche gericht union bank parlament front bewegung reichstag",
	],
	["period", "ara zeitalter epoche dynastie republik reich kaiserreich herrschaft regime jahrhundert"],
];

function fold(s: string): string {
	return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function table(rows: Array<[TermClass, string]>): Map<string, TermClass> {
	const m = new Map<string, TermClass>();
	for (const [cls, words] of rows) for (const w of words.split(" ")) if (!m.has(w)) m.set(w, cls);
	return m;
}

const FIRST = table(ROMANCE);
const LAST = table(GERMAN);
const GERMAN_HEADS = [...LAST.entries()].sort((a, b) => b[0].length - a[0].length);
/** What follows a Romance head noun: "de la", "du", "des", "d'", "del", "della", "di", "da", "do" … or an adjective. */
const ROMANCE_LINK = /^(?:de|du|des|d|del|dei|della|delle|di|da|do|dos|das|dello|degli|en|a|au|aux|al|alla)$/;

/** The kind a non-English term names by its head noun, or undefined. */
export function langTermClass(term: string): TermClass | undefined {
	const words = fold(term)
		.split(/[\s'\u2019]+/)
		.filter(Boolean);
	if (words.length < 2) return germanHead(words[0] ?? "");
	const first = FIRST.get(words[0]);
	// "Bataille de la Marne" names one battle; "guerre d'usure", "guerre de tranchées" name a kind of war (a concept).
	if (first && ROMANCE_LINK.test(words[1])) return namedAfterLink(term) ? first : undefined;
	if (first && words.length === 2) return first;
	const lead = LAST.get(words[0]);
	if (lead && /^(?:bei|von|vom|um|zu|zur|am|an|in|im|der|des)$/.test(words[1])) return lead;
	return germanHead(words[words.length - 1]);
}

/** The word after "de", "d'", "del" … (and an article) is a name: "de la Marne", "de Versailles", not "d'usure". */
function namedAfterLink(term: string): boolean {
	const raw = term
		.split(/[\s'\u2019]+/)
		.filter(Boolean)
		.slice(2);
	const name = raw.find((w) => !/^(?:la|le|les|l|el|los|las|il|lo|gli|o|a|os|as|der|die|das)$/i.test(w));
	return !!name && /^\p{Lu}/u.test(name);
}

/** A German compound's last part: "novemberrevolution" -> event, "schlieffen-plan" -> agreement. */
function germanHead(word: string): TermClass | undefined {
	const w = word.replace(/^.*-/, "");
	if (w.length < 3) return undefined;
	for (const [head, cls] of GERMAN_HEADS)
		if (w === head || (w.endsWith(head) && w.length > head.length + 2)) return cls;
	return undefined;
}
