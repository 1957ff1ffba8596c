/** Curation items in the timeline's row menu, the quote card menu, and the quiz card. */
import { Notice, type Menu } from "obsidian";
import type { HistEvent, Quote } from "../../core/model";
import type { Question } from "../../core/quiz/types";
import type { StudyHost } from "../host";
import type { ActionSink } from "../quiz/actions";
import { DateModal, SpeakerModal } from "./modals";
import type { CurationHost } from "./types";
import { t } from "../../obsidian/i18n";

/** Runs a curation step; a failure becomes a Notice, never an exception in the view. */
export function attempt(step: Promise<void>, done?: string): void {
	step.then(
		() => {
			if (done) new Notice(done);
		},
		(e: unknown) => {
			console.error("Study Briefs: curation failed", e);
			new Notice(t("Study Briefs could not save this change."));
		},
	);
}

/** One menu item: its title, its lucide icon, what it does. */
function menuItem(menu: Menu, title: string, icon: string, run: () => void): void {
	menu.addItem((i) => i.setTitle(title).setIcon(icon).onClick(run));
}

/** Hide, Correct date…, Not a date, Add event here… (the event's own line) for one timeline event. */
export function addEventCurationItems(menu: Menu, host: StudyHost, ev: HistEvent): void {
	const c = host.curation;
	if (!c) return;
	menu.addSeparator();
	menuItem(menu, t("Hide"), "eye-off", () =>
		attempt(c.hide(ev, "event"), t("Hidden. Undo it in the hidden and corrected panel.")),
	);
	menuItem(menu, t("Correct date…"), "calendar-check", () => {
		new DateModal(host.app, {
			title: t("Correct date"),
			sentence: ev.text,
			initial: ev.date.text,
			submit: (text) => attempt(c.correctDate(ev, text)),
		}).open();
	});
	menuItem(menu, t("Not a date"), "calendar-x", () => attempt(c.notDate(ev), t("Marked as not a date.")));
	menuItem(menu, t("Add event here…"), "calendar-plus", () =>
		openAddEvent(host, c, { path: ev.source.path || ev.briefPath, line: ev.source.line, text: ev.text }),
	);
}

/** Hide and Edit speaker… for one quote. */
export function addQuoteCurationItems(menu: Menu, host: StudyHost, quote: Quote): void {
	const c = host.curation;
	if (!c) return;
	menu.addSeparator();
	menuItem(menu, t("Hide"), "eye-off", () =>
		attempt(c.hide(quote, "quote"), t("Hidden. Undo it in the hidden and corrected panel.")),
	);
	menuItem(menu, t("Edit speaker…"), "user", () => {
		new SpeakerModal(host.app, quote.speaker ?? "", (name) => attempt(c.setSpeaker(quote, name))).open();
	});
}

/** "Add event here…": the sentence, a date typed with a live preview, an optional label. */
export function openAddEvent(
	host: Pick<StudyHost, "app">,
	c: CurationHost,
	at: { path: string; line: number; text: string },
): void {
	new DateModal(host.app, {
		title: t("Add event"),
		sentence: at.text,
		initial: "",
		withLabel: true,
		submit: (date, label) => attempt(c.addEvent(at, date, label), t("Event added.")),
	}).open();
}

/**
 * The quiz card's "Skip this question" and "Report a bad question" buttons. `drop` takes the question out of
 * the running quiz; the store makes sure it never comes back (quizzes, reviews, exports).
 */
export function renderQuestionCuration(
	card: HTMLElement,
	host: StudyHost,
	q: Question,
	actions: ActionSink,
	drop: () => void,
): void {
	const c = host.curation;
	if (!c) return;
	const row = card.createDiv({ cls: "sb-curation-quiz" });
	const button = (text: string, run: () => Promise<void>, done: string) => {
		const b = row.createEl("button", { cls: "sb-curation-quiz-button", text, attr: { type: "button" } });
		actions.on(b, () => {
			attempt(run(), done);
			drop();
		});
	};
	button(t("Skip this question"), () => c.skipQuestion(q), t("Skipped: this question will not be asked again."));
	button(
		t("Report a bad question"),
		() => c.reportQuestion(q),
		t("Reported: this question will not be asked again. It is listed in the hidden and corrected panel."),
	);
}
