// Prints the Chromium the browser tests will use (see find-browser.mjs), or exits 1 with the reason.
import { findBrowser } from "./find-browser.mjs";

const found = findBrowser();
if (found.path) console.log(found.path);
else {
	console.error(found.reason);
	process.exit(1);
}
