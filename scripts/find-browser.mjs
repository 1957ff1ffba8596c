// Where the Chromium for the browser tests is: CHROMIUM_PATH if set, else the usual system names
// (Debian's chromium, chromium-browser, google-chrome) on PATH or in /usr/bin, or the macOS app bundles,
// else the Chromium that `npx playwright install chromium` downloaded. Used by vitest.config.mts and scripts/check-browser.mjs.
import { accessSync, constants } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, join } from "node:path";

export const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
/** macOS keeps browsers in application bundles, not on PATH. */
export const MAC_APPS = [
	"/Applications/Chromium.app/Contents/MacOS/Chromium",
	"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The path Playwright would launch for its own downloaded Chromium, when it is there. */
function playwrightChromium() {
	try {
		const require = createRequire(import.meta.url);
		const path = require("playwright").chromium.executablePath();
		return path || null;
	} catch {
		return null;
	}
}

/**
 * The candidates in the order they are tried. `env` and `isExecutable` are parameters so that the
 * search can be tested without touching the machine's browsers.
 */
export function browserCandidates(env = process.env, extra = [playwrightChromium()]) {
	const dirs = [...(env.PATH ?? "").split(delimiter).filter(Boolean), "/usr/bin"];
	const seen = new Set();
	const out = [];
	for (const name of SYSTEM_NAMES) {
		for (const dir of dirs) {
			const p = join(dir, name);
			if (!seen.has(p)) {
				seen.add(p);
				out.push(p);
			}
		}
	}
	for (const p of [...MAC_APPS, ...extra]) if (p && !seen.has(p)) out.push(p);
	return out;
}

/**
 * `{ path }` of the browser to use, or `{ path: null, reason }`. A CHROMIUM_PATH that is set is the only
 * candidate: a wrong one is reported, never silently replaced by another browser.
 */
export function findBrowser(env = process.env, isExecutable = executable, extra) {
	const forced = env.CHROMIUM_PATH?.trim();
	if (forced) {
		return isExecutable(forced)
			? { path: forced }
			: { path: null, reason: `CHROMIUM_PATH=${forced} is not an executable file` };
	}
	const found = browserCandidates(env, extra).find((p) => isExecutable(p));
	return found ? { path: found } : { path: null, reason: "no Chromium found" };
}
