/** The date-engine benchmark on 1,000 paragraphs: ours must beat plain chrono.parse and find more. */
import process from "node:process";
import { expect, test } from "vitest";
import { benchDates, splitSentences, syntheticParagraphs } from "../../../bench/dates";

test("synthetic paragraphs are deterministic and split into sentences", () => {
	expect(syntheticParagraphs(5)).toEqual(syntheticParagraphs(5));
	expect(splitSentences("It dates to c. 1150. Sept. 1–3, 1939 saw war. Then peace!")).toEqual([
		"It dates to c. 1150.", "Sept. 1–3, 1939 saw war.", "Then peace!",
	]);
});

test("benchDates on 1,000 paragraphs: faster than plain chrono", async () => {
	const r = await benchDates({ paragraphs: 1000, rounds: 5 });
	process.stdout.write(`dates bench (1,000 paragraphs): ${JSON.stringify(r)}\n`);
	expect(r.paragraphs).toBe(1000);
	// CPU time: the machine is shared, wall-clock time also measures everyone else's jobs.
	expect(r.oursCpuMs).toBeLessThan(r.peerCpuMs);
	expect(r.sentencesOnlyOurs).toBeGreaterThan(0);
	expect(r.oursDates).toBeGreaterThan(0);
});
