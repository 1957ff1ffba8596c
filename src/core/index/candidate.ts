/**
 * Which notes the vault indexer treats as briefs (pure; used by src/obsidian/indexer.ts).
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
import { isGeneratedFrontmatter } from "../garden/frontmatter";
import type { Frontmatter, Problem } from "../model";

export type Verdict = "brief" | "maybe" | "skip";

/** The parts of Obsidian's CachedMetadata the rule looks at. */
export interface CacheLike {
	frontmatter?: Frontmatter;
	frontmatterPosition?: unknown;
	sections?: { type: string }[];
}

export function publishKeysOf(settings: { publishKey: string; extraPublishKeys: string[] }): string[] {
	return [settings.publishKey, ...settings.extraPublishKeys].filter(Boolean);
}

export function hasPublishKey(fm: Frontmatter | null | undefined, keys: string[]): boolean {
	if (!fm || typeof fm !== "object") return false;
	// Pages written by the garden writer carry the publish key too, but are never briefs.
	if (isGeneratedFrontmatter(fm)) return false;
	// Nor are the plugin's own logs (`dg-publish: false` keeps them off the garden): review and curation logs.
	if (isPluginLog(fm)) return false;
	return keys.some((k) => hasOwn(fm, k));
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
	return { path, line: 0, severity: "warning", message: `note is too large to index (${kb(size)}, limit ${kb(max)})` };
}
