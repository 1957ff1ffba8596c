/** Issue 14 (H4, H5, M6, M7, M8) through the ReviewStore: renames, copies, clock skew, incremental replay, faults. */
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { App } from "obsidian";
import { noticeLog } from "../shims/obsidian";
import { createFakeApp, type FakeApp } from "../shims/fake-app";
import { parseBrief } from "../../src/core/brief";
import { BriefIndex } from "../../src/core/index";
import type { Question } from "../../src/core/quiz/types";
import { serializeEvent } from "../../src/core/review";
import type { CardState } from "../../src/core/review";
import { DEVICE_ID_KEY } from "../../src/obsidian/device-id";
import { LOG_HEADER, ReviewStore } from "../../src/obsidian/review-store";
import type { AnswerRecord } from "../../src/core/quiz/session";
import type { ReviewGrade } from "../../src/core/review";

type Rating = "again" | "hard" | "good" | "easy";
const GRADE: Record<Rating, ReviewGrade> = { again: 1, hard: 2, good: 3, easy: 4 };
import { fuzzParams } from "../support/fuzz";

const FOLDER = "Study Briefs/reviews";
const OLD = "History/US recognition.md";
const NEW = "History/Russia/US recognition.md";
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const DAY = 86_400_000;
const BRIEF_TEXT = [
	"---",
	"dg-publish: true",
	"---",
	"## US recognition, 1933",
	"",
	"**Key Quotes:**",
	"",
	'- "Roosevelt hoped recognition would help contain Japanese expansion in Asia and open new markets."',
	'- "Litvinov promised that the Soviet Union would stop its propaganda in the United States."',
	"",
].join("\n");

function makeApp(device: string, files: Record<string, string> = {}): FakeApp {
	const app = createFakeApp({ files });
	app.saveLocalStorage(DEVICE_ID_KEY, device);
	(app.vault as unknown as { createFolder: (p: string) => Promise<void> }).createFolder = async () => undefined;
	return app;
}

const store = (app: FakeApp, now = () => T0 + 30 * DAY) =>
	new ReviewStore(app as unknown as App, { folder: () => FOLDER, now, notify: (m) => noticeLog.push(m) });

function cloze(briefPath: string, briefId: string, itemId: string): Question {
	return {
		id: `${briefId}#${itemId}/cloze:japanese@0`,
		kind: "cloze",
		prompt: "…",
		answer: "Japanese",
		itemId,
		briefPath,
		source: { path: briefPath, line: 7 },
	};
}

function answer(q: Question, rating: Rating, t: number): AnswerRecord {
	return {
		question: q,
		response: "x",
		result: { grade: rating === "again" ? "wrong" : "right", expected: "x" },
		grade: GRADE[rating],
		at: new Date(t),
		ms: 3000,
	};
}

const kinds = (app: FakeApp, path: string) =>
	(app.vault.textOf(path) ?? "")
		.split("\n")
		.filter((l) => l.startsWith("{"))
		.map((l) => (JSON.parse(l) as { k: string }).k);
const logText = (events: object[]) => LOG_HEADER + events.map((e) => JSON.stringify({ v: 1, ...e })).join("\n") + "\n";

beforeEach(() => {
	noticeLog.length = 0;
});

describe("H4: review history follows a brief across renames and moves", () => {
	async function reviewed(app: FakeApp, index: BriefIndex, path: string) {
		const brief = index.get(path)!;
		const s = store(app);
		for (const item of brief.quotes) {
			for (let i = 0; i < 5; i++)
				await s.recordAnswer(answer(cloze(path, brief.id, item.id), "good", T0 + i * DAY));
		}
		return { s, items: brief.quotes.map((q) => q.id) };
	}

	it("a rename seen live re-keys every card at once: no orphan, no card started from scratch", async () => {
		const app = makeApp("laptop-a1", { [OLD]: BRIEF_TEXT });
		const index = new BriefIndex();
		index.upsert(parseBrief({ path: OLD, text: BRIEF_TEXT }));
		const { items } = await reviewed(app, index, OLD);
		// As main.ts wires it: a card known only from the logs finds its brief's path through the index.
		const s = new ReviewStore(app as unknown as App, {
			folder: () => FOLDER,
			now: () => T0 + 30 * DAY,
			briefPathOf: (id) => index.briefs({ includeUnpublished: true }).find((b) => b.id === id)?.path,
		});
		await s.load();
		const before = s.stats(OLD);
		expect(before.due).toBe(2);
		s.followIndex(index);
		index.rename(OLD, NEW);
		await s.whenIdle();
		expect(kinds(app, s.path).filter((k) => k !== "review")).toEqual(["relink", "relink"]);
		expect(s.states().get(`${NEW}#${items[0]}/cloze:japanese@0`)?.briefPath).toBe(NEW);
		expect(s.stats(NEW)).toEqual(before);
		expect(s.stats(OLD)).toEqual({ due: 0, mastery: 0 });
		for (const item of items) {
			const moved = s.states().get(`${NEW}#${item}/cloze:japanese@0`);
			expect(moved?.history).toHaveLength(5);
			expect(moved?.orphaned).toBe(false);
			expect(s.states().has(`${OLD}#${item}/cloze:japanese@0`)).toBe(false);
		}
		const reloaded = await store(app).load();
		expect(reloaded.states.get(`${NEW}#${items[0]}/cloze:japanese@0`)?.history).toHaveLength(5);
	});

	it("a rename made while Obsidian was closed: the cards are found again by their items at start", async () => {
		const app = makeApp("laptop-a1", { [OLD]: BRIEF_TEXT });
		const index = new BriefIndex();
		index.upsert(parseBrief({ path: OLD, text: BRIEF_TEXT }));
		const { items } = await reviewed(app, index, OLD);
		// Obsidian closed; the note moved (file manager, git, another device); the plugin starts again.
		const later = new BriefIndex();
		later.upsert(parseBrief({ path: NEW, text: BRIEF_TEXT }));
		const s = store(app);
		await s.load();
		s.followIndex(later);
		await s.whenIdle();
		for (const item of items) expect(s.states().get(`${NEW}#${item}/cloze:japanese@0`)?.history).toHaveLength(5);
		const again = store(app);
		await again.load();
		again.followIndex(later);
		await again.whenIdle();
		expect(kinds(app, s.path).filter((k) => k === "relink")).toHaveLength(2); // once, not on every start
	});

	it("a rename seen as a delete, then a create (Sync): orphaned, then re-attached and restored", async () => {
		const app = makeApp("laptop-a1", { [OLD]: BRIEF_TEXT });
		const index = new BriefIndex();
		index.upsert(parseBrief({ path: OLD, text: BRIEF_TEXT }));
		const { s, items } = await reviewed(app, index, OLD);
		s.followIndex(index);
		index.remove(OLD);
		await s.whenIdle();
		index.upsert(parseBrief({ path: NEW, text: BRIEF_TEXT }));
		await s.whenIdle();
		expect(kinds(app, s.path).filter((k) => k !== "review")).toEqual([
			"orphan",
			"orphan",
			"relink",
			"restore",
			"relink",
			"restore",
		]);
		const moved = s.states().get(`${NEW}#${items[1]}/cloze:japanese@0`);
		expect(moved?.history).toHaveLength(5);
		expect(moved?.orphaned).toBe(false);
		expect(s.dueCardIds()).toContain(moved?.id);
	});
});

describe("M6: copies of a log", () => {
	const card = `${OLD}#q:x:0/cloze:a@0`;
	const two = logText([
		{ t: T0, k: "review", card, grade: 3 },
		{ t: T0 + DAY, k: "review", card, grade: 1 },
	]);

	it("a log, its conflict copy and a backup in a subfolder count once, and the copies are reported", async () => {
		const app = makeApp("laptop-a1", {
			[`${FOLDER}/phone-b2.md`]: two,
			[`${FOLDER}/phone-b2 (conflicted copy 2026-11-25).md`]: two,
			[`${FOLDER}/old/phone-b2.md`]: two,
		});
		const { states, problems } = await store(app).load();
		expect(states.get(card)?.history.map((h) => h.device)).toEqual(["phone-b2", "phone-b2"]);
		expect(problems.map((p) => p.path).sort()).toEqual([
			`${FOLDER}/old/phone-b2.md`,
			`${FOLDER}/phone-b2 (conflicted copy 2026-11-25).md`,
		]);
	});

	it("a stale backup of this device's own log never hides the real log", async () => {
		const own = logText([0, 1, 2].map((i) => ({ t: T0 + i * DAY, k: "review", card, grade: 3 })));
		const backup = logText([{ t: T0, k: "review", card, grade: 3 }]);
		const app = makeApp("f00d-laptop", {
			[`${FOLDER}/a-backup/f00d-laptop.md`]: backup,
			[`${FOLDER}/f00d-laptop.md`]: own,
		});
		const s = store(app);
		const { states } = await s.load();
		expect(states.get(card)?.history).toHaveLength(3);
		await s.recordAnswer(
			answer({ ...cloze(OLD, OLD, "q:x:0"), id: `${OLD}#q:x:0/cloze:a@0` }, "good", T0 + 3 * DAY),
		);
		expect(s.states().get(card)?.history).toHaveLength(4);
		expect(app.vault.textOf(`${FOLDER}/a-backup/f00d-laptop.md`)).toBe(backup);
	});
});

describe("event ids", () => {
	it("two identical answers in the same millisecond both count; a copy of the log made later adds nothing", async () => {
		const app = makeApp("laptop-a1");
		const s = store(app);
		const card = `${OLD}#q:x:0/cloze:a@0`;
		const rec = answer({ ...cloze(OLD, OLD, "q:x:0"), id: card }, "good", T0);
		await s.recordAnswer(rec);
		await s.recordAnswer(rec);
		const lines = (app.vault.textOf(s.path) ?? "")
			.split("\n")
			.filter((l) => l.startsWith("{"))
			.map((l) => JSON.parse(l) as { id: string });
		expect(new Set(lines.map((l) => l.id)).size).toBe(2);
		expect(s.states().get(card)?.history).toHaveLength(2);
		app.vault.put(`${FOLDER}/laptop-a1 (conflicted copy).md`, app.vault.textOf(s.path)!);
		expect((await store(app).load()).states.get(card)?.history).toHaveLength(2);
	});
});

describe("M7: clock skew", () => {
	it("a store left open for days keeps counting its own answers (the clock is read at each answer)", async () => {
		const app = makeApp("laptop-a1");
		const now = { t: T0 };
		const s = store(app, () => now.t);
		await s.load();
		const card = `${OLD}#q:x:0/cloze:a@0`;
		for (let day = 0; day < 5; day++) {
			now.t = T0 + day * DAY;
			await s.recordAnswer(answer({ ...cloze(OLD, OLD, "q:x:0"), id: card }, "good", now.t));
		}
		expect(s.states().get(card)?.history).toHaveLength(5);
		expect(s.problems()).toEqual([]);
	});

	it("a review dated 2076 by another device leaves the card in the queues, with a warning; 1e300 is reported, never NaN", async () => {
		const card = `${OLD}#q:x:0/cloze:a@0`;
		const app = makeApp("laptop-a1", {
			[`${FOLDER}/phone-b2.md`]: logText([
				{ t: Date.UTC(2076, 0, 1), k: "review", card, grade: 1 },
				{ t: 1e300, k: "review", card, grade: 3 },
			]),
		});
		const now = { t: T0 };
		const s = store(app, () => now.t);
		await s.load();
		await s.recordAnswer(answer({ ...cloze(OLD, OLD, "q:x:0"), id: card }, "again", T0));
		now.t = T0 + 365 * DAY;
		const after = store(app, () => now.t);
		const { problems } = await after.load();
		expect(after.dueCardIds()).toEqual([card]);
		expect(problems.map((p) => p.message).join("\n")).toMatch(/future[\s\S]*|out of range/);
		expect(problems.some((p) => p.message.includes("out of range"))).toBe(true);
		expect(problems.some((p) => p.message.includes("future"))).toBe(true);
		expect([...after.states().values()].every((st) => Number.isFinite(st.memory.due))).toBe(true);
	});
});

describe("M8: an answer does not replay the history", () => {
	const history = (n: number) =>
		logText(
			Array.from({ length: n }, (_, i) => ({
				t: T0 + i * 60_000,
				k: "review",
				card: `${OLD}#q:${i % 40}:0/cloze:a@0`,
				grade: 3,
			})),
		);

	async function stepsPerAnswer(n: number): Promise<{ answers: number; undo: number }> {
		const app = makeApp("laptop-a1", { [`${FOLDER}/phone-b2.md`]: history(n) });
		const s = store(app, () => T0 + n * 60_000 + DAY);
		await s.load();
		s.stats(OLD);
		const before = s.replaySteps;
		const q = { ...cloze(OLD, OLD, "q:1:0"), id: `${OLD}#q:1:0/cloze:a@0` };
		for (let i = 0; i < 10; i++) {
			await s.recordAnswer(answer(q, "good", T0 + n * 60_000 + i));
			s.stats(OLD);
			s.dueCardIds();
		}
		const answers = s.replaySteps - before;
		await s.undoAnswer(answer(q, "good", T0 + n * 60_000 + 9));
		s.stats(OLD);
		return { answers, undo: s.replaySteps - before - answers };
	}

	it("answering with 2x the history costs the same counted steps (not a replay)", async () => {
		const small = await stepsPerAnswer(1000);
		const big = await stepsPerAnswer(2000);
		expect(small.answers).toBe(10);
		expect(big.answers).toBe(10);
		// An undo recomputes that one card from its own events (n / 40 of them + the 10 answers), never the log.
		expect(small.undo).toBe(1000 / 40 + 9);
		expect(big.undo).toBe(2000 / 40 + 9);
	});

	it("the state kept up to date answer by answer is the state a fresh load replays", async () => {
		const app = makeApp("laptop-a1", { [`${FOLDER}/phone-b2.md`]: history(200) });
		const s = store(app);
		await s.load();
		const ids = ["q:1:0", "q:2:0", "q:3:0"];
		for (let i = 0; i < 9; i++) {
			const q = { ...cloze(OLD, OLD, ids[i % 3]), id: `${OLD}#${ids[i % 3]}/cloze:a@0` };
			const rec = answer(q, (["again", "hard", "good", "easy"] as const)[i % 4], T0 + 200 * 60_000 + i * DAY);
			await s.recordAnswer(rec);
			if (i % 4 === 3) await s.undoAnswer(rec);
		}
		await s.append({
			k: "relink",
			from: `${OLD}#q:2:0/cloze:a@0`,
			to: `${OLD}#q:9:0/cloze:a@0`,
			t: T0 + 300 * DAY,
		});
		const fresh = await store(app).load();
		// Brief paths aside (this store learned them from the answers), every state is the same.
		const snap = (m: Map<string, CardState>) =>
			JSON.stringify(
				[...m.values()].map((c) => ({ ...c, briefPath: "" })).sort((a, b) => (a.id < b.id ? -1 : 1)),
			);
		expect(snap(s.states())).toBe(snap(fresh.states));
	});
});

describe("M8: another device's log that grows (Sync)", () => {
	const card = (i: number) => `${OLD}#q:${i % 40}:0/cloze:a@0`;
	const events = (from: number, to: number) =>
		Array.from({ length: to - from }, (_, k) => ({
			t: T0 + (from + k) * 60_000,
			k: "review",
			card: card(from + k),
			grade: 3,
		}));
	// Brief paths aside (a store learns them from its own answers), every state is the same.
	const snap = (m: Map<string, CardState>) =>
		JSON.stringify([...m.values()].map((c) => ({ ...c, briefPath: "" })).sort((a, b) => (a.id < b.id ? -1 : 1)));

	async function watched(n: number) {
		const app = makeApp("laptop-a1", { [`${FOLDER}/phone-b2.md`]: logText(events(0, n)) });
		const s = store(app, () => T0 + 10 * n * 60_000);
		await s.load();
		// Resolves when the watch has taken in the next change (no fixed sleep).
		let done: () => void = () => undefined;
		const next = () => new Promise<void>((r) => (done = r));
		s.watch(
			() => undefined,
			() => done(),
			0,
		);
		return { app, s, next };
	}

	it("only the new lines are applied: the same counted steps with 1x or 2x the history; the state equals a fresh load", async () => {
		const steps: number[] = [];
		for (const n of [1000, 2000]) {
			const { app, s, next } = await watched(n);
			const before = s.replaySteps;
			const taken = next();
			await app.vault.modify(app.vault.getFileByPath(`${FOLDER}/phone-b2.md`)!, logText(events(0, n + 5)));
			await taken;
			steps.push(s.replaySteps - before);
			expect(snap(s.states())).toBe(snap((await store(app, () => T0 + 10 * n * 60_000).load()).states));
		}
		expect(steps).toEqual([5, 5]);
	});

	it("a log rewritten (not appended to) is replayed in full; older events are slotted in; the state is still right", async () => {
		const { app, s, next } = await watched(100);
		const file = app.vault.getFileByPath(`${FOLDER}/phone-b2.md`)!;
		let taken = next();
		await app.vault.modify(file, logText(events(0, 50)));
		await taken;
		expect(s.states().get(card(1))?.history).toHaveLength(2);
		await s.recordAnswer(answer({ ...cloze(OLD, OLD, "q:1:0"), id: card(1) }, "good", T0 + 500 * 60_000));
		// The phone's next lines are older than this device's answer: slotted into their cards, in the right order.
		taken = next();
		await app.vault.modify(file, logText(events(0, 60)));
		await taken;
		expect(snap(s.states())).toBe(snap((await store(app, () => T0 + 1000 * 60_000).load()).states));
	});
});

describe("incremental state = a fresh load, whatever happens (property)", () => {
	it("answers, undos, relinks, another device's log growing (also with older events), copies, reloads", async () => {
		const op = fc.record({
			kind: fc.constantFrom("answer", "answer", "answer", "undo", "relink", "phone", "phone", "copy", "load"),
			card: fc.integer({ min: 0, max: 3 }),
			grade: fc.constantFrom<Rating>("again", "hard", "good", "easy"),
			dt: fc.integer({ min: 0, max: 2 * DAY }),
			back: fc.integer({ min: 0, max: 3 * DAY }),
		});
		await fc.assert(
			fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
				const phonePath = `${FOLDER}/phone-b2.md`;
				const app = makeApp("laptop-a1", { [phonePath]: logText([]) });
				const clock = { t: T0 };
				const s = store(app, () => clock.t);
				await s.load();
				const id = (c: number) => `${OLD}#q:${c}:0/cloze:a@0`;
				let last: AnswerRecord | null = null;
				for (const o of ops) {
					clock.t += o.dt;
					if (o.kind === "answer") {
						last = answer({ ...cloze(OLD, OLD, `q:${o.card}:0`), id: id(o.card) }, o.grade, clock.t);
						await s.recordAnswer(last);
					} else if (o.kind === "undo" && last) await s.undoAnswer(last);
					else if (o.kind === "relink")
						await s.append({ k: "relink", from: id(o.card), to: id((o.card + 1) % 4), t: clock.t });
					else if (o.kind === "phone") {
						const line = JSON.stringify({
							v: 1,
							t: clock.t - o.back,
							k: "review",
							card: id(o.card),
							grade: 3,
						});
						await app.vault.modify(
							app.vault.getFileByPath(phonePath)!,
							`${app.vault.textOf(phonePath)}${line}\n`,
						);
						await s.refresh([phonePath]);
					} else if (o.kind === "copy")
						app.vault.put(`${FOLDER}/phone-b2 (conflicted copy).md`, app.vault.textOf(phonePath)!);
					else if (o.kind === "load") await s.load();
				}
				await s.whenIdle();
				const snap = (m: Map<string, CardState>) =>
					JSON.stringify(
						[...m.values()].map((c) => ({ ...c, briefPath: "" })).sort((a, b) => (a.id < b.id ? -1 : 1)),
					);
				expect(snap(s.states())).toBe(snap((await store(app, () => clock.t).load()).states));
			}),
			fuzzParams(1403, 40),
		);
	});
});

describe("regressions found by the property above", () => {
	it("answer, another device's review in the same ms, then a relink: no card comes back under its old id", async () => {
		const phonePath = `${FOLDER}/phone-b2.md`;
		const app = makeApp("laptop-a1", { [phonePath]: logText([]) });
		const s = store(app, () => T0);
		await s.load();
		const id = (c: number) => `${OLD}#q:${c}:0/cloze:a@0`;
		await s.recordAnswer(answer({ ...cloze(OLD, OLD, "q:0:0"), id: id(0) }, "again", T0));
		await app.vault.modify(
			app.vault.getFileByPath(phonePath)!,
			logText([{ t: T0, k: "review", card: id(0), grade: 3 }]),
		);
		await s.refresh([phonePath]);
		await s.append({ k: "relink", from: id(0), to: id(1), t: T0 });
		expect([...s.states().keys()]).toEqual([id(1)]);
		expect(s.states().get(id(1))?.history).toHaveLength(2);
		expect([...(await store(app, () => T0).load()).states.keys()]).toEqual([id(1)]);
	});
});

describe("faults", () => {
	it("a torn last line: the next answer starts a new line, both the old and the new review survive", async () => {
		const card = `${OLD}#q:x:0/cloze:a@0`;
		const torn =
			logText([{ t: T0, k: "review", card, grade: 3 }]) +
			JSON.stringify({ v: 1, t: T0 + 1, k: "review", card, grade: 3 }).slice(0, 25);
		const app = makeApp("laptop-a1", { [`${FOLDER}/laptop-a1.md`]: torn });
		const s = store(app);
		expect((await s.load()).problems).toHaveLength(1);
		await s.recordAnswer(answer({ ...cloze(OLD, OLD, "q:x:0"), id: card }, "good", T0 + DAY));
		const fresh = await store(app).load();
		expect(fresh.states.get(card)?.history.map((h) => h.t)).toEqual([T0, T0 + DAY]);
		expect(
			s
				.states()
				.get(card)
				?.history.map((h) => h.t),
		).toEqual([T0, T0 + DAY]);
	});

	it("two devices writing at once each write only their own log; both see every review", async () => {
		const app = makeApp("laptop-a1");
		const a = store(app);
		app.saveLocalStorage(DEVICE_ID_KEY, "phone-b2");
		const b = store(app);
		const card = `${OLD}#q:x:0/cloze:a@0`;
		const q = { ...cloze(OLD, OLD, "q:x:0"), id: card };
		await Promise.all(
			Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).recordAnswer(answer(q, "good", T0 + i * 1000))),
		);
		expect(kinds(app, `${FOLDER}/laptop-a1.md`)).toHaveLength(10);
		expect(kinds(app, `${FOLDER}/phone-b2.md`)).toHaveLength(10);
		expect((await store(app).load()).states.get(card)?.history).toHaveLength(20);
	});

	it("a device log of 200,000 reviews loads; answers still count; nothing lost", async () => {
		const lines: string[] = [];
		for (let i = 0; i < 200_000; i++)
			lines.push(
				serializeEvent({ k: "review", card: `${OLD}#q:${i % 2000}:0/cloze:a@0`, grade: 3, t: T0 + i * 1000 }),
			);
		const app = makeApp("laptop-a1", { [`${FOLDER}/phone-b2.md`]: LOG_HEADER + lines.join("\n") + "\n" });
		const s = store(app, () => T0 + 400 * DAY);
		const { states, problems } = await s.load();
		expect(problems).toEqual([]);
		let total = 0;
		for (const st of states.values()) total += st.history.length;
		expect(total).toBe(200_000);
		const card = `${OLD}#q:7:0/cloze:a@0`;
		expect(await s.recordAnswer(answer({ ...cloze(OLD, OLD, "q:7:0"), id: card }, "good", T0 + 300 * DAY))).toBe(
			true,
		);
		expect(s.states().get(card)?.history).toHaveLength(101);
	});
});
