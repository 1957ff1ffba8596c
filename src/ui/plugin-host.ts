import { Notice, type App, type EventRef } from "obsidian";
import type { IndexQueries } from "../core/index/types";
import type { SourceRef } from "../core/model";
import type { QuizScope } from "../core/quiz/quiz-set";
import type { Settings } from "../settings";
import { openAtLine, type OpenMode } from "../obsidian/open-source";
import type { ProgressFeed } from "../obsidian/progress-feed";
import type { StudyHost } from "./host";
import type { CurationHost } from "./curation/types";
import { t } from "../obsidian/i18n";

/** The parts of the plugin the host forwards to (kept as callbacks so main.ts stays the only wiring). */
export interface HostHooks {
	settings(): Settings;
	startQuiz(scope: QuizScope): Promise<void>;
	reviewStats?(briefPath: string): { due: number; mastery: number } | null;
	gardenUrl?(briefPath: string): string | null;
	indexing?: ProgressFeed;
	openDashboard?(): void;
	/** Curation actions (hide, correct, add, skip), forwarded to the views. */
	curation?: CurationHost;
	/** Save the settings (after a view changed one, e.g. a course colour). */
	saveSettings?(): Promise<void>;
	/** Register an event ref with the plugin so it is removed on unload. */
	registerEvent(ref: EventRef): void;
}

/** StudyHost for the real app: views talk to this, never to the plugin directly. */
export class PluginHost implements StudyHost {
	private activeListeners = new Set<(path: string | null) => void>();
	private lastActive: string | null = null;

	constructor(
		readonly app: App,
		readonly index: IndexQueries,
		private hooks: HostHooks,
	) {
		const notify = () => {
			const path = this.activePath();
			if (path === this.lastActive) return;
			this.lastActive = path;
			for (const cb of [...this.activeListeners]) cb(path);
		};
		hooks.registerEvent(app.workspace.on("file-open", notify));
		hooks.registerEvent(app.workspace.on("active-leaf-change", notify));
	}

	get settings(): Settings {
		return this.hooks.settings();
	}

	async saveSettings(): Promise<void> {
		await this.hooks.saveSettings?.();
	}

	async openSource(ref: SourceRef, mode: OpenMode = "same"): Promise<void> {
		const ok = await openAtLine(this.app, ref, mode);
		if (!ok) new Notice(t("Study Briefs: {0} no longer exists.", ref.path));
	}

	startQuiz(scope: QuizScope): Promise<void> {
		return this.hooks.startQuiz(scope);
	}

	activePath(): string | null {
		return this.app.workspace.getActiveFile()?.path ?? null;
	}

	onActiveChange(cb: (path: string | null) => void): () => void {
		this.activeListeners.add(cb);
		return () => this.activeListeners.delete(cb);
	}

	reviewStats(briefPath: string): { due: number; mastery: number } | null {
		return this.hooks.reviewStats?.(briefPath) ?? null;
	}

	gardenUrl(briefPath: string): string | null {
		return this.hooks.gardenUrl?.(briefPath) ?? null;
	}

	get indexing(): ProgressFeed | undefined {
		return this.hooks.indexing;
	}

	openDashboard(): void {
		this.hooks.openDashboard?.();
	}

	get curation(): CurationHost | undefined {
		return this.hooks.curation;
	}

	now(): Date {
		return new Date();
	}
}
