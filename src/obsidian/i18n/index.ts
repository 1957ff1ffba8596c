/**
 * The interface's words in the user's language (issue 21), following Obsidian's language setting.
 *
 * Gettext style: the key is the English text, sentence case, with `{0}`, `{1}` … for values:
 * `t("Retry missed ({0})", n)`. English needs no catalogue; fr, de and es are complete (a test checks every
 * key of src against them), pt and it translate what they have and fall back to English for the rest.
 * Constants built at module load hold keys marked with `tk("…")` and are translated where they are shown.
 */
import { isLang, type Lang } from "../../core/lang/lang";
import { FR } from "./fr";
import { DE } from "./de";
import { ES } from "./es";
import { PT } from "./pt";
import { IT } from "./it";

export type Catalogue = Readonly<Record<string, string>>;

export const CATALOGUES: Readonly<Record<Exclude<Lang, "en">, Catalogue>> = { fr: FR, de: DE, es: ES, pt: PT, it: IT };

/** The languages whose catalogue has every key. */
export const COMPLETE: readonly Lang[] = ["en", "fr", "de", "es"];

/** Each language by its own name (never translated). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
	en: "English",
	fr: "Français",
	de: "Deutsch",
	es: "Español",
	pt: "Português",
	it: "Italiano",
};

let current: Lang = "en";

/** Sets the interface language (follow-obsidian.ts reads Obsidian's). Pure: no Obsidian import here, so the
 * views' formatting helpers stay usable from plain Node (CLI, unit tests). */
export function setUiLang(lang: Lang): void {
	current = isLang(lang) ? lang : "en";
}

export function uiLang(): Lang {
	return current;
}

/** The text of `key` in the interface language, with `{0}`, `{1}` … replaced by `args`. */
export function t(key: string, ...args: (string | number)[]): string {
	const text = current === "en" ? key : (CATALOGUES[current][key] ?? key);
	if (!args.length) return text;
	return text.replace(/\{(\d)\}/g, (m, i: string) => {
		const v = args[Number(i)];
		return v === undefined ? m : String(v);
	});
}

/** Marks a key for the catalogue scan without translating it (constants made at module load). */
export function tk(key: string): string {
	return key;
}
