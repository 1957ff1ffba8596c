import type { App } from "obsidian";
import type { IndexQueries } from "../core/index/types";
import type { SourceRef } from "../core/model";
import type { QuizScope } from "../core/quiz/quiz-set";
import type { OpenMode } from "../obsidian/open-source";
import type { ProgressFeed } from "../obsidian/progress-feed";
import type { Settings } from "../settings";
import type { CurationHost } from "./curation/types";

/**
 * Everything a view needs from the plugin, as one small interface, so views render the same in
 * Obsidian, in jsdom tests and in the real-Chromium tests (which pass a test host).
 */
export interface StudyHost {
	readonly app: App;
	readonly index: IndexQueries;
	readonly settings: Settings;
	/** Open the note at the 0-based line. */
	openSource(ref: SourceRef, mode?: OpenMode): Promise<void>;
	/** Start a quiz (opens the quiz view). */
	startQuiz(scope: QuizScope): Promise<void>;
	/** The path of the active note, or null. */
	activePath(): string | null;
	/** Subscribe to active-note changes; returns the unsubscribe function. */
	onActiveChange(cb: (path: string | null) => void): () => void;
	/** Due review count and mastery (0..1) of a brief, when spaced review knows it. */
	reviewStats?(briefPath: string): { due: number; mastery: number } | null;
	/** Garden URL of a published brief when a site base URL is set, else null. */
	gardenUrl?(briefPath: string): string | null;
	/** The indexer's first-pass progress (views show a progress line while it runs). */
	readonly indexing?: ProgressFeed;
	/** Open the study dashboard. */
	openDashboard?(): void;
	/** Hide, correct and add without touching the notes (absent: the views show no curation items). */
	readonly curation?: CurationHost;
	/** Save the settings (after a view changed one, e.g. a course colour). */
	saveSettings?(): Promise<void>;
	/** Today, injectable for tests (quote of the day, quiz dates). */
	now(): Date;
}
