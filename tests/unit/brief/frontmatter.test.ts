import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { isPublished, parseBrief, splitFrontmatter } from "../../../src/core/brief/index";

const parseYaml = (s: string): unknown => load(s);
const parse = (text: string, path = "Course/Note.md", opts = {}) => parseBrief({ path, text }, { parseYaml, ...opts });

describe("splitFrontmatter", () => {
	it("splits YAML front-matter and reports where the body starts", () => {
		const s = splitFrontmatter("---\ndg-publish: true\n---\n# Title\n");
		expect(s).toMatchObject({ raw: "dg-publish: true", format: "yaml", bodyStartLine: 3, body: "# Title\n" });
	});
	it("handles a BOM and CRLF line endings", () => {
		const s = splitFrontmatter("\ufeff---\r\ndg-publish: true\r\n---\r\nBody\r\n");
		expect(s.raw).toBe("dg-publish: true");
		expect(s.body).toBe("Body\n");
		expect(s.bodyStartLine).toBe(3);
	});
	it("detects JSON front-matter between --- fences", () => {
		const s = splitFrontmatter('---\n{"dg-publish":true,"permalink":"/x/"}\n---\n');
		expect(s.format).toBe("json");
	});
	it("has no front-matter when the note does not start with ---", () => {
		expect(splitFrontmatter("# Title\n---\ntext")).toMatchObject({ raw: null, format: null, bodyStartLine: 0 });
		expect(splitFrontmatter("")).toMatchObject({ raw: null, body: "" });
	});
	it("reports an unclosed front-matter as a problem", () => {
		const s = splitFrontmatter("---\ndg-publish: true\n# Title");
		expect(s.raw).toBeNull();
		expect(s.problem?.message).toMatch(/not closed/);
	});
	it("accepts an empty front-matter", () => {
		expect(splitFrontmatter("---\n---\nBody")).toMatchObject({ raw: "", bodyStartLine: 2, body: "Body" });
	});
});

describe("isPublished (Digital Garden truthiness)", () => {
	it.each([
		[{ "dg-publish": true }, true],
		[{ "dg-publish": "true" }, true],
		[{ "dg-publish": "yes" }, true],
		[{ "dg-publish": 1 }, true],
		[{ "dg-publish": "false" }, false],
		[{ "dg-publish": "False" }, false],
		[{ "dg-publish": false }, false],
		[{ "dg-publish": 0 }, false],
		[{ "dg-publish": "" }, false],
		[{ "dg-publish": null }, false],
		[{}, false],
	])("%j -> %s", (fm, want) => {
		expect(isPublished(fm, ["dg-publish"])).toBe(want);
	});
	it("checks each configured key", () => {
		expect(isPublished({ share: true }, ["dg-publish", "publish", "share"])).toBe(true);
		expect(isPublished({ publish: "false", share: "false" }, ["dg-publish", "publish", "share"])).toBe(false);
		expect(isPublished(null, ["dg-publish"])).toBe(false);
		expect(isPublished(undefined, ["dg-publish"])).toBe(false);
	});
});

describe("front-matter fields on the Brief", () => {
	it("reads YAML: publish, hide, permalink, tags list with #", () => {
		const b = parse(
			"---\ndg-publish: true\ndg-hide: true\ndg-permalink: /a/b/\npermalink: /ignored/\ntags: [x, '#y']\n---\nText",
		);
		expect(b).toMatchObject({
			publish: true,
			hidden: true,
			id: "/a/b/",
			permalink: "/a/b/",
			tags: ["x", "y"],
			course: "Course",
		});
	});
	it("reads JSON front-matter and tags as a 'a, b' string", () => {
		const b = parse('---\n{"dg-publish":true,"permalink":"/p/","tags":"a, #b"}\n---\n');
		expect(b).toMatchObject({ publish: true, id: "/p/", tags: ["a", "b"] });
	});
	it("uses the path as id without a permalink, and '' as course at the root", () => {
		const b = parse("---\ndg-publish: true\n---\n", "Root.md");
		expect(b.id).toBe("Root.md");
		expect(b.course).toBe("");
		expect(b.permalink).toBeUndefined();
	});
	it("honours configured publish keys", () => {
		const text = "---\npublish: true\n---\n";
		expect(parse(text).publish).toBe(false);
		expect(parse(text, "N.md", { publishKeys: ["dg-publish", "publish"] }).publish).toBe(true);
	});
	it("uses front-matter handed in by the caller instead of the text's", () => {
		const b = parseBrief({
			path: "N.md",
			text: "---\ndg-publish: false\n---\n",
			frontmatter: { "dg-publish": true },
		});
		expect(b.publish).toBe(true);
	});
	it("works without a YAML parser for simple front-matter", () => {
		const b = parseBrief({ path: "N.md", text: "---\ndg-publish: true\ntags:\n  - a\n  - b\n---\n" });
		expect(b).toMatchObject({ publish: true, tags: ["a", "b"], problems: [] });
	});
	it("malformed YAML -> publish false and a problem with path, line and reason; the body is still read", () => {
		const b = parse("---\ndg-publish: true\ntags: [a\n---\n# Title\nIn 1917 it began.", "C/Bad.md");
		expect(b.publish).toBe(false);
		expect(b.problems).toHaveLength(1);
		expect(b.problems[0]).toMatchObject({ path: "C/Bad.md", severity: "error" });
		expect(b.problems[0].line).toBeGreaterThanOrEqual(1);
		expect(b.problems[0].line).toBeLessThanOrEqual(3);
		expect(b.problems[0].message).toMatch(/not valid YAML/);
		expect(b.title).toBe("Title");
		expect(b.events.map((e) => e.date.start.year)).toEqual([1917]);
	});
	it("malformed JSON front-matter -> a problem", () => {
		const b = parse('---\n{"dg-publish": true,,}\n---\n');
		expect(b.publish).toBe(false);
		expect(b.problems[0].message).toMatch(/not valid JSON/);
		expect(b.problems[0].line).toBe(1);
	});
	it("a JSON error on a later line names that line", () => {
		const b = parse('---\n{\n"dg-publish": true\n"tags": []\n}\n---\n');
		expect(b.problems[0].line).toBe(3);
	});
	it("front-matter that is not a map -> a problem", () => {
		const b = parse("---\n- a\n- b\n---\n");
		expect(b.problems[0].message).toMatch(/key\/value/);
	});
	it("unclosed front-matter -> a problem at line 0 and publish false", () => {
		const b = parse("---\ndg-publish: true\n# Title");
		expect(b.publish).toBe(false);
		expect(b.problems[0]).toMatchObject({ line: 0 });
	});
	it("too large -> a Brief with no items and a 'too large' problem", () => {
		const text = `---\ndg-publish: true\n---\n${"In 1917 it began. ".repeat(200)}`;
		const b = parse(text, "Big.md", { maxBytes: 1000 });
		expect(b.events).toEqual([]);
		expect(b.problems[0].message).toMatch(/too large/);
		expect(b.problems[0].path).toBe("Big.md");
		expect(b.publish).toBe(true);
	});
	it("never throws on input that is not a string", () => {
		const b = parseBrief({ path: "X.md", text: undefined as unknown as string });
		expect(b.path).toBe("X.md");
		expect(b.events).toEqual([]);
	});
});

describe("title rules", () => {
	it("the only top-level heading is the title, markup stripped", () => {
		expect(parse("## **Recognition** of the *Soviet* Union, 1933\n### Sub\n").title).toBe(
			"Recognition of the Soviet Union, 1933",
		);
	});
	it("front-matter title when the note has several top-level headings", () => {
		expect(parse("---\ntitle: My brief\n---\n# A\n# B\n").title).toBe("My brief");
	});
	it("file name without .md when there is neither", () => {
		expect(parse("# A\ntext\n# B\n", "Course/Lincoln notes.md").title).toBe("Lincoln notes");
		expect(parse("just text", "Course/Plain.md").title).toBe("Plain");
	});
	it("front-matter title when there is no heading", () => {
		expect(parse("---\ntitle: Only title\n---\ntext").title).toBe("Only title");
	});
});

describe("caller front-matter", () => {
	it("a caller that found no front-matter still gets the reason when the text's is broken", () => {
		const b = parseBrief(
			{ path: "N.md", text: "---\ndg-publish: true\ntags: [a\n---\nBody", frontmatter: null },
			{ parseYaml },
		);
		expect(b.publish).toBe(false);
		expect(b.problems[0].message).toMatch(/not valid YAML/);
	});
});

describe("title rules: sources headings", () => {
	it("a trailing '# Sources' heading does not demote the title heading", () => {
		expect(parse("# Martin Luther King Jr.\n## Life\n# Sources\n- x\n").title).toBe("Martin Luther King Jr.");
	});
});

describe("title rules: a heading deep in the note is not its title", () => {
	it("front-matter title when the only heading comes after the note's content", () => {
		expect(
			parse(
				"---\ntitle: Ancient Greece\n---\n1200 BCE: a\n800 BCE: b\n776 BCE: c\n750 BCE: d\n## 336 BCE: Alexander\n",
			).title,
		).toBe("Ancient Greece");
	});
	it("a few lines (an MDX import) before the title heading are fine", () => {
		expect(parse("import X from 'x'\n\n# An Age of Modernity, 1894-1914\n## Notes\n").title).toBe(
			"An Age of Modernity, 1894-1914",
		);
	});
});
