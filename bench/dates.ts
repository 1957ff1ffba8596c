/**
 * Benchmark of the history date engine over synthetic brief paragraphs, side by side in one run:
 *   floor = only splitting paragraphs into sentences,
 *   peer  = plain chrono.parse (casual, default configuration) over each paragraph,
 *   ours  = findDates per sentence through a DateReader (anchor carried across a note's paragraphs).
 * Reports ms per 1,000 paragraphs, the ratios ours/floor and ours/peer, and the dates each one found.
 */
import * as chrono from "chrono-node";
import process from "node:process";
import { createDateReader } from "../src/core/dates";
import { mulberry32 } from "../src/core/quiz/rng";

export interface DatesBenchResult {
	paragraphs: number;
	sentences: number;
	/** Wall-clock ms per 1,000 paragraphs (best of the rounds). */
	floorMs: number;
	peerMs: number;
	oursMs: number;
	/** CPU ms (user + system) per 1,000 paragraphs (best of the rounds): steadier on a shared machine. */
	floorCpuMs: number;
	peerCpuMs: number;
	oursCpuMs: number;
	/** Ratios of the wall-clock times. */
	oursOverFloor: number;
	oursOverPeer: number;
	/** Ratios of the CPU times. */
	oursOverFloorCpu: number;
	oursOverPeerCpu: number;
	/** Results found by each (chrono counts every result, including times and "Today"). */
	peerDates: number;
	oursDates: number;
	/** Sentences with a date of ours where chrono found nothing. */
	sentencesOnlyOurs: number;
	/** Sentences where chrono found something and we found nothing (its false positives, mostly). */
	sentencesOnlyPeer: number;
	rounds: number;
}

const MONTHS = [
	"January",
	"February",
	"March",
	"April",
	"May",
	"June",
	"July",
	"August",
	"September",
	"October",
	"November",
	"December",
];
const NAMES = [
	"Roosevelt",
	"Litvinov",
	"Stalin",
	"the Senate",
	"the Tsar",
	"Caesar",
	"the council",
	"the delegates",
	"Lenin",
	"Pompey",
];
const PLAIN = [
	"{N} argued that recognition would open new markets for American goods.",
	"Historians still debate how far {N} understood the consequences.",
	"The negotiations addressed debts, propaganda and the rights of Americans abroad.",
	"Critics feared that trade would never reach the promised levels.",
	"The agreement was short-lived, and relations soured again.",
	"Public opinion remained divided between business interests and religious groups.",
	"This shift reflected a pragmatic reading of the balance of power.",
	"**Background:** {N} had long opposed any formal contact with the new regime.",
	"Today, historians still debate the pact.",
	"The treaty had 14 articles and cost $2,000,000.",
	"After nearly 16 years of non-recognition, the two countries exchanged ambassadors.",
	"The regiment lost 1200 men in the first assault.",
	"At 10:30 the delegates met in the hall.",
	"The March Revolution toppled the Tsar.",
	"See pages 207-246 for the full text of the notes.",
];
const DATED = [
	"The U.S. severed diplomatic ties with Russia in {Y}.",
	"Negotiations in {M} {Y} addressed key obstacles.",
	"{N} and Litvinov exchanged notes on {M} {D}, {Y}.",
	"In {M} they exchanged ambassadors.",
	"The agreements of {Y} were short-lived.",
	"Caesar crossed the Rubicon in {B} BC.",
	"The famine of {Y}–{Y2} devastated the countryside.",
	"{N} ruled from {Y} to {Y2}.",
	"The Great Depression dominated the {DEC}s.",
	"Trade collapsed in the mid-{DEC}s.",
	"The city was founded in the fifth century BC.",
	"The 19th century saw the abolition of serfdom.",
	"The manuscript dates to c. {Y}.",
	"The October Revolution took place on 7 November (25 October O.S.) 1917.",
	"Spring {Y} brought fresh tension on the border.",
	"Between {Y} and {Y2}, industrial output doubled.",
	"The Tang dynasty (618–907) was a golden age.",
	"Vesuvius buried Pompeii in AD 79.",
	"The blockade lasted from June 1948 to May 1949.",
	"The treaty was signed on {D} {M} {Y}.",
];

function fill(t: string, r: () => number): string {
	const y = 1700 + Math.floor(r() * 300);
	return t
		.replace(/\{N\}/g, () => NAMES[Math.floor(r() * NAMES.length)])
		.replace(/\{M\}/g, () => MONTHS[Math.floor(r() * 12)])
		.replace(/\{D\}/g, () => String(1 + Math.floor(r() * 28)))
		.replace(/\{Y2\}/g, () => String(y + 1 + Math.floor(r() * 8)))
		.replace(/\{Y\}/g, () => String(y))
		.replace(/\{B\}/g, () => String(30 + Math.floor(r() * 700)))
		.replace(/\{DEC\}/g, () => String(Math.floor(y / 10) * 10));
}

/** 3-6 sentences each; about one sentence in four carries a date (typical of the seed brief). */
export function syntheticParagraphs(n: number, seed = 1933): string[] {
	const prng = mulberry32(seed);
	const r = (): number => prng.next();
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		const k = 3 + Math.floor(r() * 4);
		const sentences: string[] = [];
		for (let j = 0; j < k; j++) {
			const pool = r() < 0.27 ? DATED : PLAIN;
			const sentence = fill(pool[Math.floor(r() * pool.length)], r);
			sentences.push(sentence[0].toUpperCase() + sentence.slice(1));
		}
		out.push(sentences.join(" "));
	}
	return out;
}

const ABBREV =
	/(?:\b(?:c|ca|Sept|Sep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec|St|Mr|Mrs|Dr|p|pp|no|vol|U\.S|O\.S|N\.S|B\.C|A\.D|B\.C\.E|C\.E|e\.g|i\.e|etc|cf)|\b[A-Z])$/;
const BOUNDARY = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9*])/g;

/** Sentence splitter (no lookbehind): ends at . ! ? followed by space and a capital, except after abbreviations. */
export function splitSentences(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	BOUNDARY.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = BOUNDARY.exec(text)) !== null) {
		const before = text.slice(Math.max(start, m.index - 8), m.index);
		if (text[m.index] === "." && ABBREV.test(before)) continue;
		out.push(text.slice(start, m.index + 1));
		start = m.index + m[0].length;
	}
	if (start < text.length) out.push(text.slice(start));
	return out;
}

/** [wall ms, cpu ms] of one call. */
function time(fn: () => void): [number, number] {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	fn();
	const wall = performance.now() - t0;
	const c = process.cpuUsage(c0);
	return [wall, (c.user + c.system) / 1000];
}

export async function benchDates(opts: { paragraphs?: number; rounds?: number } = {}): Promise<DatesBenchResult> {
	const n = opts.paragraphs ?? 10000;
	const rounds = opts.rounds ?? 3;
	const paragraphs = syntheticParagraphs(n);
	const NOTE = 20; // paragraphs per note: the reader (and its anchor) is per note
	let sentences = 0;
	let peerDates = 0;
	let oursDates = 0;
	const floor = (): void => {
		sentences = 0;
		for (const p of paragraphs) sentences += splitSentences(p).length;
	};
	const peer = (): void => {
		peerDates = 0;
		for (const p of paragraphs) peerDates += chrono.parse(p).length;
	};
	const ours = (): void => {
		oursDates = 0;
		let reader = createDateReader();
		paragraphs.forEach((p, i) => {
			if (i % NOTE === 0) reader = createDateReader();
			for (const s of splitSentences(p)) oursDates += reader.read(s).length;
		});
	};
	// Warm up all three (JIT, chrono's lazily built instance), then interleave the timed rounds.
	const warm = paragraphs.slice(0, 200);
	for (const p of warm) {
		splitSentences(p);
		chrono.parse(p);
		createDateReader().read(p);
	}
	const best = { floor: Infinity, peer: Infinity, ours: Infinity };
	const cpu = { floor: Infinity, peer: Infinity, ours: Infinity };
	for (let r = 0; r < rounds; r++) {
		for (const [name, fn] of [
			["floor", floor],
			["peer", peer],
			["ours", ours],
		] as const) {
			const [wall, c] = time(fn);
			best[name] = Math.min(best[name], wall);
			cpu[name] = Math.min(cpu[name], c);
		}
		await Promise.resolve();
	}
	let onlyOurs = 0;
	let onlyPeer = 0;
	for (const p of paragraphs.slice(0, Math.min(n, 2000))) {
		const reader = createDateReader();
		for (const s of splitSentences(p)) {
			const a = reader.read(s).length > 0;
			const b = chrono.parse(s).length > 0;
			if (a && !b) onlyOurs++;
			if (b && !a) onlyPeer++;
		}
	}
	const per1000 = (ms: number): number => Math.round((ms * 1000 * 100) / n) / 100;
	return {
		paragraphs: n,
		sentences,
		floorMs: per1000(best.floor),
		peerMs: per1000(best.peer),
		oursMs: per1000(best.ours),
		floorCpuMs: per1000(cpu.floor),
		peerCpuMs: per1000(cpu.peer),
		oursCpuMs: per1000(cpu.ours),
		oursOverFloor: Math.round((best.ours / best.floor) * 100) / 100,
		oursOverPeer: Math.round((best.ours / best.peer) * 1000) / 1000,
		oursOverFloorCpu: Math.round((cpu.ours / cpu.floor) * 100) / 100,
		oursOverPeerCpu: Math.round((cpu.ours / cpu.peer) * 1000) / 1000,
		peerDates,
		oursDates,
		sentencesOnlyOurs: onlyOurs,
		sentencesOnlyPeer: onlyPeer,
		rounds,
	};
}
