/**
 * Section titles of the other languages (issue 21): "Citations clés", "Zitate", "Citas", "Citações",
 * "Citazioni" hold quotes; "Faits clés", "Chronologie", "Wichtige Fakten", "Zeittafel", "Datos clave",
 * "Cronología", "Factos-chave", "Fatti chiave" hold facts; "Thèmes", "Themen", "Temas", "Temi" themes;
 * "Sources", "Quellen", "Fuentes", "Fontes", "Fonti" cite sources, as do the see-also and further-reading
 * titles ("Voir aussi", "Pour aller plus loin", "Siehe auch", "Weiterführende Literatur", "Véase también",
 * "Vedi anche"). Titles are compared folded (lower case, no accents), so "Citations cles" and "CITATIONS CLÉS"
 * both count. Used by core/brief/sections.ts beside the user's own synonyms (settings), whatever the note's
 * language: a title is unambiguous enough.
 */
import type { SectionRole } from "../model";

const QUOTES = [
	// fr
	"citations cles",
	"citations",
	"citations importantes",
	"citations a retenir",
	"paroles",
	"extraits",
	// de
	"zitate",
	"wichtige zitate",
	"zitat",
	"schlusselzitate",
	"quellenzitate",
	// es
	"citas",
	"citas clave",
	"citas importantes",
	"frases celebres",
	"frases",
	// pt
	"citacoes",
	"citacoes-chave",
	"citacoes importantes",
	"frases celebres",
	// it
	"citazioni",
	"citazioni chiave",
	"citazioni importanti",
	"frasi celebri",
];

const FACTS = [
	// fr
	"faits cles",
	"faits",
	"dates cles",
	"chronologie",
	"reperes",
	"reperes chronologiques",
	"notions cles",
	"vocabulaire",
	"a retenir",
	"l'essentiel",
	"mots cles",
	// de
	"wichtige fakten",
	"fakten",
	"zeittafel",
	"zeitleiste",
	"chronologie",
	"wichtige daten",
	"begriffe",
	"grundbegriffe",
	"schlusselbegriffe",
	"definitionen",
	"das wichtigste",
	"merke",
	// es
	"datos clave",
	"datos",
	"cronologia",
	"fechas clave",
	"hechos clave",
	"conceptos clave",
	"definiciones",
	"vocabulario",
	"ideas clave",
	"lo esencial",
	// pt
	"factos-chave",
	"fatos-chave",
	"factos",
	"fatos",
	"datas-chave",
	"datas importantes",
	"cronologia",
	"conceitos-chave",
	"definicoes",
	"vocabulario",
	// it
	"fatti chiave",
	"fatti",
	"date chiave",
	"date importanti",
	"cronologia",
	"concetti chiave",
	"definizioni",
	"lessico",
	"parole chiave",
];

const THEMES = [
	"themes",
	"themes principaux",
	"grands themes",
	"themen",
	"hauptthemen",
	"temas",
	"temas principales",
	"temas principais",
	"temi",
	"temi principali",
];

const CONCLUSION = [
	"conclusion",
	"en conclusion",
	"fazit",
	"schluss",
	"schlussfolgerung",
	"conclusion",
	"conclusiones",
	"conclusao",
	"conclusoes",
	"conclusione",
	"conclusioni",
];

const SOURCES = [
	"sources",
	"bibliographie",
	"references",
	"voir aussi",
	"pour aller plus loin",
	"quellen",
	"literatur",
	"quellenangaben",
	"literaturverzeichnis",
	"siehe auch",
	"weiterfuhrende literatur",
	"fuentes",
	"bibliografia",
	"referencias",
	"vease tambien",
	"ver tambien",
	"lecturas recomendadas",
	"fontes",
	"referencias bibliograficas",
	"ver tambem",
	"leituras recomendadas",
	"fonti",
	"riferimenti",
	"vedi anche",
	"per approfondire",
];

const ROLES = new Map<string, SectionRole>();
for (const [list, role] of [
	[SOURCES, "source"],
	[CONCLUSION, "conclusion"],
	[THEMES, "themes"],
	[FACTS, "facts"],
	[QUOTES, "quotes"],
] as [string[], SectionRole][]) {
	for (const t of list) ROLES.set(t, role);
}

/** Lower case, accents and typographic apostrophes folded, spaces single. */
export function foldTitle(title: string): string {
	return title
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.toLowerCase()
		.replace(/\u2019/g, "'")
		.replace(/\s+/g, " ")
		.trim();
}

/** The role of a section title in fr/de/es/pt/it, "other" when it is none of them. `title` is already normalised (normTitle). */
export function langRoleOf(title: string): SectionRole {
	if (title.length > 60) return "other";
	return ROLES.get(foldTitle(title)) ?? "other";
}
