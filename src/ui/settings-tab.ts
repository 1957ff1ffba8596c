import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { Settings } from "../settings";
import { LANG_NAMES, t } from "../obsidian/i18n";
import { LANGS } from "../core/lang/lang";
import { isLangSetting } from "../core/lang/detect";
import { folderList, isEraConvention } from "../settings";

/** What the settings tab needs from the plugin. */
export interface SettingsOwner {
	settings: Settings;
	saveSettings(): Promise<void>;
}

function list(value: string[]): string {
	return value.join(", ");
}

function parseList(value: string): string[] {
	return value
		.split(",")
		.map((s) => s.trim())
		.filter(Boolean);
}

type Save = (patch: Partial<Settings>) => Promise<void>;

export class StudyBriefsSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private owner: SettingsOwner,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		const s = this.owner.settings;
		const save: Save = async (patch) => {
			Object.assign(this.owner.settings, patch);
			await this.owner.saveSettings();
		};
		readerSettings(containerEl, s, save);
		timelineSettings(containerEl, s, save);
		quizSettings(containerEl, s, save);
		gardenSettings(containerEl, s, save);
	}
}

/** What the reader reads: the publish keys, section titles, language and size limit. */
function readerSettings(containerEl: HTMLElement, s: Settings, save: Save): void {
	new Setting(containerEl)
		.setName(t("Brief marker key"))
		.setDesc(
			t(
				'Front-matter key that marks a note as a brief. A brief is published when the value is true (Digital Garden\'s rule: anything truthy except the text "false").',
			),
		)
		.addText((t) =>
			t
				.setPlaceholder("dg-publish")
				.setValue(s.publishKey)
				.onChange((v) => save({ publishKey: v.trim() || "dg-publish" })),
		);
	new Setting(containerEl)
		.setName(t("Other publish keys"))
		.setDesc(t("Comma-separated keys that also mark a brief, for example publish, share."))
		.addText((t) => t.setValue(list(s.extraPublishKeys)).onChange((v) => save({ extraPublishKeys: parseList(v) })));
	new Setting(containerEl)
		.setName(t("Include unpublished briefs"))
		.setDesc(
			t(
				"Show briefs whose marker is false in the timeline, quote index and quizzes. Generated garden pages never include them.",
			),
		)
		.addToggle((t) => t.setValue(s.includeUnpublished).onChange((v) => save({ includeUnpublished: v })));
	new Setting(containerEl)
		.setName(t("Quote sections"))
		.setDesc(t("Section titles (headings or bold labels) whose items are key quotes, comma-separated."))
		.addText((t) =>
			t
				.setValue(list(s.sectionSynonyms.quotes))
				.onChange((v) =>
					save({ sectionSynonyms: { ...s.sectionSynonyms, quotes: parseList(v.toLowerCase()) } }),
				),
		);
	new Setting(containerEl)
		.setName(t("Fact sections"))
		.setDesc(t("Section titles whose bold-label bullets are key facts, comma-separated."))
		.addText((t) =>
			t
				.setValue(list(s.sectionSynonyms.facts))
				.onChange((v) =>
					save({ sectionSynonyms: { ...s.sectionSynonyms, facts: parseList(v.toLowerCase()) } }),
				),
		);
	new Setting(containerEl)
		.setName(t("Theme sections"))
		.setDesc(t("Section titles whose list items are the brief's themes, comma-separated."))
		.addText((t) =>
			t
				.setValue(list(s.sectionSynonyms.themes))
				.onChange((v) =>
					save({ sectionSynonyms: { ...s.sectionSynonyms, themes: parseList(v.toLowerCase()) } }),
				),
		);
	new Setting(containerEl)
		.setName(t("Language of notes"))
		.setDesc(
			t(
				"For notes whose front-matter has no lang: detected from each note's text, or one language for all. Section titles, quote marks, quizzes and garden pages follow it.",
			),
		)
		.addDropdown((d) => {
			d.addOption("auto", t("Detect from each note"));
			for (const l of LANGS) d.addOption(l, LANG_NAMES[l]);
			d.setValue(s.noteLanguage).onChange((v) => save({ noteLanguage: isLangSetting(v) ? v : "auto" }));
		});
	new Setting(containerEl)
		.setName(t("Largest note to read"))
		.setDesc(t("Notes larger than this many kilobytes are skipped and listed as a problem."))
		.addText((t) =>
			t.setValue(String(Math.round(s.maxNoteBytes / 1024))).onChange((v) => {
				const kb = Number(v);
				if (Number.isFinite(kb) && kb >= 1) void save({ maxNoteBytes: Math.round(kb * 1024) });
			}),
		);
}

/** The timeline and the quote index. */
function timelineSettings(containerEl: HTMLElement, s: Settings, save: Save): void {
	new Setting(containerEl).setName(t("Timeline and quotes")).setHeading();
	new Setting(containerEl)
		.setName(t("Newest first"))
		.setDesc(t("Sort the timeline in descending order."))
		.addToggle((t) => t.setValue(s.timelineDescending).onChange((v) => save({ timelineDescending: v })));
	new Setting(containerEl)
		.setName(t("Follow the active note"))
		.setDesc(t("Highlight the active brief's events and pin its quotes."))
		.addToggle((t) => t.setValue(s.followActiveNote).onChange((v) => save({ followActiveNote: v })));
	eraSettings(containerEl, s, save);
}

/** Eras (issue 16): the folders whose bare years are BCE, and how labels write the era. */
function eraSettings(containerEl: HTMLElement, s: Settings, save: Save): void {
	new Setting(containerEl)
		.setName(t("BCE folders"))
		.setDesc(
			t(
				"Folders whose notes read bare years as BCE, comma-separated (e.g. Egyptology); subfolders too. A note's front-matter era wins.",
			),
		)
		.addText((c) =>
			c
				.setPlaceholder(t("Egyptology, Ancient/Greece"))
				.setValue(list(s.bceFolders))
				.onChange((v) => save({ bceFolders: folderList(v) })),
		);
	new Setting(containerEl)
		.setName(t("Era labels"))
		.setDesc(
			t(
				"How dates write their era in the timeline, quotes, quizzes, garden pages and the command line: as each note writes them, or always one way.",
			),
		)
		.addDropdown((d) => {
			d.addOption("auto", t("As each note writes them"));
			d.addOption("bc-ad", t("BC and AD"));
			d.addOption("bce-ce", t("BCE and CE"));
			d.setValue(s.eraLabels).onChange((v) => save({ eraLabels: isEraConvention(v) ? v : "auto" }));
		});
}

/** Quizzes and the review history. */
function quizSettings(containerEl: HTMLElement, s: Settings, save: Save): void {
	new Setting(containerEl).setName(t("Quiz and review")).setHeading();
	new Setting(containerEl).setName(t("Questions per quiz")).addText((t) =>
		t.setValue(String(s.quizLength)).onChange((v) => {
			const n = Number(v);
			if (Number.isInteger(n) && n >= 1 && n <= 100) void save({ quizLength: n });
		}),
	);
	new Setting(containerEl)
		.setName(t("Review history folder"))
		.setDesc(
			t("Vault folder for the review logs (one file per device, so syncing never merges them). Never published."),
		)
		.addText((t) =>
			t.setValue(s.reviewFolder).onChange((v) => save({ reviewFolder: v.trim() || "Study Briefs/reviews" })),
		);
}

/** The generated garden pages. */
function gardenSettings(containerEl: HTMLElement, s: Settings, save: Save): void {
	new Setting(containerEl).setName(t("Digital Garden")).setHeading();
	new Setting(containerEl)
		.setName(t("Garden pages folder"))
		.setDesc(t("Where the generated timeline, key quotes and quiz pages are written."))
		.addText((t) => t.setValue(s.gardenFolder).onChange((v) => save({ gardenFolder: v.trim() || "Study pages" })));
	new Setting(containerEl)
		.setName(t("Publish key of generated pages"))
		.setDesc(
			t(
				"The key written into generated pages: dg-publish for the Digital Garden plugin, publish for Quartz or Obsidian Publish, or none.",
			),
		)
		.addDropdown((d) =>
			d
				.addOptions({ "dg-publish": "dg-publish", publish: "publish", "": t("None") })
				.setValue(s.gardenPublishKey)
				.onChange((v) => save({ gardenPublishKey: v })),
		);
	new Setting(containerEl)
		.setName(t("Garden site address"))
		.setDesc(
			t("Base URL of your published garden, used by the copy garden link command. Leave empty to turn it off."),
		)
		.addText((t) =>
			t
				.setPlaceholder("https://example.org")
				.setValue(s.gardenBaseUrl)
				.onChange((v) => save({ gardenBaseUrl: v.trim() })),
		);
	new Setting(containerEl)
		.setName(t("Refresh garden pages automatically"))
		.setDesc(
			t(
				"Rewrite the generated pages a few seconds after a brief changes (only pages whose content changed are written).",
			),
		)
		.addToggle((t) => t.setValue(s.gardenAutoRefresh).onChange((v) => save({ gardenAutoRefresh: v })));
	new Setting(containerEl)
		.setName(t("Mermaid timeline"))
		.setDesc(t("Add a Mermaid timeline diagram to the generated timeline page."))
		.addToggle((t) => t.setValue(s.gardenMermaid).onChange((v) => save({ gardenMermaid: v })));
	new Setting(containerEl)
		.setName(t("Pages per course"))
		.setDesc(t("Also write a timeline and quotes page for each course folder."))
		.addToggle((t) => t.setValue(s.gardenPerCourse).onChange((v) => save({ gardenPerCourse: v })));
}
