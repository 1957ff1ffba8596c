/** Where curation logs live: beside the review logs ("Study Briefs/reviews" -> "Study Briefs/curation"). */
export function curationFolder(reviewFolder: string): string {
	const parts = reviewFolder.split("/").filter((p) => p.length > 0);
	if (!parts.length) return "curation";
	const last = parts[parts.length - 1];
	parts[parts.length - 1] = last.toLowerCase() === "curation" ? "curation-overrides" : "curation";
	return parts.join("/");
}

/** The front-matter marker of every curation log: a file without it is never read as one, never written to. */
export const CURATION_MARKER = "study-briefs: curation-log";
export const CURATION_HEADER = `---\ndg-publish: false\n${CURATION_MARKER}\n---\n# Study Briefs hidden and corrected\n\n%% What this device hid, corrected or added, one line a change, never inside your notes. Do not edit: use the "Hidden and corrected" panel. %%\n\n`;
