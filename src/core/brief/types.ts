import type { SectionSynonyms } from "../../settings";

export interface BriefOptions {
	/** Front-matter keys that mark a note for publishing; the first is the main one. Default ["dg-publish"]. */
	publishKeys?: string[];
	/** Section titles that hold quotes, facts and themes (lower case). Default: DEFAULT_SETTINGS.sectionSynonyms. */
	sectionSynonyms?: SectionSynonyms;
	/** YAML parser for front-matter when the caller did not pass parsed front-matter (throws on bad YAML). */
	parseYaml?: (text: string) => unknown;
	/** Notes larger than this many bytes (UTF-16 length is fine) become a "too large" Problem. */
	maxBytes?: number;
}
