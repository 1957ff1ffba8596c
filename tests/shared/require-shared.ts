// Setup file of the shared suites: they read ../shared (not in the repository). Without it every file
// fails with this one clear message instead of raw ENOENT errors (scripts/check-shared.mjs says it
// once before vitest starts when the suite is run with `npm run test:shared`).
import { existsSync } from "node:fs";
import { SHARED } from "../shims/test-paths";

if (!existsSync(`${SHARED}fixtures`) || !existsSync(`${SHARED}corpus`)) {
	throw new Error(
		`the shared suite needs ../shared beside the checkout (${SHARED} not found); npm test does not need it`,
	);
}
