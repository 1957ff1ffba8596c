// Behaviour-unchanged check: builds the CLI at a git ref (default 93e190f) and from the working tree, runs
// `timeline`, `quotes`, `quiz --json` (every note), `garden --dry-run` and the garden
// pages themselves (written into a temp folder) over examples/vault and the shared
// corpus, and diffs what each printed. Exit 0 when every output is identical, 1 when one differs.
//
//   node scripts/same-output.mjs [--ref REF] [--shared DIR] [--keep]
//   npm run check:same-output -- --ref main
//
// Both builds run with the same fixed clock (a preload pins Date to SAME_OUTPUT_NOW, default
// 2026-12-04T12:00:00Z) and the same --seed, so the quiz and the garden are reproducible. The ref is
// exported with `git archive` into a temp folder that reuses this checkout's node_modules, so no branch
// or worktree changes; its build is kept (keyed by commit) for the next run.
import { execFileSync, spawnSync } from "node:child_process";
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import esbuild from "esbuild";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const repo = resolve(import.meta.dirname, "..");
const ref = opt("--ref", "93e190f");
const sharedDir = resolve(repo, opt("--shared", "../shared"));
const NOW = process.env.SAME_OUTPUT_NOW ?? "2026-12-04T12:00:00Z";
const SEED = "20261204";

const git = (...a) => execFileSync("git", a, { cwd: repo, encoding: "utf8" }).trim();
const commit = git("rev-parse", "--verify", `${ref}^{commit}`);
const work = join(tmpdir(), "study-briefs-same-output");
mkdirSync(work, { recursive: true });

/** Bundles src/cli/index.ts of the source tree at `root` into `outfile`. */
async function buildCli(root, outfile) {
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: [join(root, "src/cli/index.ts")],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		logLevel: "warning",
		nodePaths: [join(repo, "node_modules")],
		outfile,
	});
}

async function buildAtRef() {
	const out = join(work, `cli-${commit.slice(0, 12)}.js`);
	if (existsSync(out)) return out;
	const src = join(work, `src-${commit.slice(0, 12)}`);
	rmSync(src, { recursive: true, force: true });
	mkdirSync(src, { recursive: true });
	execFileSync("sh", ["-c", `git archive ${commit} src package.json | tar -x -C "${src}"`], { cwd: repo });
	symlinkSync(join(repo, "node_modules"), join(src, "node_modules"));
	await buildCli(src, out);
	if (!args.includes("--keep")) rmSync(src, { recursive: true, force: true });
	return out;
}

/** Pins `new Date()` and `Date.now()` for the CLI run: both builds see the same "today". */
function clockPreload() {
	const file = join(work, "fixed-clock.cjs");
	writeFileSync(
		file,
		`const NOW = Date.parse(${JSON.stringify(NOW)});
const Real = Date;
class Fixed extends Real { constructor(...a) { if (a.length === 0) super(NOW); else super(...a); } static now() { return NOW; } }
globalThis.Date = Fixed;
`,
	);
	return file;
}

function notesIn(dir) {
	return filesIn(dir).filter((f) => f.endsWith(".md"));
}

function filesIn(dir) {
	const out = [];
	const walk = (d) => {
		for (const name of readdirSync(d).sort()) {
			if (name.startsWith(".")) continue;
			const full = join(d, name);
			if (statSync(full).isDirectory()) walk(full);
			else out.push(relative(dir, full).split("\\").join("/"));
		}
	};
	walk(dir);
	return out;
}

/** Every command to compare: [label, argv]. `anyNote` for folders of notes without a publish key. */
function commands(vault, anyNote) {
	const any = anyNote ? ["--any-note"] : [];
	const list = [
		["timeline", ["timeline", vault, ...any]],
		["timeline --json", ["timeline", vault, "--json", ...any]],
		["quotes", ["quotes", vault, ...any]],
		["quotes --json", ["quotes", vault, "--json", ...any]],
		["garden --dry-run", ["garden", vault, "--out", join(work, "garden-out"), "--dry-run"]],
		// The pages themselves (the dry run only names them): written into a fresh folder, then read back.
		["garden pages", ["garden", vault, "--out", join(work, "garden-out")], join(work, "garden-out")],
	];
	for (const note of notesIn(vault))
		list.push([`quiz --json ${note}`, ["quiz", note, "--vault", vault, "--seed", SEED, "--json", ...any]]);
	return list;
}

function run(cli, preload, argv, outDir) {
	if (outDir) rmSync(outDir, { recursive: true, force: true });
	const r = spawnSync(process.execPath, ["-r", preload, cli, ...argv], {
		cwd: repo,
		encoding: "utf8",
		maxBuffer: 256 * 1024 * 1024,
		env: { ...process.env, NO_COLOR: "1" },
	});
	let written = "";
	if (outDir && existsSync(outDir)) {
		for (const f of filesIn(outDir)) written += `\n=== ${f}\n${readFileSync(join(outDir, f), "utf8")}`;
		rmSync(outDir, { recursive: true, force: true });
	}
	return `exit ${r.status}\n${r.stdout}${written}`;
}

/** The first differing line of two outputs, for the report. */
function firstDiff(a, b) {
	const x = a.split("\n");
	const y = b.split("\n");
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		if (x[i] !== y[i])
			return `line ${i + 1}:\n    - ${(x[i] ?? "<none>").slice(0, 200)}\n    + ${(y[i] ?? "<none>").slice(0, 200)}`;
	}
	return "";
}

const before = await buildAtRef();
const after = join(work, "cli-worktree.js");
await buildCli(repo, after);
const preload = clockPreload();

const vaults = [["examples/vault", join(repo, "examples/vault"), false]];
for (const [label, dir] of [
	["shared corpus", join(sharedDir, "corpus")],
	["shared seed", join(sharedDir, "fixtures/seed")],
]) {
	if (existsSync(dir)) vaults.push([label, dir, true]);
	else console.log(`(skipped ${label}: ${dir} is missing)`);
}

let same = 0;
const differ = [];
for (const [label, dir, anyNote] of vaults) {
	for (const [name, argv, outDir] of commands(dir, anyNote)) {
		const a = run(before, preload, argv, outDir);
		const b = run(after, preload, argv, outDir);
		if (a === b) same++;
		else differ.push(`${label}: ${name}\n  ${firstDiff(a, b)}`);
	}
}
console.log(`same-output: ${ref} (${commit.slice(0, 7)}) vs working tree, clock ${NOW}, seed ${SEED}`);
console.log(`${same} identical, ${differ.length} different`);
for (const d of differ) console.log(`DIFFERENT ${d}`);
process.exit(differ.length ? 1 : 0);
