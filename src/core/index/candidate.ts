/**
 * Which notes are briefs (pure; used by src/obsidian/indexer.ts and src/cli/vault.ts).
 *
 * Rule: a Markdown note is indexed when its front-matter HAS one of the publish keys
 * (settings.publishKey + settings.extraPublishKeys), whatever the value, so "include unpublished"
 * can show drafts (`dg-publish: false`); each Brief carries `publish` (Digital Garden truthiness)
 * and the views filter on it. A note with no such key is skipped from the metadata cache alone,
 * never read. A note whose front-matter block exists but did not parse (invalid YAML), or whose
 * metadata cache is not ready, is "maybe": it is read once and its raw front-matter decides, so a
 * broken brief shows up with a problem instead of vanishing.
 */
import { hasOwn, parseFrontmatter, splitFrontmatter } from "../brief/frontmatter";
import { isGeneratedFrontmatter } from "../brief/generated";
import type { Frontmatter, Problem } from "../model";

export { publishKeysOf } from "../brief/options";

export type Verdict = "brief" | "maybe" | "skip";

/** The parts of Obsidian's CachedMetadata the rule looks at. */
export interface CacheLike {
	frontmatter?: Frontmatter;
	frontmatterPosition?: unknown;
	sections?: { type: string }[];
}

/**
 * THE rule for "this note is a brief", shared by the plugin's indexer and the CLI: a page the garden writer
 * wrote ("generated") and the plugin's review and curation logs ("log") are never one, though they carry the
 * publish key too; otherwise a note is a brief when
 * its front-matter has one of the keys, whatever the value ("other" when it has none).
 */
export type NoteKind = "generated" | "log" | "brief" | "other";

export function noteKindOf(fm: Frontmatter | null | undefined, keys: string[]): NoteKind {
	if (!fm || typeof fm !== "object") return "other";
	if (isGeneratedFrontmatter(fm)) return "generated";
	// The plugin's own logs (`dg-publish: false` keeps them off the garden) are never briefs.
	if (isPluginLog(fm)) return "log";
	return keys.some((k) => hasOwn(fm, k)) ? "brief" : "other";
}

export function hasPublishKey(fm: Frontmatter | null | undefined, keys: string[]): boolean {
	return noteKindOf(fm, keys) === "brief";
}

/** The review and curation logs the plugin writes (front-matter `study-briefs: review-log` / `curation-log`). */
function isPluginLog(fm: Frontmatter): boolean {
	const v = fm["study-briefs"];
	return v === "review-log" || v === "curation-log";
}

export function verdictOf(cache: CacheLike | null | undefined, keys: string[]): Verdict {
	if (!cache) return "maybe";
	if (cache.frontmatter) return hasPublishKey(cache.frontmatter, keys) ? "brief" : "skip";
	return cache.frontmatterPosition || cache.sections?.[0]?.type === "yaml" ? "maybe" : "skip";
}

/** For a "maybe" note: does its raw front-matter name a publish key (even when it does not parse)? */
export function rawHasPublishKey(text: string, keys: string[], parseYaml?: (text: string) => unknown): boolean {
	const split = splitFrontmatter(text);
	if (split.raw === null) return false;
	const parsed = split.format ? parseFrontmatter(split.raw, split.format, parseYaml) : { data: null };
	if (parsed.data) return hasPublishKey(parsed.data, keys);
	return split.raw.split("\n").some((line) => keys.some((k) => line.replace(/^[\s{,"']+/, "").startsWith(k)));
}

export function tooLargeProblem(path: string, size: number, max: number): Problem {
	const kb = (n: number) => `${Math.round(n / 1024)} KB`;
	return {
		path,
		line: 0,
		severity: "warning",
		message: `note is too large to index (${kb(size)}, limit ${kb(max)})`,
	};
}
