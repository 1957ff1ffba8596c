/**
 * Issue 14 M3: one bad entry never stops the vault walk; it is skipped and reported. No symlink is followed out
 * of the vault; a FIFO named x.md never blocks a command.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVault } from "../../../src/cli/vault";
import { walkVault } from "../../../src/cli/walk";
import { brief, buildCli, run, tempVault } from "./support";

describe("walkVault on a vault with bad entries", () => {
	let v: ReturnType<typeof tempVault>;
	let outside: ReturnType<typeof tempVault>;
	beforeAll(() => {
		v = tempVault({
			"A.md": brief("# A\n\nThe war began in 1914."),
			"Sub/B.md": brief("# B\n\nThe revolution came in 1917."),
			"Sub/image.png": "png",
			".obsidian/Hidden.md": brief("In 1066."),
		});
		outside = tempVault({
			"Secret.md": brief("# Secret\n\nSECRET-TEXT in 1999."),
			"Dir/C.md": brief("# C\n\nIn 1815."),
		});
		symlinkSync(join(v.dir, "nowhere.md"), join(v.dir, "dangling.md"));
		symlinkSync(".", join(v.dir, "Sub", "self"));
		symlinkSync("loop-b", join(v.dir, "loop-a.md"));
		symlinkSync("loop-a.md", join(v.dir, "loop-b"));
		symlinkSync(join(outside.dir, "Secret.md"), join(v.dir, "Outside file.md"));
		symlinkSync(join(outside.dir, "Dir"), join(v.dir, "Outside dir"));
		symlinkSync(join(v.dir, "A.md"), join(v.dir, "Link to A.md"));
		writeFileSync(
			Buffer.concat([Buffer.from(join(v.dir, "caf")), Buffer.from([0xe9]), Buffer.from(".md")]),
			brief("In 1789."),
		);
		execFileSync("mkfifo", [join(v.dir, "pipe.md")]);
	});
	afterAll(() => {
		v.cleanup();
		outside.cleanup();
	});

	it("lists the good files and reports each bad entry with its reason", () => {
		const w = walkVault(v.dir);
		expect(w.files).toEqual(["A.md", "Link to A.md", "Sub/B.md", "Sub/image.png"]);
		const reasons = Object.fromEntries(w.skipped.map((s) => [s.path, s.reason]));
		expect(reasons).toEqual({
			"caf\u00e9.md": "name not UTF-8",
			"dangling.md": "dangling symlink",
			"loop-a.md": "symlink loop",
			"loop-b": "symlink loop",
			"Outside dir": "symlink outside the vault",
			"Outside file.md": "symlink outside the vault",
			"pipe.md": "not a regular file",
			"Sub/self": "symlink loop",
		});
		for (const s of w.skipped)
			expect(w.problems.some((p) => p.path === s.path && p.severity === "warning")).toBe(true);
	});

	it("an unreadable folder is reported and the rest is still read", () => {
		// Running as root, chmod 000 does not stop readdir: the folder reader fails for Sub instead.
		const readdir = (dir: Buffer) => {
			if (dir.toString().endsWith("/Sub"))
				throw Object.assign(new Error("EACCES: permission denied, scandir 'Sub'"), { code: "EACCES" });
			return readdirSync(dir, { encoding: "buffer" });
		};
		const w = walkVault(v.dir, { readdir });
		expect(w.files).toEqual(["A.md", "Link to A.md"]);
		expect(w.skipped).toContainEqual({
			path: "Sub",
			reason: "unreadable",
			detail: expect.stringMatching(/folder cannot be read: EACCES/),
		});
	});

	it("loadVault reads the good notes, never the text outside the vault", () => {
		const vault = loadVault(v.dir);
		expect(vault.briefs.map((b) => b.path)).toEqual(["A.md", "Link to A.md", "Sub/B.md"]);
		expect(JSON.stringify(vault)).not.toContain("SECRET-TEXT");
		expect(vault.skipped).toContainEqual({ path: "Sub/image.png", reason: "not Markdown" });
		// The same walk's file list serves link resolution (attachments included).
		expect(vault.files).toEqual(["A.md", "Link to A.md", "Sub/B.md", "Sub/image.png"]);
	});

	it("a command on it exits 0 as a process, with a FIFO named pipe.md in the vault (no hang)", () => {
		const tmp = mkdtempSync(join(tmpdir(), "sb-cli-bundle-"));
		try {
			const cli = buildCli(tmp);
			const out = execFileSync(process.execPath, [cli, "timeline", v.dir, "--json"], {
				encoding: "utf8",
				timeout: 30000,
			});
			const json = JSON.parse(out);
			expect(json.events.map((e: { date: { label: string } }) => e.date.label).sort()).toEqual([
				"1914",
				"1914",
				"1917",
			]);
			expect(json.problems.map((p: { path: string }) => p.path)).toContain("pipe.md");
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});

describe("quiz NOTE finds its vault", () => {
	let v: ReturnType<typeof tempVault>;
	beforeAll(() => {
		v = tempVault({
			"Vault/.obsidian/app.json": "{}",
			"Vault/Rome/Punic.md": brief(
				"# Punic wars\n\nCarthage fell in 146 BC. Rome fought Carthage from 264 BC. Hannibal crossed the Alps in 218 BC.",
				"dg-publish: true",
			),
			"Loose/Note.md": brief("# Loose\n\nThe war began in 1914. It ended in 1918. The treaty came in 1919."),
			"Loose/Deep/Broken.md": "---\ndg-publish: [true\n---\nIn 1917.\n",
		});
		mkdirSync(join(v.dir, "Empty"));
	});
	afterAll(() => v.cleanup());

	it("a note given as a path inside an Obsidian vault uses the vault root (vault-relative paths)", async () => {
		const r = await run(["quiz", join(v.dir, "Vault", "Rome", "Punic.md"), "--json", "--seed", "1"]);
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out);
		expect(json.brief).toBe("Rome/Punic.md");
		for (const q of json.questions) expect(q.source.path).toBe("Rome/Punic.md");
	});

	it("a note outside any vault reads only its own folder, not the tree below it", async () => {
		const r = await run(["quiz", join(v.dir, "Loose", "Note.md"), "--json", "--seed", "1"]);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).brief).toBe("Note.md");
		const { locateNote } = await import("../../../src/cli/quiz");
		expect(locateNote(join(v.dir, "Loose", "Note.md"), undefined)).toMatchObject({
			path: "Note.md",
			shallow: true,
		});
		const shallow = loadVault(join(v.dir, "Loose"), { shallow: true });
		expect(shallow.notes.map((n) => n.path)).toEqual(["Note.md"]);
	});

	it("a missing or non-folder --vault says so (exit 2), not 'no such note'", async () => {
		const missing = await run(["quiz", "Rome/Punic.md", "--vault", join(v.dir, "nope")]);
		expect(missing.code).toBe(2);
		expect(missing.err).toMatch(/not a folder: .*nope \(--vault\)/);
		const file = await run(["quiz", "Rome/Punic.md", "--vault", join(v.dir, "Loose", "Note.md")]);
		expect(file.code).toBe(2);
		expect(file.err).toMatch(/not a folder/);
		const elsewhere = await run(["quiz", join(v.dir, "Loose", "Note.md"), "--vault", join(v.dir, "Vault")]);
		expect(elsewhere.code).toBe(2);
		expect(elsewhere.err).toMatch(/not inside the vault/);
	});

	it("NOTE relative to the default vault (examples/vault) works without --vault", async () => {
		const r = await run(["quiz", "Roman Republic/The Punic Wars.md", "--json", "--seed", "1"]);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).brief).toBe("Roman Republic/The Punic Wars.md");
	});

	it("--count 0 is refused with exit 2", async () => {
		const r = await run(["quiz", join(v.dir, "Loose", "Note.md"), "--count", "0"]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/--count must be at least 1/);
	});
});
