/**
 * The loud-failure scripts: scripts/find-browser.mjs (which Chromium the browser tests use),
 * scripts/check-browser.mjs (npm test's first step) and scripts/check-shared.mjs (test:shared's first
 * step). Each failure is ONE line on stderr and exit code 1, before vitest starts.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { browserCandidates, findBrowser } from "../../../scripts/find-browser.mjs";

const ROOT = process.cwd();

function runScript(script: string, opts: { env?: Record<string, string | undefined>; cwd?: string } = {}) {
	const r = spawnSync(process.execPath, [join(ROOT, script)], {
		cwd: opts.cwd ?? ROOT,
		env: { ...process.env, ...opts.env },
		encoding: "utf8",
	});
	return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe("findBrowser", () => {
	const env = { PATH: "/opt/a:/opt/b" };

	it("tries chromium, chromium-browser, google-chrome on PATH and in /usr/bin, the macOS apps, then Playwright's download", () => {
		const c = browserCandidates(env, ["/pw/chrome"]);
		expect(c.slice(0, 3)).toEqual(["/opt/a/chromium", "/opt/b/chromium", "/usr/bin/chromium"]);
		expect(c).toContain("/usr/bin/chromium-browser");
		expect(c).toContain("/opt/b/google-chrome");
		expect(c).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
		expect(c.at(-1)).toBe("/pw/chrome");
		expect(new Set(c).size).toBe(c.length);
	});

	it("returns the first executable candidate, or a reason", () => {
		const has =
			(...paths: string[]) =>
			(p: string) =>
				paths.includes(p);
		expect(findBrowser(env, has("/usr/bin/google-chrome", "/opt/b/chromium-browser"), [])).toEqual({
			path: "/opt/b/chromium-browser",
		});
		expect(findBrowser(env, has("/pw/chrome"), ["/pw/chrome"])).toEqual({ path: "/pw/chrome" });
		expect(findBrowser(env, has(), ["/pw/chrome"])).toEqual({ path: null, reason: "no Chromium found" });
	});

	it("CHROMIUM_PATH wins, and a wrong one is reported, never replaced by another browser", () => {
		const all = () => true;
		expect(findBrowser({ ...env, CHROMIUM_PATH: "/x/chrome" }, all, [])).toEqual({ path: "/x/chrome" });
		const wrong = findBrowser({ ...env, CHROMIUM_PATH: "/x/chrome" }, (p) => p !== "/x/chrome", []);
		expect(wrong).toEqual({ path: null, reason: "CHROMIUM_PATH=/x/chrome is not an executable file" });
	});
});

describe("check-browser.mjs", () => {
	it("without a usable browser: exits 1 with one line that says how to install one", () => {
		const r = runScript("scripts/check-browser.mjs", { env: { CHROMIUM_PATH: "/nonexistent/chromium" } });
		expect(r.status).toBe(1);
		const lines = r.stderr.trim().split("\n");
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^npm test: CHROMIUM_PATH=\/nonexistent\/chromium is not an executable file: install Chromium/,
		);
		expect(lines[0]).toContain("apt-get install chromium");
		expect(lines[0]).toContain("npx playwright install chromium");
		expect(lines[0]).toContain("npm run test:fast");
		expect(r.stdout).toBe("");
	});

	it("with a browser: exits 0 silently", () => {
		// Any executable stands in for the browser: the check only needs to find one.
		const r = runScript("scripts/check-browser.mjs", { env: { CHROMIUM_PATH: process.execPath } });
		expect(r).toEqual({ status: 0, stderr: "", stdout: "" });
	});
});

describe("check-shared.mjs", () => {
	it("without ../shared: exits 1 with one line naming what is missing", () => {
		const cwd = join(mkdtempSync(join(tmpdir(), "sb-noshared-")), "checkout");
		mkdirSync(cwd);
		const r = runScript("scripts/check-shared.mjs", { cwd });
		expect(r.status).toBe(1);
		const lines = r.stderr.trim().split("\n");
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^test:shared: .*\/shared\/fixtures\/dates\/history-dates\.tsv is missing: the shared suite needs \.\.\/shared/,
		);
		expect(lines[0]).toContain("npm test does not need it");
	});
});
