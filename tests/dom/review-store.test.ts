import { beforeEach, describe, expect, it, vi } from "vitest";
import type { App, TFile } from "obsidian";
import { noticeLog } from "../shims/obsidian";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import type { Question } from "../../src/core/quiz/types";
import { cardIdFor } from "../../src/core/review";
import { parseBrief } from "../../src/core/brief";
import type { IndexQueries } from "../../src/core/index/types";
import type { Brief } from "../../src/core/model";
import { DEVICE_ID_KEY } from "../../src/obsidian/device-id";
import { LOG_MARKER, ReviewStore } from "../../src/obsidian/review-store";
import type { AnswerRecord } from "../../src/core/quiz/session";
import type { ReviewGrade } from "../../src/core/review";

type Rating = "again" | "hard" | "good" | "easy";
const GRADE: Record<Rating, ReviewGrade> = { again: 1, hard: 2, good: 3, easy: 4 };

const FOLDER = "Study Briefs/reviews";
const BRIEF = "History/US recognition.md";
const BRIEF_ID = "/russian-history/us-recognition";
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const DAY = 86_400_000;

function question(item: string, kind: Question["kind"] = "date-choice", variant = "choice"): Question {
	return {
		id: `${BRIEF_ID}#${item}/${variant}`,
		kind,
		prompt: `About ${item}?`,
		answer: "1933",
		options: ["1933", "1917"],
		itemId: item,
		briefPath: BRIEF,
		source: { path: BRIEF, line: 3 },
	};
}

function answer(q: Question, rating: Rating, t: number): AnswerRecord {
	return {
		question: q,
		response: "1933",
		result: { grade: rating === "again" ? "wrong" : "right", expected: "1933" },
		grade: GRADE[rating],
		at: new Date(t),
		ms: 4200,
	};
}

/** Obsidian creates folders with vault.createFolder; the shared fake vault makes them implicitly. */
function withFolders(app: FakeApp): App {
	(app.vault as unknown as { createFolder: (p: string) => Promise<void> }).createFolder = async () => undefined;
	return app as unknown as App;
}

function makeApp(device: string, files: Record<string, string> = {}): FakeApp {
	const app = createFakeApp({ files: { [BRIEF]: "---\ndg-publish: true\n---\n# US recognition, 1933\n", ...files } });
	app.saveLocalStorage(DEVICE_ID_KEY, device);
	withFolders(app);
	return app;
}

function store(app: FakeApp, now = () => T0 + 30 * DAY): ReviewStore {
	return new ReviewStore(app as unknown as App, {
		folder: () => FOLDER,
		now,
		notify: (m) => noticeLog.push(m),
		briefPathOf: (id) => (id === BRIEF_ID ? BRIEF : undefined),
	});
}

const logLines = (text: string | undefined) => (text ?? "").split("\n").filter((l) => l.startsWith("{"));
const QA = question("event:1933-recognition");
const QB = question("fact:litvinov-assignment", "term-choice", "d2t");

beforeEach(() => {
	noticeLog.length = 0;
});

describe("ReviewStore", () => {
	it("makes a device id once, in vault-scoped local storage, and names the log after it", () => {
		const app = createFakeApp();
		withFolders(app);
		const a = store(app);
		expect(a.deviceId).toMatch(/^[A-Za-z0-9_-]{6,64}$/);
		expect(app.loadLocalStorage(DEVICE_ID_KEY)).toBe(a.deviceId);
		expect(store(app).deviceId).toBe(a.deviceId);
		expect(a.path).toBe(`${FOLDER}/${a.deviceId}.md`);
	});

	it("appends one JSON line per review to this device's log, under an unpublished header", async () => {
		const app = makeApp("laptop-a1");
		const s = store(app);
		expect(await s.recordAnswer(answer(QA, "good", T0))).toBe(true);
		expect(await s.recordAnswer(answer(QB, "again", T0 + 1000))).toBe(true);
		const text = app.vault.textOf(`${FOLDER}/laptop-a1.md`);
		expect(text?.startsWith("---\ndg-publish: false\n")).toBe(true);
		expect(text).toContain(LOG_MARKER);
		const lines = logLines(text);
		expect(lines).toHaveLength(2);
		expect(JSON.parse(lines[0])).toMatchObject({
			v: 1,
			k: "review",
			card: cardIdFor(QA),
			grade: 3,
			t: T0,
			fmt: "date-choice",
			ms: 4200,
		});
		expect(JSON.parse(lines[1])).toMatchObject({ k: "review", card: cardIdFor(QB), grade: 1 });
		// The brief itself is untouched.
		expect(app.vault.textOf(BRIEF)).toBe("---\ndg-publish: true\n---\n# US recognition, 1933\n");
	});

	it("writes nothing for drills (match/order own no card)", async () => {
		const app = makeApp("laptop-a1");
		const s = store(app);
		expect(await s.recordAnswer(answer(question("set:1", "match", "match"), "good", T0))).toBe(true);
		expect(app.vault.getFileByPath(`${FOLDER}/laptop-a1.md`)).toBeNull();
	});

	it("replays two devices' logs to the same card states on both devices, whatever the file order", async () => {
		const laptop = makeApp("laptop-a1");
		const phone = makeApp("phone-b2");
		const l = store(laptop);
		const p = store(phone);
		await l.recordAnswer(answer(QA, "good", T0));
		await p.recordAnswer(answer(QA, "again", T0 + DAY));
		await l.recordAnswer(answer(QB, "hard", T0 + 2 * DAY));
		await p.recordAnswer(answer(QB, "good", T0 + 3 * DAY));
		await l.recordAnswer(answer(QA, "good", T0 + 4 * DAY));
		const laptopLog = laptop.vault.textOf(`${FOLDER}/laptop-a1.md`)!;
		const phoneLog = phone.vault.textOf(`${FOLDER}/phone-b2.md`)!;
		// Sync carries each file to the other device (in different orders).
		laptop.vault.put(`${FOLDER}/phone-b2.md`, phoneLog);
		const phoneFirst = makeApp("phone-b2", { [`${FOLDER}/phone-b2.md`]: phoneLog });
		phoneFirst.vault.put(`${FOLDER}/laptop-a1.md`, laptopLog);
		const a = await store(laptop).load();
		const b = await store(phoneFirst).load();
		expect(a.problems).toEqual([]);
		expect(b.problems).toEqual([]);
		const snapshot = (m: Map<string, { memory: unknown; history: unknown[] }>) =>
			[...m.entries()]
				.sort(([x], [y]) => (x < y ? -1 : 1))
				.map(([id, s]) => ({ id, memory: s.memory, n: s.history.length }));
		expect(snapshot(b.states)).toEqual(snapshot(a.states));
		expect(a.states.get(cardIdFor(QA)!)?.history.map((h) => h.device)).toEqual([
			"laptop-a1",
			"phone-b2",
			"laptop-a1",
		]);
		expect(a.states.get(cardIdFor(QA)!)?.briefPath).toBe(BRIEF);
	});

	it("skips a note in the folder that is not a review log, with one warning", async () => {
		const app = makeApp("laptop-a1", { [`${FOLDER}/README.md`]: "# My notes about reviews\nLine two\n" });
		const { problems, states } = await store(app).load();
		expect(problems).toEqual([expect.objectContaining({ path: `${FOLDER}/README.md`, severity: "warning" })]);
		expect(states.size).toBe(0);
	});

	it("skips and reports a corrupt line, keeping the other events", async () => {
		const log = [
			"---",
			"dg-publish: false",
			LOG_MARKER,
			"---",
			"# Study Briefs review log",
			"",
			JSON.stringify({ v: 1, t: T0, k: "review", card: cardIdFor(QA), grade: 3 }),
			'{"v":1,"t":17643228000', // torn write
			JSON.stringify({ v: 1, t: T0 + DAY, k: "review", card: cardIdFor(QB), grade: 1 }),
		].join("\n");
		const app = makeApp("laptop-a1", { [`${FOLDER}/phone-b2.md`]: log });
		const { states, problems } = await store(app).load();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ path: `${FOLDER}/phone-b2.md`, line: 7 });
		expect(problems[0].message).toContain("skipped");
		expect(states.get(cardIdFor(QA)!)?.history).toHaveLength(1);
		expect(states.get(cardIdFor(QB)!)?.history).toHaveLength(1);
	});

	it("keeps a review whose write failed, shows a notice, and writes it with the next review", async () => {
		const app = makeApp("laptop-a1");
		const s = store(app);
		await s.recordAnswer(answer(QA, "good", T0));
		const vault = app.vault as unknown as { process: (f: TFile, fn: (d: string) => string) => Promise<string> };
		const real = vault.process.bind(app.vault);
		let failures = 1;
		vault.process = async (f, fn) => {
			if (failures-- > 0) throw new Error("EBUSY: resource busy");
			return real(f, fn);
		};
		// The failure is expected: its console.error is captured (not printed) and checked.
		const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
		try {
			expect(await s.recordAnswer(answer(QB, "again", T0 + 1000))).toBe(false);
			expect(consoleError).toHaveBeenCalledTimes(1);
			expect(consoleError.mock.calls[0]).toEqual([
				"Study Briefs: review log write failed",
				expect.objectContaining({ message: "EBUSY: resource busy" }),
			]);
		} finally {
			consoleError.mockRestore();
		}
		expect(noticeLog.at(-1)).toContain("could not save a review");
		expect(s.pendingCount).toBe(1);
		expect(logLines(app.vault.textOf(s.path))).toHaveLength(1);
		// The failed review still counts in this session.
		expect(s.states().get(cardIdFor(QB)!)?.history).toHaveLength(1);
		expect(await s.recordAnswer(answer(QA, "hard", T0 + 2000))).toBe(true);
		expect(s.pendingCount).toBe(0);
		const lines = logLines(app.vault.textOf(s.path)).map((l) => JSON.parse(l) as { card: string; grade: number });
		expect(lines.map((l) => [l.card, l.grade])).toEqual([
			[cardIdFor(QA), 3],
			[cardIdFor(QB), 1],
			[cardIdFor(QA), 2],
		]);
		const reloaded = await store(app).load();
		expect(reloaded.states.get(cardIdFor(QA)!)?.history).toHaveLength(2);
	});

	it("undo appends an undo event that takes the review back", async () => {
		const app = makeApp("laptop-a1");
		const s = store(app);
		const first = answer(QA, "good", T0);
		const second = answer(QA, "again", T0 + DAY);
		await s.recordAnswer(first);
		await s.recordAnswer(second);
		await s.undoAnswer(second);
		const lines = logLines(app.vault.textOf(s.path)).map((l) => JSON.parse(l) as { k: string });
		expect(lines.map((l) => l.k)).toEqual(["review", "review", "undo"]);
		expect(
			s
				.states()
				.get(cardIdFor(QA)!)
				?.history.map((h) => h.grade),
		).toEqual([3]);
		const reloaded = await store(app).load();
		expect(reloaded.states.get(cardIdFor(QA)!)?.history.map((h) => h.t)).toEqual([T0]);
	});

	it("gives per-brief due counts and mastery", async () => {
		const app = makeApp("laptop-a1");
		const now = { t: T0 };
		const s = store(app, () => now.t);
		expect(s.stats(BRIEF)).toEqual({ due: 0, mastery: 0 });
		await s.recordAnswer(answer(QA, "good", T0));
		await s.recordAnswer(answer(QB, "again", T0));
		now.t = T0 + 60_000;
		const early = s.stats(BRIEF);
		expect(early.due).toBeGreaterThanOrEqual(1); // the missed card is due again within minutes
		now.t = T0 + 365 * DAY;
		expect(s.stats(BRIEF).due).toBe(2);
		expect(s.stats("Other.md")).toEqual({ due: 0, mastery: 0 });
		expect(s.dueCardIds().sort()).toEqual([cardIdFor(QA), cardIdFor(QB)].sort());
	});

	it("never writes into a note that is not a review log", async () => {
		const brief = "---\ndg-publish: true\n---\n# Not a log\n";
		const app = makeApp("laptop-a1", { [`${FOLDER}/laptop-a1.md`]: brief });
		const s = store(app);
		const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
		try {
			expect(await s.recordAnswer(answer(QA, "good", T0))).toBe(false);
			expect(consoleError).toHaveBeenCalledTimes(1);
			expect(String(consoleError.mock.calls[0][1])).toContain("is not a Study Briefs review log");
		} finally {
			consoleError.mockRestore();
		}
		expect(app.vault.textOf(`${FOLDER}/laptop-a1.md`)).toBe(brief);
		expect(noticeLog.at(-1)).toContain("could not save");
	});

	it("reloads when another device's log arrives or changes (Sync), not on its own writes", async () => {
		const app = makeApp("laptop-a1");
		const s = store(app);
		await s.load();
		const refs: unknown[] = [];
		let reloads = 0;
		let done: () => void = () => undefined;
		s.watch(
			(ref) => void refs.push(ref),
			() => (reloads++, done()),
			0,
		);
		expect(refs).toHaveLength(4);
		await s.recordAnswer(answer(QA, "good", T0));
		// One turn of the event loop: a reload debounced with delay 0 would have run by now.
		await new Promise((r) => setTimeout(r, 0));
		await s.whenIdle();
		expect(reloads).toBe(0);
		const phoneLog = `---\ndg-publish: false\n${LOG_MARKER}\n---\n${JSON.stringify({ v: 1, t: T0 + DAY, k: "review", card: cardIdFor(QA), grade: 1 })}\n`;
		const reloaded = new Promise<void>((r) => (done = r));
		await app.vault.create(`${FOLDER}/phone-b2.md`, phoneLog);
		await reloaded;
		expect(reloads).toBe(1);
		expect(
			s
				.states()
				.get(cardIdFor(QA)!)
				?.history.map((h) => [h.device, h.grade]),
		).toEqual([
			["laptop-a1", 3],
			["phone-b2", 1],
		]);
	});

	it("follows edits: a slightly edited quote keeps its card (relink), a removed one is orphaned, then restored", async () => {
		const text = (quote: string) =>
			`---\ndg-publish: true\npermalink: ${BRIEF_ID}\n---\n## US recognition, 1933\n\n**Key Quotes:**\n\n${quote}\n`;
		const v1 =
			'- "Roosevelt hoped recognition would help contain Japanese expansion in Asia and open new markets."';
		const v2 =
			'- "Roosevelt hoped that recognition would help contain Japanese expansion in Asia and open new markets."';
		const briefs = new Map<string, Brief>();
		const listeners: ((rev: number, paths: string[]) => void)[] = [];
		const put = (t: string | null) => {
			if (t === null) briefs.delete(BRIEF);
			else briefs.set(BRIEF, parseBrief({ path: BRIEF, text: t }));
			for (const l of listeners) l(2, [BRIEF]);
		};
		put(text(v1));
		const index = {
			revision: 1,
			get: (p: string) => briefs.get(p),
			briefs: () => [...briefs.values()],
			onChange: (cb: (rev: number, paths: string[]) => void) => (listeners.push(cb), () => undefined),
		} as unknown as IndexQueries;
		const first = briefs.get(BRIEF)!;
		expect(first.id).toBe(BRIEF_ID);
		expect(first.quotes).toHaveLength(1);
		const app = makeApp("laptop-a1");
		const s = store(app);
		const q: Question = { ...question(first.quotes[0].id, "cloze", "cloze:japanese@0"), answer: "Japanese" };
		await s.recordAnswer(answer(q, "good", T0));
		s.followIndex(index);
		const kinds = () => logLines(app.vault.textOf(s.path)).map((l) => (JSON.parse(l) as { k: string }).k);

		put(text(v2));
		await s.whenIdle();
		const edited = briefs.get(BRIEF)!.quotes[0].id;
		expect(edited).not.toBe(first.quotes[0].id);
		expect(kinds()).toEqual(["review", "relink"]);
		const moved = s.states().get(`${BRIEF_ID}#${edited}/cloze:japanese@0`);
		expect(moved?.history).toHaveLength(1);
		expect(moved?.formerIds).toEqual([cardIdFor(q)]);

		put(text('- "Something else entirely, said by nobody in particular."'));
		await s.whenIdle();
		expect(kinds()).toEqual(["review", "relink", "orphan"]);
		expect(s.states().get(moved!.id)?.orphaned).toBe(true);
		expect(s.dueCardIds()).not.toContain(moved!.id);

		put(text(v2));
		await s.whenIdle();
		expect(kinds()).toEqual(["review", "relink", "orphan", "restore"]);
		expect(s.states().get(moved!.id)?.orphaned).toBe(false);
		expect(s.states().get(moved!.id)?.history).toHaveLength(1);
		const reloaded = await store(app).load();
		expect(reloaded.states.get(moved!.id)?.history).toHaveLength(1);
	});
});
