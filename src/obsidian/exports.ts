import { Notice, normalizePath, TFile, type App } from "obsidian";
import { toAnkiTsv, toSpacedRepetitionNote } from "../core/quiz";
import type { Question } from "../core/quiz/types";

/** A file name from a brief title: no path separators or characters the vault refuses. */
export function safeName(title: string): string {
	return title.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 120) || "brief";
}

/**
 * Writes generated cards next to the review logs (never into a brief): Anki TSV or a Spaced Repetition
 * note of `question::answer` lines. Overwrites only its own earlier export of the same brief.
 */
export async function exportCards(app: App, folder: string, title: string, questions: Question[], format: "anki" | "sr"): Promise<string | null> {
	const dir = normalizePath(`${folder}/exports`);
	const path = normalizePath(`${dir}/${safeName(title)}${format === "anki" ? " - Anki.tsv" : " - flashcards.md"}`);
	const content = format === "anki" ? toAnkiTsv(questions) : toSpacedRepetitionNote(questions, title);
	try {
		if (!app.vault.getAbstractFileByPath(dir)) await app.vault.createFolder(dir);
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) await app.vault.process(existing, () => content);
		else await app.vault.create(path, content);
		new Notice(`Study Briefs: exported ${questions.length} cards to ${path}`);
		return path;
	} catch (e) {
		new Notice(`Study Briefs: could not write ${path}: ${e instanceof Error ? e.message : String(e)}`);
		return null;
	}
}
