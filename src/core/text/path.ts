/** Vault paths as text. Vault paths use "/"; a "\" (a Windows path given to the CLI or a test) splits too. */

const NOTE_EXTENSION = /\.(md|markdown|mdx)$/i;

/** "History/Russia/Brief one.md" -> "Brief one": the file name without folder and note extension. */
export function baseName(path: string): string {
	const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
	return name.replace(NOTE_EXTENSION, "");
}

/** The path without its note extension: "History/Brief one.md" -> "History/Brief one". */
export function withoutExtension(path: string): string {
	return path.replace(NOTE_EXTENSION, "");
}
