/**
 * Issue 14 M1/M2 and the EPIPE item: output is streamed in bounded chunks with backpressure, JSON is the same
 * document JSON.stringify would write, no spread over the events, and a closed pipe exits quietly.
 */
import { EventEmitter } from "node:events";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../src/cli/index";
import { CHUNK_CHARS, exitQuietlyOnEpipe, OutStream, Rows, writeJson } from "../../../src/cli/output";
import { labelWidth } from "../../../src/cli/timeline";
import type { HistEvent } from "../../../src/core/model";
import { fuzzParams } from "../../support/fuzz";
import { brief, buildCli, capture, hasControl, tempVault } from "./support";

async function streamed(fields: [string, unknown][], chunkChars?: number) {
	const io = capture();
	await writeJson(new OutStream(io, chunkChars), fields);
	return { text: io.text(), maxChunk: io.maxChunk, writes: io.stdout.length };
}

describe("writeJson", () => {
	it("writes exactly JSON.stringify(doc, null, 2) (plus a line break), rows or not", async () => {
		// Field names are not array indexes, which an object literal would reorder.
		const value = fc.jsonValue({ maxDepth: 3 });
		await fc.assert(
			fc.asyncProperty(
				fc.array(
					fc.tuple(
						fc.string().map((s) => `k${s}`),
						fc.boolean(),
						fc.array(value, { maxLength: 6 }),
					),
					{ maxLength: 4 },
				),
				fc.integer({ min: 1, max: 200 }),
				async (spec, chunk) => {
					const unique = spec.filter(([name], i) => spec.findIndex(([n]) => n === name) === i);
					const fields: [string, unknown][] = unique.map(([name, asRows, items]) => [
						name,
						asRows ? new Rows(items) : items,
					]);
					const doc = Object.fromEntries(unique.map(([name, , items]) => [name, items]));
					const { text } = await streamed(fields, chunk);
					expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
				},
			),
			fuzzParams(14_02, 150),
		);
	});

	it("escapes C1 controls that JSON.stringify leaves raw, and the result parses back to the same text", async () => {
		const { text } = await streamed([["rows", new Rows(["a\u009b31mb", "\u001b[2J"])]]);
		expect(hasControl(text)).toBe(false);
		expect(JSON.parse(text).rows).toEqual(["a\u009b31mb", "\u001b[2J"]);
	});

	it("no chunk grows with the output: 2x the rows, the same largest chunk", async () => {
		const rows = (n: number) =>
			new Rows(Array.from({ length: n }, (_, i) => ({ id: `e:${i}`, text: "x".repeat(100 + (i % 50)) })));
		const small = await streamed([["events", rows(4000)]]);
		const large = await streamed([["events", rows(8000)]]);
		expect(large.text.length).toBeGreaterThan(1.9 * small.text.length);
		expect(small.maxChunk).toBeLessThanOrEqual(CHUNK_CHARS + 400);
		expect(large.maxChunk).toBeLessThanOrEqual(CHUNK_CHARS + 400);
		expect(large.writes).toBeGreaterThan(1.9 * small.writes);
		expect(JSON.parse(large.text).events).toHaveLength(8000);
	});

	it("waits for the destination to drain: never more than one chunk in flight", async () => {
		let inFlight = 0;
		let maxInFlight = 0;
		let chunks = 0;
		const pending: (() => void)[] = [];
		const io = {
			out: () => undefined,
			err: () => undefined,
			write: () => {
				chunks++;
				inFlight++;
				maxInFlight = Math.max(maxInFlight, inFlight);
				return new Promise<void>((res) => pending.push(() => (inFlight--, res())));
			},
		};
		const done = writeJson(new OutStream(io, 100), [
			["rows", new Rows(Array.from({ length: 50 }, (_, i) => ({ i, t: "y".repeat(40) })))],
		]);
		let finished = false;
		void done.then(() => (finished = true));
		// Drain one chunk at a time, as a slow pipe would.
		for (let step = 0; step < 200 && !finished; step++) {
			await Promise.resolve();
			pending.shift()?.();
			await new Promise((r) => setImmediate(r));
		}
		expect(finished).toBe(true);
		expect(chunks).toBeGreaterThan(10);
		expect(maxInFlight).toBe(1);
	});
});

describe("timeline text output (M1)", () => {
	it("the date column's width needs no spread: 300,000 events", () => {
		const events = Array.from(
			{ length: 300_000 },
			(_, i) => ({ date: { label: i === 299_999 ? "12 Mar 1649" : "1917" } }) as unknown as HistEvent,
		);
		expect(labelWidth(events)).toBe(11);
		expect(labelWidth([])).toBe(6);
		expect(labelWidth([{ date: { label: "x".repeat(40) } } as unknown as HistEvent])).toBe(18);
	});
});

describe("a large generated vault through main()", () => {
	let v: ReturnType<typeof tempVault>;
	const notes = (n: number, prefix: string) =>
		Object.fromEntries(
			Array.from({ length: n }, (_, i) => [
				`${prefix}/N${i}.md`,
				brief(
					`# Note ${i}\n\n${Array.from({ length: 20 }, (_, k) => `In ${1500 + k + i} the council met for session ${k}.`).join(" ")}`,
				),
			]),
		);
	beforeAll(() => {
		v = tempVault({ ...notes(100, "Small"), ...notes(100, "Large/A"), ...notes(100, "Large/B") });
	});
	afterAll(() => v.cleanup());

	it("timeline --json is valid JSON and its largest write stays bounded when the output doubles", async () => {
		const runJson = async (dir: string) => {
			const io = capture();
			expect(await main(["timeline", dir, "--json"], io)).toBe(0);
			return { json: JSON.parse(io.text()), size: io.text().length, maxChunk: io.maxChunk };
		};
		const small = await runJson(join(v.dir, "Small"));
		const large = await runJson(join(v.dir, "Large"));
		expect(small.json.events.length).toBe(2000);
		expect(large.json.events.length).toBe(4000);
		expect(large.size).toBeGreaterThan(1.9 * small.size);
		expect(small.size).toBeGreaterThan(4 * CHUNK_CHARS);
		expect(large.maxChunk).toBeLessThanOrEqual(CHUNK_CHARS + 2000);
		expect(large.maxChunk / small.maxChunk).toBeLessThan(1.1);
	});
});

describe("EPIPE", () => {
	it("the handler exits 0 without a word on EPIPE, and reports other errors with exit 1", () => {
		const stream = new EventEmitter();
		const exits: number[] = [];
		const said: string[] = [];
		exitQuietlyOnEpipe(
			stream,
			(c) => exits.push(c),
			(t) => said.push(t),
		);
		stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
		expect(exits).toEqual([0]);
		expect(said).toEqual([]);
		stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }));
		expect(exits).toEqual([0, 1]);
		expect(said[0]).toMatch(/cannot write the output: write EIO/);
	});

	it("`problems --json | head` as a process, the reader gone: exit 0, nothing on stderr", async () => {
		const tmp = mkdtempSync(join(tmpdir(), "sb-cli-bundle-"));
		const big = tempVault(Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`Attachment ${i}.png`, ""])));
		try {
			const cli = buildCli(tmp);
			const child = spawn(process.execPath, [cli, "problems", big.dir, "--json"], {
				stdio: ["ignore", "pipe", "pipe"],
			});
			let err = "";
			child.stderr.on("data", (d) => (err += String(d)));
			// The reader is gone before the first write (as when `head` has already exited): every write fails.
			child.stdout.destroy();
			const code = await new Promise<number | null>((res) => child.on("close", (c) => res(c)));
			expect(err).toBe("");
			expect(code).toBe(0);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
			big.cleanup();
		}
	});
});
