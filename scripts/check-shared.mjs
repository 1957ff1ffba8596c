// Run by `npm run test:shared` before vitest: the shared suite reads ../shared (the date table, the seed
// brief and the corpus of real notes that sit beside the checkout in the project's workspace and in CI;
// they are not part of the repository). Without it: ONE line and exit 1, never a green run.
import { existsSync } from "node:fs";
import { resolve } from "node:path";

const shared = resolve(process.cwd(), "../shared");
const needed = ["fixtures/dates/history-dates.tsv", "fixtures/seed", "corpus"];
const missing = needed.filter((p) => !existsSync(`${shared}/${p}`));
if (missing.length) {
	console.error(
		`test:shared: ${shared}/${missing[0]} is missing: the shared suite needs ../shared beside the checkout ` +
			"(the maintainers' test data, not in the repository); npm test does not need it.",
	);
	process.exit(1);
}
