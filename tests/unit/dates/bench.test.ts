/**
 * A smoke run of the date-engine benchmark (200 paragraphs): it runs, finds more dates than plain chrono.parse,
 * and reports its timings. Whether ours is faster than chrono is a benchmark figure (`npm run bench`), not a
 * test assertion: a timing comparison in `npm test` fails on a busy machine.
 */
import process from "node:process";
import { expect, test } from "vitest";
import { benchDates, splitSentences, syntheticParagraphs } from "../../../bench/dates";

test("synthetic paragraphs are deterministic and split into sentences", () => {
	expect(syntheticParagraphs(5)).toEqual(syntheticParagraphs(5));
	expect(splitSentences("It dates to c. 1150. Sept. 1–3, 1939 saw war. Then peace!")).toEqual([
		"It dates to c. 1150.",
		"Sept. 1–3, 1939 saw war.",
		"Then peace!",
	]);
});

test("benchDates smoke run on 200 paragraphs: finds dates chrono misses, reports both timings", async () => {
	const r = await benchDates({ paragraphs: 200, rounds: 1 });
	process.stdout.write(`dates bench smoke (200 paragraphs): ${JSON.stringify(r)}\n`);
	expect(r.paragraphs).toBe(200);
	expect(r.oursCpuMs).toBeGreaterThan(0);
	expect(r.peerCpuMs).toBeGreaterThan(0);
	expect(r.sentencesOnlyOurs).toBeGreaterThan(0);
	expect(r.oursDates).toBeGreaterThan(0);
});
