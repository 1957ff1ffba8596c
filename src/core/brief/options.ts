/**
 * The settings that shape reading, and the one place that turns them into the reader's options. The plugin
 * (main.ts: "did a reader setting change?"), the indexer, the parse cache's key and the CLI all call
 * briefOptionsOf, so a new reader setting is added here and in settings.ts, nowhere else.
 */
import type { LangSetting } from "../lang/detect";
import type { BriefOptions, SectionSynonyms } from "./types";

/** The part of the plugin's settings the reader depends on. */
export interface ReaderSettings {
	publishKey: string;
	extraPublishKeys: string[];
	sectionSynonyms: SectionSynonyms;
	maxNoteBytes: number;
	/** Language of notes without a front-matter `lang`: "auto" (detected) or one language (issue 21). */
	noteLanguage?: LangSetting;
	/** Folders whose notes read bare years as BCE (issue 16); none by default. */
	bceFolders?: string[];
}

/** The reader's options from these settings: plain JSON data. */
export type ReaderOptions = Required<Pick<BriefOptions, "publishKeys" | "sectionSynonyms" | "maxBytes">> &
	Pick<BriefOptions, "lang" | "bceFolders">;

/** The front-matter keys that mark a brief: the main key first, then the extra ones. */
export function publishKeysOf(settings: Pick<ReaderSettings, "publishKey" | "extraPublishKeys">): string[] {
	return [settings.publishKey, ...settings.extraPublishKeys].filter(Boolean);
}

/** The section lists are the settings' own (the reader keeps per-list caches); readerKeyOf snapshots them. */
export function briefOptionsOf(settings: ReaderSettings): ReaderOptions {
	const o: ReaderOptions = {
		publishKeys: publishKeysOf(settings),
		sectionSynonyms: settings.sectionSynonyms,
		maxBytes: settings.maxNoteBytes,
	};
	// "auto" is the reader's default: left out, so the parse-cache key of existing vaults stays the same.
	if (settings.noteLanguage && settings.noteLanguage !== "auto") o.lang = settings.noteLanguage;
	// Left out when empty too: an existing vault's parse-cache key stays the same.
	if (settings.bceFolders?.length) o.bceFolders = [...settings.bceFolders];
	return o;
}

/** A string that changes exactly when the reader's options change (reindex; parse-cache key). */
export function readerKeyOf(settings: ReaderSettings): string {
	return JSON.stringify(briefOptionsOf(settings));
}
