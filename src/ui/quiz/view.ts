import { ItemView, Notice, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { quizEraText } from "./era-text";
import type { Question } from "../../core/quiz/types";
import type { QuizScope, QuizSet } from "../../core/quiz/quiz-set";
import type { StudyHost } from "../host";
import { mountProgressLine } from "../progress/line";
import { renderQuestionCuration } from "../curation/menus";
import { renderEnd } from "./end-screen";
import { renderFeedback } from "./feedback";
import { hasCommandModifier, isTypingTarget, renderHints, type QuestionControl } from "./keys";
import { renderHeader } from "./header";
import { handleQuizKey, quizHints, type QuizKeyTarget } from "./key-map";
import { renderPrompt, expectedOf } from "./prompt";
import { isScope, renderControl } from "./render-question";
import { QuizSession } from "../../core/quiz/session";
import { renderEmpty, scopeProblem } from "./empty";
import { ViewActions } from "./actions";
import { kindLabel, VIEW_TYPE_QUIZ, type QuizDeps } from "./types";
import { t } from "../../obsidian/i18n";

export { VIEW_TYPE_QUIZ } from "./types";

/**
 * The quiz, in a workspace tab (not a modal, so it is usable on a phone). Keyboard first: 1-4 choose,
 * Enter submits and continues, U undoes the last answer, E opens the source, Esc leaves.
 * It knows nothing about how questions are made: `deps` generates, checks and records.
 */
export class QuizView extends ItemView {
	private quizScope: QuizScope | null = null;
	private set: QuizSet | null = null;
	private session: QuizSession | null = null;
	private control: QuestionControl | null = null;
	private message: { title: string; text: string } | null = null;
	private unwatchIndex: (() => void) | null = null;
	/** Which screen was rendered last ("index:phase"), to scroll only when it changes. */
	private shown = "";
	/** Every click and Enter of the quiz, delegated at the root (see actions.ts). */
	private readonly actions = new ViewActions();
	/** What the keys act on (key-map.ts). */
	private readonly keyTarget: QuizKeyTarget = {
		state: () => ({ session: this.session, control: this.control }),
		render: () => this.render(),
		next: () => void this.next(),
		undo: () => void this.undo(),
		retryMissed: () => this.retryMissed(),
		restart: () => !!this.quizScope && (void this.start(this.quizScope), true),
		openSource: (ref) => void this.host.openSource(ref, "tab"),
	};

	constructor(
		leaf: WorkspaceLeaf,
		private host: StudyHost,
		private deps: QuizDeps,
	) {
		super(leaf);
		this.icon = "help-circle";
	}

	getViewType(): string {
		return VIEW_TYPE_QUIZ;
	}

	getDisplayText(): string {
		return this.set ? t("Quiz: {0}", this.set.title) : t("Quiz");
	}

	getState(): Record<string, unknown> {
		return this.quizScope ? { scope: this.quizScope } : {};
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const scope = (state as { scope?: unknown } | null)?.scope;
		if (isScope(scope)) await this.start(scope);
		await super.setState(state, result);
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("sb-quiz-view");
		this.contentEl.setAttr("tabindex", "-1");
		this.registerDomEvent(this.contentEl, "click", (e: MouseEvent) => void this.actions.click(e, this.contentEl));
		this.registerDomEvent(this.containerEl, "keydown", (e: KeyboardEvent) => this.onKey(e));
		mountProgressLine(this, this.host.indexing);
		if (!this.quizScope) this.render();
	}

	async onClose(): Promise<void> {
		this.stopWaiting();
		await this.session?.flush();
	}

	/** Make a quiz for this scope and show its first question (or why there is none). */
	async start(scope: QuizScope): Promise<void> {
		this.quizScope = scope;
		this.session = null;
		this.set = null;
		this.stopWaiting();
		this.message = scopeProblem(this.host, scope);
		if (this.message) this.waitForIndex(scope);
		else {
			try {
				const set = await this.deps.generate(scope);
				this.set = set;
				if (set.questions.length) this.session = this.newSession(set.questions);
				else
					this.message = {
						title: t("No questions"),
						text:
							set.problem ??
							t(
								"No questions could be made: this brief has no dated events, key quotes or key facts yet.",
							),
					};
			} catch (e) {
				console.error("Study Briefs: quiz generation failed", e);
				this.message = {
					title: t("The quiz could not be made"),
					text: e instanceof Error ? e.message : String(e),
				};
			}
		}
		this.render();
	}

	/**
	 * A quiz tab restored at start-up asks before the index has read its brief: while "not a brief" is
	 * shown, try again whenever the index changes and the note has become a brief.
	 */
	private waitForIndex(scope: QuizScope): void {
		if (scope.kind !== "brief" && scope.kind !== "item") return;
		this.unwatchIndex = this.host.index.onChange(() => {
			if (this.quizScope === scope && !this.session && this.host.index.get(scope.path)) void this.start(scope);
		});
	}

	private stopWaiting(): void {
		this.unwatchIndex?.();
		this.unwatchIndex = null;
	}

	private newSession(questions: Question[]): QuizSession {
		const deps = this.deps;
		return new QuizSession(questions, {
			check: (q, r) => deps.check(q, r),
			record: (a) => deps.record?.(a),
			undo: (a) => deps.undo?.(a),
			clock: () => this.host.now(),
		});
	}

	private render(): void {
		const root = this.contentEl;
		root.empty();
		this.control = null;
		const wrap = root.createDiv({ cls: "sb-quiz" });
		const s = this.session;
		if (!s) {
			renderEmpty(wrap, this.host, this.message, this.quizScope, (scope) => void this.start(scope), this.actions);
			root.focus({ preventScroll: true });
			return;
		}
		renderHeader(wrap, s, this.set, this.actions, () => void this.undo());

		if (s.phase === "end") {
			renderEnd(wrap, this.host, s, {
				actions: this.actions,
				retryMissed: () => this.retryMissed(),
				restart: () => this.quizScope && void this.start(this.quizScope),
				close: () => this.leave(),
			});
			renderHints(wrap, quizHints("end", false));
			root.focus({ preventScroll: true });
			return;
		}
		const q = s.current as Question;
		const rec = s.phase === "feedback" ? s.currentAnswer : undefined;
		let box: HTMLElement | null = null;
		const card = wrap.createDiv({ cls: "sb-quiz-card", attr: { "data-kind": q.kind, "data-id": q.id } });
		card.createDiv({ cls: "sb-quiz-kind", text: kindLabel(q.kind) });
		// Where the question comes from ("Brief › Heading"): the context a bare sentence lacks.
		if (q.where) card.createDiv({ cls: "sb-quiz-where", text: q.where });
		renderPrompt(card, q, rec && q.kind === "cloze" ? expectedOf(rec) : undefined);
		this.control = renderControl(card, {
			question: q,
			answered: rec,
			submit: (r) => this.answer(r),
			actions: this.actions,
			eraText: quizEraText(this.host, q),
		});
		renderQuestionCuration(card, this.host, q, this.actions, () => this.dropCurrent());
		if (rec) {
			box = renderFeedback(wrap, this.host, rec, {
				actions: this.actions,
				override: (r) => {
					s.override(r);
					this.render();
				},
				next: () => void this.next(),
				isLast: s.index === s.questions.length - 1,
			});
			renderHints(wrap, quizHints("feedback", false));
		} else {
			renderHints(wrap, quizHints("question", q.kind === "date-typed" || q.kind === "cloze"));
		}
		root.focus({ preventScroll: true });
		this.control.focus();
		// A new question starts at the top; the feedback scrolls into view (below the fold on a phone).
		const at = `${s.index}:${s.phase}`;
		if (at !== this.shown) {
			if (s.phase === "question") root.scrollTop = 0;
			else if (typeof box?.scrollIntoView === "function") box.scrollIntoView({ block: "nearest" });
		}
		this.shown = at;
	}

	private answer(response: Parameters<QuizSession["answer"]>[0]): void {
		try {
			this.session?.answer(response);
		} catch (e) {
			console.error("Study Briefs: answer check failed", e);
			new Notice(t("This answer could not be checked."));
		}
		this.render();
	}

	/**
	 * A session step: its state changes at once (so the next screen shows without waiting), while the
	 * review store writes in the background; the store keeps its own queue, so steps never race.
	 */
	private async run(step: () => Promise<unknown>): Promise<void> {
		const pending = step();
		this.render();
		try {
			await pending;
		} catch (e) {
			console.error("Study Briefs: review not saved", e);
			new Notice(t("The review could not be saved."));
		}
	}

	private next(): Promise<void> {
		return this.run(() => this.session?.next() ?? Promise.resolve());
	}

	private undo(): Promise<void> {
		return this.run(() => this.session?.undo() ?? Promise.resolve());
	}

	/** Skipped or reported (curation): out of this quiz at once; answered already, the quiz moves on. */
	private dropCurrent(): void {
		const s = this.session;
		if (!s) return;
		if (s.phase === "feedback") return void this.next();
		if (!s.drop()) return;
		if (!s.questions.length) {
			this.session = null;
			this.message = {
				title: t("No questions left"),
				text: t(
					"You skipped or reported every question of this quiz. They are listed in the hidden and corrected panel.",
				),
			};
		}
		this.render();
	}

	private retryMissed(): void {
		const missed = this.session?.missed().map((a) => a.question) ?? [];
		if (!missed.length) return;
		this.session = this.newSession(missed);
		this.render();
	}

	private leave(): void {
		void this.session?.flush();
		this.leaf.detach();
	}

	private onKey(e: KeyboardEvent): void {
		if (this.actions.key(e)) return;
		if (hasCommandModifier(e) || e.isComposing) return;
		const target = e.target;
		if (e.key === "Escape") {
			e.preventDefault();
			if (isTypingTarget(target)) {
				(target as HTMLElement).blur();
				this.contentEl.focus();
			} else this.leave();
			return;
		}
		if (isTypingTarget(target)) return;
		if (
			(e.key === "Enter" || e.key === " ") &&
			target instanceof HTMLElement &&
			(target.tagName === "BUTTON" || target.tagName === "A")
		)
			return;
		if (handleQuizKey(e.key, this.keyTarget)) e.preventDefault();
	}
}
