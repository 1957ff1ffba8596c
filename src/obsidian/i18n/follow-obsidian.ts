/** The interface follows Obsidian's language setting (issue 21). */
import { getLanguage, requireApiVersion } from "obsidian";
import type { Lang } from "../../core/lang/lang";
import { langFromTag } from "../../core/lang/detect";
import { setUiLang } from "./index";

/** The interface language from Obsidian's setting ("fr", "de", "es", "pt-BR" …); English for any other (and before 1.8.7). */
export function obsidianLang(): Lang {
	let code: string | null = null;
	try {
		// getLanguage() exists from Obsidian 1.8.7; older apps get the English interface.
		code = requireApiVersion("1.8.7") ? getLanguage() : null;
	} catch {
		code = null;
	}
	return langFromTag(code ?? "en") ?? "en";
}

/** Sets the interface language to Obsidian's (called when the plugin loads). */
export function followObsidianLanguage(): Lang {
	const lang = obsidianLang();
	setUiLang(lang);
	return lang;
}
