/** "Mark for publishing": after the user confirmed a list, add the publish key to each note's front-matter. */
import { App, ButtonComponent, Modal, Notice } from "obsidian";
import { fileAt } from "../../obsidian/link-resolver";
import { t } from "../../obsidian/i18n";

export interface MarkResult {
	marked: string[];
	failed: { path: string; error: string }[];
}

/** Writes `key: true` with processFrontMatter (Obsidian rewrites the block as YAML). Never throws. */
export async function markForPublishing(app: App, paths: string[], key: string): Promise<MarkResult> {
	const result: MarkResult = { marked: [], failed: [] };
	for (const path of paths) {
		const file = fileAt(app, path);
		if (!file) {
			result.failed.push({ path, error: t("the note no longer exists") });
			continue;
		}
		try {
			await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				fm[key] = true;
			});
			result.marked.push(path);
		} catch (e) {
			result.failed.push({ path, error: e instanceof Error ? e.message : String(e) });
		}
	}
	return result;
}

/** Lists the notes and asks; nothing is written unless the user confirms. */
export class ConfirmPublishModal extends Modal {
	constructor(
		app: App,
		private readonly paths: string[],
		private readonly key: string,
		private readonly onDone: (result: MarkResult) => void,
	) {
		super(app);
	}

	onOpen(): void {
		this.setTitle(
			this.paths.length === 1
				? t("Mark 1 note for publishing?")
				: t("Mark {0} notes for publishing?", this.paths.length),
		);
		const c = this.contentEl;
		c.empty();
		c.addClass("sb-links-confirm");
		c.createEl("p", {
			text: t(
				'This adds "{0}: true" to the properties of these notes. Their content is published with your garden the next time you publish.',
				this.key,
			),
		});
		const list = c.createEl("ul", { cls: "sb-links-confirm-list" });
		for (const p of this.paths) list.createEl("li", { text: p });
		const buttons = c.createDiv({ cls: "sb-links-confirm-buttons" });
		new ButtonComponent(buttons).setButtonText(t("Cancel")).onClick(() => this.close());
		new ButtonComponent(buttons)
			.setButtonText(t("Mark for publishing"))
			.setCta()
			.onClick(async () => {
				this.close();
				const result = await markForPublishing(this.app, this.paths, this.key);
				const lines = [t("Study Briefs: marked {0} for publishing.", result.marked.length)];
				for (const f of result.failed) lines.push(t("Could not mark {0}: {1}", f.path, f.error));
				new Notice(lines.join("\n"));
				this.onDone(result);
			});
	}

	onClose(): void {
		this.contentEl.empty();
	}
}
