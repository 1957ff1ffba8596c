/** The languages the reader knows: English plus the five of issue 21. */
export type Lang = "en" | "fr" | "de" | "es" | "pt" | "it";

export const LANGS: readonly Lang[] = ["en", "fr", "de", "es", "pt", "it"];

/** True when `value` names one of the languages the reader knows ("fr", not "fr-CA"). */
export function isLang(value: unknown): value is Lang {
	return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
