/**
 * Settings: the plugin's data.json. Pure (no obsidian import) so migration is unit-tested.
 * migrateSettings(raw) turns anything (missing, older, garbage) into valid Settings.
 */

import { DEFAULT_SECTION_SYNONYMS, READER_DEFAULTS, type SectionSynonyms } from "./core/brief/types";
import { isLangSetting, type LangSetting } from "./core/lang/detect";
import type { EraConvention } from "./core/dates/format";

export type { SectionSynonyms } from "./core/brief/types";

export const SETTINGS_VERSION = 1;

export interface Settings {
	version: number;
	/** Front-matter key that marks a note as a brief (Digital Garden truthiness). */
	publishKey: string;
	/** Extra keys that also mark a brief (`publish`, `share`). */
	extraPublishKeys: string[];
	/** Show notes that are not marked for publishing in the views (off by default). */
	includeUnpublished: boolean;
	/** Section titles (case-insensitive) that hold quotes, facts and themes. */
	sectionSynonyms: SectionSynonyms;
	/** Language of notes without a front-matter `lang`: "auto" (detected per note) or one language (issue 21). */
	noteLanguage: LangSetting;
	/** How era labels are written: as each note writes them ("auto"), always BC/AD, or always BCE/CE (issue 16). */
	eraLabels: EraConvention;
	/** Folders whose notes read bare years as BCE, like a front-matter `era: BCE` ("Egyptology"). */
	bceFolders: string[];
	/** Notes larger than this are skipped with a "too large" problem. */
	maxNoteBytes: number;
	/** Timeline: newest first. */
	timelineDescending: boolean;
	/** Views follow the active note and highlight its items. */
	followActiveNote: boolean;
	/** Quiz: questions per quiz. */
	quizLength: number;
	/** Vault folder for the review logs (one file per device). */
	reviewFolder: string;
	/** Vault folder for generated garden pages. */
	gardenFolder: string;
	/** Publish key written into generated pages: "dg-publish", "publish" or "" for none. */
	gardenPublishKey: string;
	/** Base URL of the digital garden, for "Copy garden link". */
	gardenBaseUrl: string;
	/** Regenerate garden pages automatically when briefs change. */
	gardenAutoRefresh: boolean;
	/** Add a Mermaid timeline block to the generated timeline page. */
	gardenMermaid: boolean;
	/** Write one timeline/quotes page per course folder as well. */
	gardenPerCourse: boolean;
	/** Timeline: a colour chosen per course (folder), as an index into the 12-colour palette. */
	courseColors: Record<string, number>;
}

export const DEFAULT_SETTINGS: Settings = {
	version: SETTINGS_VERSION,
	publishKey: READER_DEFAULTS.publishKey,
	extraPublishKeys: [],
	includeUnpublished: false,
	sectionSynonyms: {
		quotes: [...DEFAULT_SECTION_SYNONYMS.quotes],
		facts: [...DEFAULT_SECTION_SYNONYMS.facts],
		themes: [...DEFAULT_SECTION_SYNONYMS.themes],
	},
	noteLanguage: "auto",
	eraLabels: "auto",
	bceFolders: [],
	maxNoteBytes: READER_DEFAULTS.maxNoteBytes,
	timelineDescending: false,
	followActiveNote: true,
	quizLength: 10,
	reviewFolder: "Study Briefs/reviews",
	gardenFolder: "Study pages",
	gardenPublishKey: "dg-publish",
	gardenBaseUrl: "",
	gardenAutoRefresh: false,
	gardenMermaid: false,
	gardenPerCourse: false,
	courseColors: {},
};

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown, fallback: string): string {
	return typeof v === "string" ? v : fallback;
}

function bool(v: unknown, fallback: boolean): boolean {
	return typeof v === "boolean" ? v : fallback;
}

function num(v: unknown, fallback: number, min: number, max: number): number {
	return typeof v === "number" && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
}

function strList(v: unknown, fallback: string[]): string[] {
	if (typeof v === "string") v = v.split(",");
	if (!Array.isArray(v)) return [...fallback];
	const out = v
		.filter((x): x is string => typeof x === "string")
		.map((x) => x.trim())
		.filter(Boolean);
	return out.length || Array.isArray(v) ? out : [...fallback];
}

/** Any stored value (missing, from an older version, hand-edited garbage) -> valid Settings. */
export function migrateSettings(raw: unknown): Settings {
	const d = DEFAULT_SETTINGS;
	if (!isRecord(raw)) return structuredCloneSettings(d);
	// v0 (unversioned) stored the publish key as `briefKey`.
	const publishKey = str(raw.publishKey ?? raw.briefKey, d.publishKey).trim() || d.publishKey;
	const syn = isRecord(raw.sectionSynonyms) ? raw.sectionSynonyms : {};
	const gardenPublishKey = str(raw.gardenPublishKey, d.gardenPublishKey);
	return {
		version: SETTINGS_VERSION,
		publishKey,
		extraPublishKeys: strList(raw.extraPublishKeys, d.extraPublishKeys),
		includeUnpublished: bool(raw.includeUnpublished, d.includeUnpublished),
		sectionSynonyms: {
			quotes: nonEmpty(strList(syn.quotes, d.sectionSynonyms.quotes), d.sectionSynonyms.quotes),
			facts: nonEmpty(strList(syn.facts, d.sectionSynonyms.facts), d.sectionSynonyms.facts),
			themes: nonEmpty(strList(syn.themes, d.sectionSynonyms.themes), d.sectionSynonyms.themes),
		},
		noteLanguage: isLangSetting(raw.noteLanguage) ? raw.noteLanguage : d.noteLanguage,
		eraLabels: isEraConvention(raw.eraLabels) ? raw.eraLabels : d.eraLabels,
		bceFolders: folderList(raw.bceFolders),
		maxNoteBytes: num(raw.maxNoteBytes, d.maxNoteBytes, 1024, 512 * 1024 * 1024),
		timelineDescending: bool(raw.timelineDescending, d.timelineDescending),
		followActiveNote: bool(raw.followActiveNote, d.followActiveNote),
		quizLength: num(raw.quizLength, d.quizLength, 1, 100),
		reviewFolder: cleanFolder(str(raw.reviewFolder, d.reviewFolder), d.reviewFolder),
		gardenFolder: cleanFolder(str(raw.gardenFolder, d.gardenFolder), d.gardenFolder),
		gardenPublishKey: ["dg-publish", "publish", ""].includes(gardenPublishKey)
			? gardenPublishKey
			: d.gardenPublishKey,
		gardenBaseUrl: str(raw.gardenBaseUrl, d.gardenBaseUrl).trim(),
		gardenAutoRefresh: bool(raw.gardenAutoRefresh, d.gardenAutoRefresh),
		gardenMermaid: bool(raw.gardenMermaid, d.gardenMermaid),
		gardenPerCourse: bool(raw.gardenPerCourse, d.gardenPerCourse),
		courseColors: colorChoices(raw.courseColors),
	};
}

export const ERA_CONVENTIONS: readonly EraConvention[] = ["auto", "bc-ad", "bce-ce"];

export function isEraConvention(v: unknown): v is EraConvention {
	return typeof v === "string" && (ERA_CONVENTIONS as readonly string[]).includes(v);
}

/** Folder paths (a list, or one comma-separated string), cleaned; unusable entries dropped, no repeats. */
export function folderList(v: unknown): string[] {
	const out: string[] = [];
	for (const f of strList(v, [])) {
		const clean = cleanFolder(f, "");
		if (clean && !out.includes(clean)) out.push(clean);
	}
	return out;
}

/** Course -> palette index (0..11); anything else is dropped. */
function colorChoices(v: unknown): Record<string, number> {
	const out: Record<string, number> = {};
	if (!isRecord(v)) return out;
	for (const [k, x] of Object.entries(v)) {
		if (k === "__proto__" || typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > 11) continue;
		out[k] = x;
	}
	return out;
}

function nonEmpty(list: string[], fallback: string[]): string[] {
	return list.length ? list.map((s) => s.toLowerCase()) : [...fallback];
}

/** A folder path the plugin may write into: relative, no "..", no leading/trailing slashes. */
function cleanFolder(path: string, fallback: string): string {
	const parts = path
		.replace(/\\/g, "/")
		.split("/")
		.map((p) => p.trim())
		.filter((p) => p && p !== ".");
	if (!parts.length || parts.includes("..")) return fallback;
	return parts.join("/");
}

function structuredCloneSettings(s: Settings): Settings {
	return JSON.parse(JSON.stringify(s)) as Settings;
}
