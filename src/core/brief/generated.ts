/**
 * The mark of a page Study Briefs wrote (the garden's pages): such a page carries the publish key too, but
 * is never a brief. The reader's rule lives here so core/index and the CLI need not reach into core/garden.
 */
import type { Frontmatter } from "../model";

/** The front-matter key the garden writer puts on every page it writes. */
export const MARKER_KEY = "study-briefs-generated";

/** Parsed front-matter of a generated page (for indexers: generated pages are never briefs). */
export function isGeneratedFrontmatter(fm: Frontmatter | null | undefined): boolean {
	const v = fm?.[MARKER_KEY];
	return v === true || v === "true";
}
