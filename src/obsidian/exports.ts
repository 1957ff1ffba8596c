import { Notice, normalizePath, TFile, type App } from "obsidian";
import { toAnkiTsv, toSpacedRepetitionNote } from "../core/quiz";
import { exportOwner, markExport, type ExportFormat } from "../core/quiz/export-file";
import type { Question } from "../core/quiz/types";
import { t } from "./i18n";

/** A file name from a brief title: no path separators or characters the vault refuses. */
export function safeName(title: string): string {
	return (
		title
			.replace(/[\\/:*?"<>|#^[\]]/g, " ")
			.replace(/\s+/g, " ")
			.trim()
			.slice(0, 120) || "brief"
	);
}

/** How many names to try ("Title - Anki.tsv", "Title (2) - Anki.tsv", …) before giving up. */
const MAX_NAMES = 20;

/**
 * The path to write: the first name that is free or holds this brief's own earlier export. A file without
 * the generated marker (the user's) or another brief's export with the same title is never overwritten.
 */
async function exportPath(
	app: App,
	dir: string,
	title: string,
	format: ExportFormat,
	briefPath: string,
): Promise<{ path: string; file: TFile | null } | null> {
	const suffix = format === "anki" ? " - Anki.tsv" : " - flashcards.md";
	for (let i = 1; i <= MAX_NAMES; i++) {
		const path = normalizePath(`${dir}/${safeName(title)}${i > 1 ? ` (${i})` : ""}${suffix}`);
		const existing = app.vault.getAbstractFileByPath(path);
		if (!existing) return { path, file: null };
		if (!(existing instanceof TFile)) continue;
		const owner = exportOwner(await app.vault.read(existing), format);
		if (owner === briefPath || owner === "") return { path, file: existing };
	}
	return null;
}

/**
 * Writes generated cards next to the review logs (never into a brief): Anki TSV or a Spaced Repetition
 * note of `question::answer` lines. Overwrites only its own earlier export of the same brief (checked again
 * at write time); a user's file with that name is left alone and the export takes the next free name.
 */
export async function exportCards(
	app: App,
	folder: string,
	title: string,
	questions: Question[],
	format: ExportFormat,
): Promise<string | null> {
	const dir = normalizePath(`${folder}/exports`);
	const briefPath = questions[0]?.briefPath ?? title;
	const content = markExport(
		format === "anki" ? toAnkiTsv(questions) : toSpacedRepetitionNote(questions, title),
		format,
		briefPath,
	);
	try {
		if (!app.vault.getAbstractFileByPath(dir)) await app.vault.createFolder(dir);
		const target = await exportPath(app, dir, title, format, briefPath);
		if (!target) {
			new Notice(
				t(
					'Study Briefs: not exported: {0} files named after "{1}" in {2} are not this brief\'s exports. Rename or move some of them.',
					MAX_NAMES,
					title,
					dir,
				),
				0,
			);
			return null;
		}
		if (target.file) {
			await app.vault.process(target.file, (old) => {
				const owner = exportOwner(old, format);
				if (owner !== briefPath && owner !== "")
					throw new Error("the file was replaced by a note that is not this brief's export");
				return content;
			});
		} else await app.vault.create(target.path, content);
		new Notice(t("Study Briefs: exported {0} cards to {1}", questions.length, target.path));
		return target.path;
	} catch (e) {
		new Notice(t("Study Briefs: could not export the cards: {0}", e instanceof Error ? e.message : String(e)));
		return null;
	}
}
