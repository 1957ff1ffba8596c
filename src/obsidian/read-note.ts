import type { App, TFile } from "obsidian";

/** A note's text (Obsidian's cached read), or why it could not be read: never throws. */
export async function readNote(app: App, file: TFile): Promise<string | { error: string }> {
	try {
		return await app.vault.cachedRead(file);
	} catch (err) {
		return { error: err instanceof Error ? err.message : String(err) };
	}
}
