import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { Settings } from "../settings";

/** What the settings tab needs from the plugin. */
export interface SettingsOwner {
	settings: Settings;
	saveSettings(): Promise<void>;
}

function list(value: string[]): string {
	return value.join(", ");
}

function parseList(value: string): string[] {
	return value.split(",").map((s) => s.trim()).filter(Boolean);
}

export class StudyBriefsSettingTab extends PluginSettingTab {
	constructor(app: App, plugin: Plugin, private owner: SettingsOwner) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.owner.settings;
		const save = async (patch: Partial<Settings>) => {
			Object.assign(this.owner.settings, patch);
			await this.owner.saveSettings();
		};

		new Setting(containerEl)
			.setName("Brief marker key")
			.setDesc("Front-matter key that marks a note as a brief. A brief is published when the value is true (Digital Garden's rule: anything truthy except the text \"false\").")
			.addText((t) => t.setPlaceholder("dg-publish").setValue(s.publishKey).onChange((v) => save({ publishKey: v.trim() || "dg-publish" })));
		new Setting(containerEl)
			.setName("Other publish keys")
			.setDesc("Comma-separated keys that also mark a brief, for example publish, share.")
			.addText((t) => t.setValue(list(s.extraPublishKeys)).onChange((v) => save({ extraPublishKeys: parseList(v) })));
		new Setting(containerEl)
			.setName("Include unpublished briefs")
			.setDesc("Show briefs whose marker is false in the timeline, quote index and quizzes. Generated garden pages never include them.")
			.addToggle((t) => t.setValue(s.includeUnpublished).onChange((v) => save({ includeUnpublished: v })));
		new Setting(containerEl)
			.setName("Quote sections")
			.setDesc("Section titles (headings or bold labels) whose items are key quotes, comma-separated.")
			.addText((t) => t.setValue(list(s.sectionSynonyms.quotes)).onChange((v) => save({ sectionSynonyms: { ...s.sectionSynonyms, quotes: parseList(v.toLowerCase()) } })));
		new Setting(containerEl)
			.setName("Fact sections")
			.setDesc("Section titles whose bold-label bullets are key facts, comma-separated.")
			.addText((t) => t.setValue(list(s.sectionSynonyms.facts)).onChange((v) => save({ sectionSynonyms: { ...s.sectionSynonyms, facts: parseList(v.toLowerCase()) } })));
		new Setting(containerEl)
			.setName("Theme sections")
			.setDesc("Section titles whose list items are the brief's themes, comma-separated.")
			.addText((t) => t.setValue(list(s.sectionSynonyms.themes)).onChange((v) => save({ sectionSynonyms: { ...s.sectionSynonyms, themes: parseList(v.toLowerCase()) } })));
		new Setting(containerEl)
			.setName("Largest note to read")
			.setDesc("Notes larger than this many kilobytes are skipped and listed as a problem.")
			.addText((t) => t.setValue(String(Math.round(s.maxNoteBytes / 1024))).onChange((v) => {
				const kb = Number(v);
				if (Number.isFinite(kb) && kb >= 1) void save({ maxNoteBytes: Math.round(kb * 1024) });
			}));

		new Setting(containerEl).setName("Timeline and quotes").setHeading();
		new Setting(containerEl)
			.setName("Newest first")
			.setDesc("Sort the timeline in descending order.")
			.addToggle((t) => t.setValue(s.timelineDescending).onChange((v) => save({ timelineDescending: v })));
		new Setting(containerEl)
			.setName("Follow the active note")
			.setDesc("Highlight the active brief's events and pin its quotes.")
			.addToggle((t) => t.setValue(s.followActiveNote).onChange((v) => save({ followActiveNote: v })));

		new Setting(containerEl).setName("Quiz and review").setHeading();
		new Setting(containerEl)
			.setName("Questions per quiz")
			.addText((t) => t.setValue(String(s.quizLength)).onChange((v) => {
				const n = Number(v);
				if (Number.isInteger(n) && n >= 1 && n <= 100) void save({ quizLength: n });
			}));
		new Setting(containerEl)
			.setName("Review history folder")
			.setDesc("Vault folder for the review logs (one file per device, so syncing never merges them). Never published.")
			.addText((t) => t.setValue(s.reviewFolder).onChange((v) => save({ reviewFolder: v.trim() || "Study Briefs/reviews" })));

		new Setting(containerEl).setName("Digital Garden").setHeading();
		new Setting(containerEl)
			.setName("Garden pages folder")
			.setDesc("Where the generated timeline, key quotes and quiz pages are written.")
			.addText((t) => t.setValue(s.gardenFolder).onChange((v) => save({ gardenFolder: v.trim() || "Study pages" })));
		new Setting(containerEl)
			.setName("Publish key of generated pages")
			.setDesc("The key written into generated pages: dg-publish for the Digital Garden plugin, publish for Quartz or Obsidian Publish, or none.")
			.addDropdown((d) => d
				.addOptions({ "dg-publish": "dg-publish", publish: "publish", "": "None" })
				.setValue(s.gardenPublishKey)
				.onChange((v) => save({ gardenPublishKey: v })));
		new Setting(containerEl)
			.setName("Garden site address")
			.setDesc("Base URL of your published garden, used by the copy garden link command. Leave empty to turn it off.")
			.addText((t) => t.setPlaceholder("https://example.org").setValue(s.gardenBaseUrl).onChange((v) => save({ gardenBaseUrl: v.trim() })));
		new Setting(containerEl)
			.setName("Refresh garden pages automatically")
			.setDesc("Rewrite the generated pages a few seconds after a brief changes (only pages whose content changed are written).")
			.addToggle((t) => t.setValue(s.gardenAutoRefresh).onChange((v) => save({ gardenAutoRefresh: v })));
		new Setting(containerEl)
			.setName("Mermaid timeline")
			.setDesc("Add a Mermaid timeline diagram to the generated timeline page.")
			.addToggle((t) => t.setValue(s.gardenMermaid).onChange((v) => save({ gardenMermaid: v })));
		new Setting(containerEl)
			.setName("Pages per course")
			.setDesc("Also write a timeline and quotes page for each course folder.")
			.addToggle((t) => t.setValue(s.gardenPerCourse).onChange((v) => save({ gardenPerCourse: v })));
	}
}
