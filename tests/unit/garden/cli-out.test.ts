/**
 * Issue 14, CLI `garden`: only its own pages are ever removed, and then into --out/.trash (M4); no symbolic
 * link inside --out is followed (L2); `--out VAULT` leaves the vault's own pages alone; pages follow the
 * garden's publisher key, not the other publish keys (G2); embedded unpublished notes are named (G1).
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGarden } from "../../../src/cli/garden";
import type { CliIO } from "../../../src/cli/io";

const VAULT = new URL("../../../examples/vault", import.meta.url).pathname;
const TODAY = new Date("2026-11-28T12:00:00Z");

function io() {
	const out: string[] = [];
	const err: string[] = [];
	const cli: CliIO = { out: (t) => out.push(t), err: (t) => err.push(t) };
	return { cli, out, err, all: () => [...out, ...err].join("\n") };
}

const dirs: string[] = [];
function tmp(): string {
	const d = mkdtempSync(join(tmpdir(), "sb-garden-out-"));
	dirs.push(d);
	return d;
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A vault with two published briefs, so unpublishing one makes its quiz page stale. */
function twoBriefVault(): string {
	const v = tmp();
	writeFileSync(
		join(v, "Rome.md"),
		[
			"---",
			"dg-publish: true",
			"---",
			"# Rome",
			"",
			"- **Founding:** Romulus founded the city in 753 BC.",
			"- **Republic:** The Romans expelled their last king in 509 BC.",
			"- **Cannae:** Hannibal destroyed a Roman army at Cannae in 216 BC.",
			"- **Caesar:** Julius Caesar was assassinated on 15 March 44 BC.",
			"- **Augustus:** Octavian took the name Augustus in 27 BC.",
			"",
		].join("\n"),
	);
	writeFileSync(
		join(v, "Russia.md"),
		[
			"---",
			"dg-publish: true",
			"---",
			"# Russia",
			"",
			"- **Emancipation:** Alexander II freed the serfs in 1861.",
			"- **Bloody Sunday:** Troops fired on marching workers in January 1905.",
			"- **Abdication:** Nicholas II gave up the throne in March 1917.",
			"- **Brest-Litovsk:** The Bolsheviks made peace with Germany in March 1918.",
			"- **NEP:** Lenin announced the New Economic Policy in 1921.",
			"",
		].join("\n"),
	);
	return v;
}

function unpublish(v: string, note: string): void {
	writeFileSync(join(v, note), readFileSync(join(v, note), "utf8").replace("dg-publish: true", "dg-publish: false"));
}

const run = (v: string, out: string, dryRun = false) => {
	const a = io();
	return runGarden(v, { out, dryRun, today: TODAY }, a.cli).then((code) => ({ code, ...a }));
};

describe("garden --out: removes only its own pages, into the trash (M4)", () => {
	it("a stale page it wrote is moved to .trash; a user's marked copy and an edited page are kept", async () => {
		const v = twoBriefVault();
		const out = join(tmp(), "site");
		expect((await run(v, out)).code).toBe(0);
		const quiz = readFileSync(join(out, "Quizzes/Rome - quiz.md"), "utf8");
		// The user's annotated copy carries the marker too: it must survive.
		writeFileSync(
			join(out, "My copy of timeline.md"),
			`${readFileSync(join(out, "Timeline.md"), "utf8")}\nMy notes.\n`,
		);
		unpublish(v, "Rome.md");
		const r = await run(v, out);
		expect(r.code).toBe(0);
		expect(existsSync(join(out, "Quizzes/Rome - quiz.md"))).toBe(false);
		expect(readFileSync(join(out, ".trash/Quizzes/Rome - quiz.md"), "utf8")).toBe(quiz);
		expect(readFileSync(join(out, "My copy of timeline.md"), "utf8")).toContain("My notes.");
		expect(r.out.join("\n")).toContain("kept My copy of timeline.md");
		const manifest = JSON.parse(readFileSync(join(out, ".study-briefs-pages.json"), "utf8")) as {
			pages: Record<string, string>;
		};
		expect(Object.keys(manifest.pages)).not.toContain("Quizzes/Rome - quiz.md");
		expect(Object.keys(manifest.pages)).toContain("Quizzes/Russia - quiz.md");
	});

	it("a page edited by hand since it was written is kept when stale, and copied to the trash before an overwrite", async () => {
		const v = twoBriefVault();
		const out = join(tmp(), "site");
		await run(v, out);
		const edited = `${readFileSync(join(out, "Quizzes/Rome - quiz.md"), "utf8")}\nMy answer notes.\n`;
		writeFileSync(join(out, "Quizzes/Rome - quiz.md"), edited);
		const timeline = `${readFileSync(join(out, "Timeline.md"), "utf8")}\nMy timeline notes.\n`;
		writeFileSync(join(out, "Timeline.md"), timeline);
		unpublish(v, "Rome.md");
		const r = await run(v, out);
		expect(readFileSync(join(out, "Quizzes/Rome - quiz.md"), "utf8")).toBe(edited);
		expect(r.out.join("\n")).toContain(
			"kept Quizzes/Rome - quiz.md: no published brief produces it any more, but it was edited since it was written",
		);
		// Timeline.md changed (Rome left it): rewritten, the hand-edited text kept in the trash.
		expect(readFileSync(join(out, "Timeline.md"), "utf8")).not.toContain("My timeline notes.");
		expect(readFileSync(join(out, ".trash/Timeline.md"), "utf8")).toBe(timeline);
	});

	it("--dry-run names what would move to the trash and moves nothing", async () => {
		const v = twoBriefVault();
		const out = join(tmp(), "site");
		await run(v, out);
		unpublish(v, "Rome.md");
		const r = await run(v, out, true);
		expect(r.out).toContain(
			"  would move Quizzes/Rome - quiz.md to .trash/ (no published brief produces it any more)",
		);
		expect(existsSync(join(out, "Quizzes/Rome - quiz.md"))).toBe(true);
		expect(existsSync(join(out, ".trash"))).toBe(false);
	});

	it("--out VAULT never touches the vault's own Study pages/ (the attack's reproduction)", async () => {
		const v = tmp();
		cpSync(VAULT, v, { recursive: true });
		await run(v, join(tmp(), "pages"));
		expect((await run(v, join(v, "Study pages"))).code).toBe(0);
		const before = readdirSync(join(v, "Study pages"), { recursive: true }).map(String).sort();
		const r = await run(v, v);
		expect(r.code).toBe(0);
		expect(readdirSync(join(v, "Study pages"), { recursive: true }).map(String).sort()).toEqual(before);
		expect(existsSync(join(v, ".trash"))).toBe(false);
		expect(r.out.join("\n")).not.toMatch(/moved .* to/);
	});
});

describe("garden --out: symbolic links are never followed (L2)", () => {
	it("a linked Quizzes folder and a linked Timeline.md are refused, nothing is written outside --out, exit 1", async () => {
		const v = twoBriefVault();
		const out = join(tmp(), "site");
		const outside = tmp();
		mkdirSync(out);
		symlinkSync(outside, join(out, "Quizzes"));
		writeFileSync(join(outside, "target.md"), "---\nstudy-briefs-generated: true\n---\nmine\n");
		symlinkSync(join(outside, "target.md"), join(out, "Timeline.md"));
		const r = await run(v, out);
		expect(r.code).toBe(1);
		expect(readdirSync(outside)).toEqual(["target.md"]);
		expect(readFileSync(join(outside, "target.md"), "utf8")).toBe("---\nstudy-briefs-generated: true\n---\nmine\n");
		expect(r.err.join("\n")).toContain("not written: Timeline.md: a symbolic link is in the way (never followed)");
		expect(r.err.join("\n")).toContain("not written: Quizzes/Rome - quiz.md: a symbolic link is in the way");
		const index = readFileSync(join(out, "Study pages.md"), "utf8");
		expect(index).not.toContain("[[Timeline");
		expect(index).not.toContain("quiz");
	});
});

describe("garden: whose pages (G2) and what leaks (G1)", () => {
	it("a note published only under another publish key feeds no page and is not linked", async () => {
		const v = tmp();
		mkdirSync(join(v, ".obsidian/plugins/study-briefs"), { recursive: true });
		writeFileSync(
			join(v, ".obsidian/plugins/study-briefs/data.json"),
			JSON.stringify({ extraPublishKeys: ["share"] }),
		);
		writeFileSync(
			join(v, "Public.md"),
			"---\ndg-publish: true\n---\n# Public\n\nIn 1917 PUBLICWORD happened; see [[Shared]].\n",
		);
		writeFileSync(
			join(v, "Shared.md"),
			'---\nshare: true\n---\n# Shared\n\nIn 1918 SHAREDWORD happened.\n\n**Key Quotes:**\n- "SHAREDQUOTE" — X\n',
		);
		const out = join(tmp(), "site");
		const r = await run(v, out);
		expect(r.code).toBe(0);
		const all = readdirSync(out, { recursive: true })
			.map(String)
			.filter((f) => f.endsWith(".md"))
			.map((f) => readFileSync(join(out, f), "utf8"))
			.join("\n");
		expect(all).toContain("PUBLICWORD");
		expect(all).not.toContain("SHAREDWORD");
		expect(all).not.toContain("SHAREDQUOTE");
		expect(all).not.toContain("[[Shared");
		expect(r.out.at(-1)).toMatch(/^1 published briefs/);
	});

	it("names every published brief that embeds an unpublished note, and the note", async () => {
		const v = tmp();
		writeFileSync(join(v, "Brief.md"), "---\ndg-publish: true\n---\n# Brief\n\nIn 1917 x. ![[Private]]\n");
		writeFileSync(join(v, "Private.md"), "secret\n");
		const r = await run(v, join(tmp(), "site"));
		expect(r.err).toContain(
			"  warning: Brief.md embeds Private.md, which is not published: the garden would publish its text inside the brief",
		);
		expect(r.out.at(-1)).toContain("1 embedded unpublished note");
	});
});
