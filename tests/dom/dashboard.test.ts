/**
 * The study dashboard through the plugin: the example vault plus a review log in the vault, the command opens the
 * dashboard, its figures match the log, and "Quiz me on these" starts a quiz on exactly the missed cards.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import StudyBriefsPlugin from "../../src/main";
import type { StudyHost } from "../../src/ui/host";
import { ViewActions } from "../../src/ui/quiz/actions";
import { renderEnd } from "../../src/ui/quiz/end-screen";
import { QuizSession } from "../../src/core/quiz/session";
import { loadVault } from "../../src/cli/vault";
import { serializeEvent, type LogEventBody } from "../../src/core/review";
import { LOG_HEADER } from "../../src/obsidian/review-store";
import type { Plugin as ShimPlugin } from "../shims/obsidian";
import { createFakeApp, type FakeApp } from "../shims/fake-app";

const VAULT = join(process.cwd(), "examples/vault/");
const DAY = 86_400_000;
const manifest = { id: "study-briefs", name: "Study Briefs", version: "0.1.0", dir: ".obsidian/plugins/study-briefs" };

function readVault(dir: string, out: Record<string, string> = {}): Record<string, string> {
	for (const name of readdirSync(dir)) {
		if (name.startsWith(".")) continue;
		const full = join(dir, name);
		if (statSync(full).isDirectory()) readVault(full, out);
		else if (name.endsWith(".md")) out[relative(VAULT, full)] = readFileSync(full, "utf8");
	}
	return out;
}

/** Date cards of the first event of two briefs in different courses (ids as the quiz makes them). */
function cards() {
	const briefs = loadVault(VAULT).briefs.filter((b) => b.events.length);
	const rome = briefs.find((b) => b.course.startsWith("Roman"))!;
	const russia = briefs.find((b) => b.course.startsWith("Russian"))!;
	return {
		rome: { brief: rome, card: `${rome.id}#${rome.events[0].id}/date` },
		russia: { brief: russia, card: `${russia.id}#${russia.events[0].id}/date` },
	};
}

let plugin: StudyBriefsPlugin | null = null;
afterEach(() => {
	vi.useRealTimers();
	plugin?.unload();
	plugin = null;
});

describe("study dashboard in the plugin", () => {
	it("opens from its command and shows the log's figures; 'Quiz me on these' quizzes the missed cards", async () => {
		const { rome, russia } = cards();
		// Only Date is faked (timers stay real): a fixed local noon, so "today" never straddles midnight.
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date(2026, 11, 4, 12, 0, 0));
		const now = Date.now();
		const events: LogEventBody[] = [
			{ k: "review", card: rome.card, grade: 1, t: now - 3 * DAY },
			{ k: "review", card: rome.card, grade: 1, t: now - 2 * DAY },
			{ k: "review", card: rome.card, grade: 3, t: now - DAY },
			{ k: "review", card: russia.card, grade: 3, t: now - DAY },
			{ k: "review", card: russia.card, grade: 1, t: now - 60_000 },
		];
		const files = {
			...readVault(VAULT),
			"Study Briefs/reviews/laptop.md": LOG_HEADER + events.map((e) => `${serializeEvent(e)}\n`).join(""),
		};
		const app: FakeApp = createFakeApp({ files });
		plugin = new StudyBriefsPlugin(app as never, manifest as never);
		await plugin.onload();
		(plugin as unknown as { _loaded: boolean })._loaded = true;
		await plugin.api.ready;
		(plugin as unknown as ShimPlugin).runCommand("open-study-dashboard");
		const root = await vi.waitFor(() => {
			const leaf = app.workspace.getLeavesOfType("study-briefs-dashboard")[0];
			const el = leaf?.view?.containerEl.querySelector<HTMLElement>(".sb-dash-view");
			if (!el?.querySelector(".sb-dash-tiles")) throw new Error("dashboard not drawn yet");
			return el;
		});
		const tiles = [...root.querySelectorAll(".sb-dash-tile")].map((t) => [
			t.querySelector(".sb-dash-tile-label")?.textContent,
			t.querySelector(".sb-dash-tile-value")?.textContent,
		]);
		expect(tiles[0]).toEqual(["Streak", "4 days"]);
		expect(tiles[1]).toEqual(["Reviews today", "1"]);
		const heat = [...root.querySelectorAll<SVGRectElement>(".sb-dash-heat")];
		expect(heat).toHaveLength(365);
		expect(heat.reduce((n, r) => n + Number(r.dataset.count), 0)).toBe(5);
		expect(root.querySelectorAll(".sb-dash-forecast rect")).toHaveLength(30);
		// Courses: one row each for Rome and Russia; the screen-reader tables carry the same numbers.
		expect(
			[...root.querySelectorAll(".sb-dash-mastery-row")].some(
				(r) => r.getAttribute("data-key") === rome.brief.course,
			),
		).toBe(true);
		expect(root.querySelectorAll("table.sb-dash-sr-only").length).toBe(3);
		const missed = [...root.querySelectorAll<HTMLElement>(".sb-dash-missed-item")];
		expect(missed.map((m) => m.dataset.card)).toEqual([rome.card, russia.card]);
		expect(missed[0].querySelector("a")?.getAttribute("aria-label")).toContain(
			`line ${rome.brief.events[0].source.line + 1}`,
		);
		expect(missed[0].querySelector("a")?.textContent).toBe(rome.brief.events[0].text);

		root.querySelector<HTMLButtonElement>(".sb-dash-quiz-missed")!.click();
		const quiz = await vi.waitFor(() => {
			const view = app.workspace.getLeavesOfType("study-briefs-quiz")[0]?.view;
			if (!view?.containerEl.querySelector(".sb-quiz-prompt")) throw new Error("no question yet");
			return view;
		});
		expect((quiz as unknown as { getState(): { scope: unknown } }).getState().scope).toEqual({
			kind: "cards",
			ids: [rome.card, russia.card],
		});
		expect(quiz.getDisplayText()).toBe("Quiz: Most missed");
	});

	it("before the review logs are read it says so, and an empty history explains how to start", async () => {
		const app: FakeApp = createFakeApp({ files: readVault(VAULT) });
		plugin = new StudyBriefsPlugin(app as never, manifest as never);
		await plugin.onload();
		(plugin as unknown as { _loaded: boolean })._loaded = true;
		(plugin as unknown as ShimPlugin).runCommand("open-study-dashboard");
		await plugin.api.ready;
		const root = await vi.waitFor(() => {
			const el = app.workspace
				.getLeavesOfType("study-briefs-dashboard")[0]
				?.view?.containerEl.querySelector<HTMLElement>(".sb-dash-view");
			if (!el?.querySelector(".sb-dash-empty")) throw new Error("not drawn with the (empty) history yet");
			return el;
		});
		expect(root.querySelector(".sb-dash-empty")?.textContent).toContain("No reviews yet");
		expect(root.querySelector(".sb-dash-missed-item")).toBeNull();
	});

	it("the quiz end screen has a 'Study dashboard' button when the host can open it", () => {
		const session = new QuizSession([], { check: () => ({ grade: "right" }) as never, clock: () => new Date(0) });
		const opened: number[] = [];
		const host = { index: { get: () => undefined }, openDashboard: () => opened.push(1) } as unknown as StudyHost;
		// The view delegates clicks at its root: the same here.
		const actions = new ViewActions();
		const root = document.body.createDiv();
		root.addEventListener("click", (e) => actions.click(e, root));
		const box = renderEnd(root, host, session, { actions, retryMissed() {}, restart() {}, close() {} });
		const button = box.querySelector<HTMLButtonElement>(".sb-quiz-dashboard");
		expect(button?.textContent).toBe("Study dashboard");
		button!.click();
		expect(opened).toEqual([1]);
		const without = renderEnd(
			document.body.createDiv(),
			{ index: { get: () => undefined } } as unknown as StudyHost,
			session,
			{ actions, retryMissed() {}, restart() {}, close() {} },
		);
		expect(without.querySelector(".sb-quiz-dashboard")).toBeNull();
	});
});
