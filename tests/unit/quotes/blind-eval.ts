/**
 * What the blind quote batches share (eval-blind.test.ts, eval-blind-c.test.ts): reading SOURCES.tsv, scoring notes
 * with the reader, printing a batch's figures, and the plain-text comparison of a label with its line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseBrief } from "../../../src/core/brief/index";
import { emptyScore, ratios, scoreNote, type NoteLabels, type Score } from "../../eval/quotes/score";

export const ROOT = join(__dirname, "../../eval/quotes");

/** Rows of a SOURCES.tsv as objects keyed by its header. */
export function rows(path: string): Record<string, string>[] {
	const [head, ...body] = readFileSync(path, "utf8")
		.split(/\r?\n/)
		.filter((r) => r.trim())
		.map((r) => r.split("\t"));
	return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
}

/** The reader's quotes of each note, scored against its labels. */
export function run(notes: NoteLabels[]): Score {
	const score = emptyScore();
	for (const n of notes) {
		const text = readFileSync(join(ROOT, n.file), "utf8");
		scoreNote(n, parseBrief({ path: n.file, text }).quotes, score);
	}
	return score;
}

/** Prints one line of figures (and, with QUOTE_EVAL_VERBOSE, every miss) for `batch`. */
export function report(batch: string, name: string, s: Score): ReturnType<typeof ratios> {
	const r = ratios(s);
	const pct = (x: number): string => (x * 100).toFixed(1) + "%";
	console.log(
		`[quote eval] blind ${batch}, ${name}: recall ${s.found}/${s.labelled} = ${pct(r.recall)}, precision ${s.truePositives}/${s.predicted} = ${pct(r.precision)}, speaker ${s.speakerRight}/${s.withSpeaker} = ${pct(r.speaker)}`,
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

/** Same comparison as the in-repository check of eval.test.ts, with any run of white space (a no-break space too) as one. */
export const plain = (s: string): string =>
	s
		.replace(/[*_`\\]/g, "")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/\s+/g, " ")
		.toLowerCase();
