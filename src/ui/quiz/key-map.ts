/**
 * The quiz's keys while no text field has focus: 1–4 choose (or grade, in feedback), Enter submits and
 * continues, E opens the source, R retries the missed ones, N starts again, U undoes the last answer.
 */
import type { SourceRef } from "../../core/model";
import type { QuizSession } from "../../core/quiz/session";
import { digitIndex, type QuestionControl } from "./keys";
import { GRADE_BUTTONS } from "./types";
import { t } from "../../obsidian/i18n";

/** What the keys act on: the view, seen through the few things they need. */
export interface QuizKeyTarget {
	/** The running session and the question's control, as they are now. */
	state(): { session: QuizSession | null; control: QuestionControl | null };
	render(): void;
	next(): void;
	undo(): void;
	retryMissed(): void;
	/** Starts the same quiz again; false when there is no quiz to restart. */
	restart(): boolean;
	openSource(ref: SourceRef): void;
}

/** One key; true when it did something. */
export function handleQuizKey(key: string, v: QuizKeyTarget): boolean {
	const { session: s, control } = v.state();
	if (!s) return false;
	const lower = key.toLowerCase();
	if (s.phase === "question") {
		if (control?.onKey(key)) return true;
		if (key === "Enter") return control?.submit() ?? false;
	} else if (s.phase === "feedback") {
		const d = digitIndex(key);
		if (d >= 0 && d < GRADE_BUTTONS.length) {
			s.override(GRADE_BUTTONS[d]);
			v.render();
			return true;
		}
		if (key === "Enter" || key === " ") {
			v.next();
			return true;
		}
		if (lower === "e" && s.current) {
			v.openSource(s.current.source);
			return true;
		}
	} else if (s.phase === "end") {
		if (lower === "r" || key === "Enter") {
			v.retryMissed();
			return true;
		}
		if (lower === "n" && v.restart()) return true;
	}
	if (lower === "u") {
		v.undo();
		return true;
	}
	return false;
}

/** The key hints under the quiz for this phase ("typed": the answer is typed into a field). */
export function quizHints(phase: "question" | "feedback" | "end", typed: boolean): [string, string][] {
	if (phase === "end")
		return [
			["R", t("retry missed")],
			["U", t("undo")],
			["Esc", t("close")],
		];
	if (phase === "feedback")
		return [
			["Enter", t("continue")],
			["1\u20134", t("grade")],
			["U", t("undo")],
			["Esc", t("leave")],
		];
	if (typed)
		return [
			["Enter", t("check")],
			["Esc", t("leave the field")],
		];
	return [
		["1\u20134", t("choose")],
		["Enter", t("check")],
		["U", t("undo")],
		["Esc", t("leave")],
	];
}
