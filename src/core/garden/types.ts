import type { EraConvention } from "../dates/format";
import type { Brief, LinkRef } from "../model";
import type { LangSetting } from "../lang/detect";
import type { Question } from "../quiz/types";

/** Every note of the vault, as far as publishing is concerned. */
export interface NoteInfo {
	/** Vault-relative path with extension ("History/Rome.md"). */
	path: string;
	/** Marked for publishing under the configured keys (Digital Garden truthiness). */
	publish: boolean;
	/** dg-hide: published but hidden from the garden's navigation. */
	hidden: boolean;
	/** False for a path that is known but not on disk (an unresolved link target). */
	exists: boolean;
}

/** Resolves a link target as written ("Rome", "folder/Rome.md") from a note to a vault path, or null. */
export type ResolveLink = (target: string, fromPath: string) => string | null;

export interface GardenOptions {
	/** Vault folder the pages are written to ("Study pages"). */
	folder: string;
	/** Publish key written into generated pages: "dg-publish", "publish" or "" for none. */
	publishKey: string;
	/** Add a Mermaid `timeline` block to the timeline page. */
	mermaid?: boolean;
	/** One timeline and quotes page per course folder as well. */
	perCourse?: boolean;
	/** When set, each page gets `dg-permalink: <prefix>/<page slug>/`. */
	permalinkPrefix?: string;
	/** Write an SVG of the time axis beside each timeline page and show it on the page (garden/axis-page). */
	axisImage?: boolean;
	/** Language of the pages' words: "auto" (the default: the briefs' own) or one language. */
	lang?: LangSetting;
	/** How dates write their era: as each note writes them ("auto", the default), BC/AD or BCE/CE. */
	eraLabels?: EraConvention;
}

export interface GardenInput {
	briefs: Brief[];
	notes: NoteInfo[];
	options: GardenOptions;
	resolveLink: ResolveLink;
	/** Questions for a brief. `siblings` holds only published briefs: nothing else may feed a quiz page. */
	quizFor?: (brief: Brief, siblings: Brief[]) => Question[];
	/** ISO date written as `study-briefs-updated`; ignored when deciding whether a page changed. */
	generatedAt?: string;
	/** Page paths (lower case) not to produce because a user's note has the name: left out and never linked. */
	omit?: ReadonlySet<string>;
}

export interface GardenPage {
	/** Vault-relative path inside the garden folder. */
	path: string;
	content: string;
	kind: "index" | "timeline" | "quotes" | "quiz" | "course-timeline" | "course-quotes" | "timeline-svg";
}

export type LinkStatus = "published" | "unpublished" | "missing" | "embedded-unpublished" | "hidden";

export interface LinkReport {
	/** The brief the link is in. */
	from: string;
	link: LinkRef;
	/** Resolved vault path, null when the target does not exist. */
	path: string | null;
	status: LinkStatus;
	/** True for a resolved file that is not a note (image, PDF): Digital Garden uploads those. */
	attachment?: boolean;
	/**
	 * For a note reached through embeds of embeds: the published notes in between (Digital Garden
	 * inlines embeds four levels deep, published or not).
	 */
	via?: string[];
}

/** The embed targets (as written) of any note, for following embeds of embeds. */
export type EmbedsOf = (path: string) => string[];

export interface WritePlan {
	/** Pages whose content changed (or that are new). */
	write: GardenPage[];
	unchanged: string[];
	/** Paths not written: a user's file without the generated marker, or a path outside the folder. */
	refused: { path: string; reason: string }[];
	/** Generated files in the folder that no page produces any more (e.g. a brief was unpublished), unedited. */
	stale: string[];
	/** Generated files no page produces any more that were edited since: never removed. */
	kept: { path: string; reason: string }[];
}
