import type { App } from "obsidian";
import type { IndexQueries } from "../core/index/types";
import type { SourceRef } from "../core/model";
import type { Settings } from "../settings";
import type { ProgressFeed } from "../obsidian/progress-feed";

/** How a view opens a source: the same tab, a new tab (Cmd/Ctrl-click), or a split. */
export type OpenMode = "same" | "tab" | "split";

/** What to quiz: a brief (path), a course (folder), one item, everything due, or chosen cards. */
export type QuizScope =
	| { kind: "brief"; path: string }
	| { kind: "course"; folder: string }
	| { kind: "item"; path: string; itemId: string }
	| { kind: "due" }
	/** These cards (the dashboard's "most missed"), one question each. */
	| { kind: "cards"; ids: string[] };

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
	/** Save the settings (after a view changed one, e.g. a course colour). */
	saveSettings?(): Promise<void>;
	/** Today, injectable for tests (quote of the day, quiz dates). */
	now(): Date;
}
