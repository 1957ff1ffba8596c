/**
 * The era a note states for its bare years (issue 16, item 2): its front-matter `era` ("BCE", "BC", "CE",
 * "AD"), else the "BCE folders" setting (an "Egyptology" course whose notes write "ca. 2686", "7500-5000").
 * A front-matter `era: CE` wins over the folder.
 */

/** A folder setting entry as a path prefix: "Egyptology", "/Ancient/Egypt/" -> "ancient/egypt/". */
function folderPrefix(folder: string): string {
	const parts = folder
		.replace(/\\/g, "/")
		.split("/")
		.map((p) => p.trim())
		.filter((p) => p && p !== ".");
	return parts.length ? `${parts.join("/").toLowerCase()}/` : "";
}

/** True when `path` is inside one of `folders` (or a folder below it); case-insensitive. */
export function inEraFolder(path: string, folders: readonly string[]): boolean {
	if (!folders.length) return false;
	const p = path.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
	return folders.some((f) => {
		const prefix = folderPrefix(f);
		return prefix !== "" && p.startsWith(prefix);
	});
}

/** The note's stated era: the front-matter value when it names one, else "BCE" inside a BCE folder. */
export function statedEra(path: string, fmEra: unknown, bceFolders: readonly string[]): unknown {
	if (typeof fmEra === "string" && fmEra.trim()) return fmEra;
	return inEraFolder(path, bceFolders) ? "BCE" : fmEra;
}
