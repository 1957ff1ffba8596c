/**
 * Quote-reader evaluation on real public notes (tests/eval/quotes, issue 17). The in-repository notes (permissive
 * licences) always run; the "labels only" notes run when scripts/eval-fetch.mjs quotes has fetched them into the
 * git-ignored cache. Prints recall, precision and speaker accuracy for the tuning set and the held-out set.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief/index";
import { emptyScore, ratios, sameSpeaker, scoreNote, type NoteLabels, type Score } from "../../eval/quotes/score";

const ROOT = join(__dirname, "../../eval/quotes");
const LABELS = (JSON.parse(readFileSync(join(ROOT, "labels.json"), "utf8")) as { notes: NoteLabels[] }).notes;

function run(notes: NoteLabels[]): Score {
	const score = emptyScore();
	for (const n of notes) {
		const text = readFileSync(join(ROOT, n.file), "utf8");
		const brief = parseBrief({ path: n.file, text });
		scoreNote(n, brief.quotes, score);
	}
	return score;
}

function report(name: string, s: Score): ReturnType<typeof ratios> {
	const r = ratios(s);
	const pct = (x: number): string => (x * 100).toFixed(1) + "%";
	console.log(
		`[quote eval] ${name}: recall ${s.found}/${s.labelled} = ${pct(r.recall)}, precision ${s.truePositives}/${s.predicted} = ${pct(r.precision)}, speaker ${s.speakerRight}/${s.withSpeaker} = ${pct(r.speaker)}`,
	);
	if (process.env.QUOTE_EVAL_VERBOSE)
		console.log(
			[
				...s.misses.map((m) => "miss " + m),
				...s.falsePositives.map((m) => "extra " + m),
				...s.wrongSpeakers.map((m) => "speaker " + m),
			].join("\n"),
		);
	return r;
}

describe("quote evaluation set", () => {
	it("has at least 20 notes and 80 labelled quotations, with 8 notes in the repository", () => {
		expect(LABELS.length).toBeGreaterThanOrEqual(20);
		expect(LABELS.reduce((n, l) => n + l.quotes.length, 0)).toBeGreaterThanOrEqual(80);
		expect(LABELS.filter((l) => l.file.startsWith("notes/")).length).toBeGreaterThanOrEqual(8);
	});

	it("labels point at the lines they name (in-repository notes)", () => {
		for (const n of LABELS.filter((l) => l.file.startsWith("notes/"))) {
			const lines = readFileSync(join(ROOT, n.file), "utf8").split("\n");
			for (const [line, start] of [...n.quotes, ...n.not]) {
				const plain = (s: string): string =>
					s
						.replace(/[*_`\\]/g, "")
						.replace(/[\u201c\u201d]/g, '"')
						.replace(/[\u2018\u2019]/g, "'")
						.toLowerCase();
				expect(plain(lines[line - 1] ?? ""), `${n.file}:${line}`).toContain(plain(start).slice(0, 20));
			}
		}
	});

	it("speaker matching accepts a surname for a full name and nothing else", () => {
		expect(sameSpeaker("Winston Churchill", "Churchill")).toBe(true);
		expect(sameSpeaker("Lee", "Robert E. Lee")).toBe(true);
		expect(sameSpeaker("Mr Birling", "Mrs Birling")).toBe(false);
		expect(sameSpeaker("Holmes", undefined)).toBe(false);
		expect(sameSpeaker("Winston Churchill", "Winston Spencer Churchill")).toBe(true);
		expect(sameSpeaker("Winston Churchill", "Randolph Churchill")).toBe(false);
		expect(sameSpeaker("Spencer Churchill", "Winston Churchill")).toBe(false);
	});

	it("in-repository notes: reader reaches the recorded floor", () => {
		// The notes added in 2026-12 are held out: reported with the held-out sets, not in this floor.
		const r = report("in-repo", run(LABELS.filter((l) => l.file.startsWith("notes/") && !l.added)));
		expect(r.recall).toBeGreaterThanOrEqual(FLOOR.inRepo.recall);
		expect(r.precision).toBeGreaterThanOrEqual(FLOOR.inRepo.precision);
		expect(r.speaker).toBeGreaterThanOrEqual(FLOOR.inRepo.speaker);
	});

	const cached = LABELS.filter((l) => l.file.startsWith("cache/") && existsSync(join(ROOT, l.file)));
	it(`all fetched notes (${cached.length} cached): tuning and held-out sets reach the recorded floor`, () => {
		const all = LABELS.filter((l) => l.file.startsWith("notes/") || cached.includes(l));
		const tune = report("tuning", run(all.filter((l) => !l.heldout)));
		const held = report("held-out", run(all.filter((l) => l.heldout && !l.added)));
		// The 2026-12 notes were held out, then used as development data by the quotes-recall work (labels.json "about").
		const fresh = report("development, 2026-12", run(all.filter((l) => l.added === "2026-12")));
		if (cached.length < LABELS.filter((l) => l.file.startsWith("cache/")).length) return;
		expect(tune.recall).toBeGreaterThanOrEqual(FLOOR.tuning.recall);
		expect(tune.precision).toBeGreaterThanOrEqual(FLOOR.tuning.precision);
		expect(tune.speaker).toBeGreaterThanOrEqual(FLOOR.tuning.speaker);
		expect(held.recall).toBeGreaterThanOrEqual(FLOOR.heldout.recall);
		expect(held.precision).toBeGreaterThanOrEqual(FLOOR.heldout.precision);
		expect(held.speaker).toBeGreaterThanOrEqual(FLOOR.heldout.speaker);
		expect(fresh.recall).toBeGreaterThanOrEqual(FLOOR.heldoutNew.recall);
		expect(fresh.precision).toBeGreaterThanOrEqual(FLOOR.heldoutNew.precision);
		expect(fresh.speaker).toBeGreaterThanOrEqual(FLOOR.heldoutNew.speaker);
	});
});

/** What the reader reaches today (never lower it; raise it as the reader improves). Targets: 0.85 / 0.95 / 0.90. */
const FLOOR = {
	inRepo: { recall: 0.98, precision: 0.98, speaker: 0.95 },
	tuning: { recall: 0.98, precision: 0.99, speaker: 0.97 },
	heldout: { recall: 0.94, precision: 1, speaker: 0.96 },
	// Labelled in 2026-12 before the reader saw them; development data since the quotes-recall work (was 0.5 / 1 / 0.87).
	heldoutNew: { recall: 0.95, precision: 1, speaker: 0.95 },
};
