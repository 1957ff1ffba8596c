import { Notice, TFile, type Plugin } from "obsidian";
import { allQuestions } from "../core/quiz";
import type { IndexQueries } from "../core/index/types";
import { quizDay, type QuizScope } from "../core/quiz/quiz-set";
import type { Settings } from "../settings";
import { copyText } from "./clipboard";
import { exportCards } from "./exports";
import { t } from "./i18n";

/** What the commands call on the plugin. */
export interface CommandTarget {
	readonly index: IndexQueries;
	readonly settings: Settings;
	activateTimeline(): Promise<void>;
	activateQuotes(): Promise<void>;
	showRandomQuote(): Promise<void>;
	startQuiz(scope: QuizScope): Promise<void>;
	writeGardenPages(): Promise<void>;
	checkLinkedNotes(): Promise<void>;
	gardenUrl(path: string): string | null;
	exportFolder(): string;
}

function activeBriefPath(plugin: Plugin, target: CommandTarget): string | null {
	const file = plugin.app.workspace.getActiveFile();
	if (!(file instanceof TFile)) {
		new Notice(t("Study Briefs: open a brief first."));
		return null;
	}
	if (!target.index.get(file.path)) {
		new Notice(
			t(
				'Study Briefs: {0} is not a brief: a brief has "{1}" in its front-matter (for example {1}: true).',
				file.path,
				target.settings.publishKey,
			),
		);
		return null;
	}
	return file.path;
}

export function registerCommands(plugin: Plugin, target: CommandTarget): void {
	plugin.addCommand({
		id: "open-timeline",
		name: t("Open timeline"),
		callback: () => void target.activateTimeline(),
	});
	plugin.addCommand({
		id: "open-quote-index",
		name: t("Open quote index"),
		callback: () => void target.activateQuotes(),
	});
	plugin.addCommand({
		id: "show-random-quote",
		name: t("Show a random quote"),
		callback: () => void target.showRandomQuote(),
	});
	plugin.addCommand({
		id: "quiz-this-brief",
		name: t("Quiz this brief"),
		callback: () => {
			const path = activeBriefPath(plugin, target);
			if (path) void target.startQuiz({ kind: "brief", path });
		},
	});
	plugin.addCommand({
		id: "quiz-this-course",
		name: t("Quiz this course"),
		callback: () => {
			const path = activeBriefPath(plugin, target);
			if (path) void target.startQuiz({ kind: "course", folder: target.index.get(path)?.course ?? "" });
		},
	});
	plugin.addCommand({
		id: "review-due",
		name: t("Review due questions"),
		callback: () => void target.startQuiz({ kind: "due" }),
	});
	plugin.addCommand({
		id: "write-garden-pages",
		name: t("Write garden pages"),
		callback: () => void target.writeGardenPages(),
	});
	plugin.addCommand({
		id: "check-linked-notes",
		name: t("Check linked notes"),
		callback: () => void target.checkLinkedNotes(),
	});
	plugin.addCommand({
		id: "copy-garden-link",
		name: t("Copy garden link"),
		callback: () => {
			const path = activeBriefPath(plugin, target);
			if (!path) return;
			const url = target.gardenUrl(path);
			if (!url) {
				new Notice(
					target.settings.gardenBaseUrl
						? t("Study Briefs: this brief is not published.")
						: t("Study Briefs: set the garden site address in the settings first."),
				);
				return;
			}
			void copyText(url).then(
				(ok) => new Notice(ok ? t("Copied {0}", url) : t("Study Briefs: could not copy {0}", url)),
			);
		},
	});
	registerExportCommands(plugin, target);
}

/** Export the active brief's cards for Anki or the Spaced Repetition plugin. */
function registerExportCommands(plugin: Plugin, target: CommandTarget): void {
	for (const format of ["anki", "sr"] as const) {
		plugin.addCommand({
			id: format === "anki" ? "export-anki" : "export-spaced-repetition",
			name: format === "anki" ? t("Export quiz cards for Anki") : t("Export quiz cards for Spaced Repetition"),
			callback: () => {
				const path = activeBriefPath(plugin, target);
				const brief = path ? target.index.get(path) : undefined;
				if (!brief) return;
				const all = allQuestions(brief, { seed: 1, today: quizDay(new Date()) });
				const cards = [...all.values()].flat().filter((q) => q.kind !== "match" && q.kind !== "order");
				void exportCards(plugin.app, target.exportFolder(), brief.title, cards, format);
			},
		});
	}
}
