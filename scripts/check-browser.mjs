// Run by `npm test` before vitest: the browser tests need Chromium. If none is found, tries to install
// one as the platform allows (root on Debian/Ubuntu: apt-get install chromium; elsewhere Playwright's
// own download), then, if there is still none, stops at once with ONE line saying how to install it.
// STUDY_BRIEFS_NO_BROWSER_INSTALL=1 skips the install attempt (only report).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findBrowser } from "./find-browser.mjs";

const HOW =
	"install Chromium (Debian/Ubuntu: sudo apt-get install chromium; other systems: npx playwright install chromium) " +
	"or set CHROMIUM_PATH to a Chromium or Chrome executable; `npm run test:fast` runs the unit and dom tests without a browser.";

function run(cmd, args) {
	console.error(`check-browser: ${cmd} ${args.join(" ")}`);
	const r = spawnSync(cmd, args, {
		stdio: ["ignore", "ignore", "inherit"],
		env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
	});
	return r.status === 0;
}

function tryInstall() {
	const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
	if (process.platform === "linux" && isRoot && existsSync("/usr/bin/apt-get")) {
		return run("apt-get", ["update", "-qq"]) && run("apt-get", ["install", "-y", "-qq", "chromium"]);
	}
	// Playwright knows where to download a Chromium for this platform (needs the network).
	return run(process.execPath, [
		new URL("../node_modules/playwright/cli.js", import.meta.url).pathname,
		"install",
		"chromium",
	]);
}

let found = findBrowser();
if (!found.path && !process.env.CHROMIUM_PATH && process.env.STUDY_BRIEFS_NO_BROWSER_INSTALL !== "1") {
	console.error("check-browser: no Chromium found for the browser tests; trying to install one");
	tryInstall();
	found = findBrowser();
}
if (!found.path) {
	console.error(`npm test: ${found.reason}: ${HOW}`);
	process.exit(1);
}
