/** Markdown-ish note material for the brief reader's robustness properties and growth checks (fast-check). */
import fc from "fast-check";

const word = fc.constantFrom("In", "1917", "c.", "U.S.", "BCE", "November", "1933", "the", "war", "**", "*", "_", "__", "`", "$", "$$", "%%", "[[", "]]", "[", "](", ")", "<!--", "-->", "<p>", "</li>", "#tag", ":", "::", '"', "\u201c", "\u2014", "|", "~~~", "```", "---", "{", "}", "\\", ">", "[!quote]", "1,000", "44 BC", "1930s", "19th century");
const inline = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(" "));
export const line = fc.oneof(
	inline,
	inline.map((t) => `## ${t}`),
	inline.map((t) => `- ${t}`),
	inline.map((t) => `  - **${t}:** ${t}`),
	inline.map((t) => `1. ${t}`),
	inline.map((t) => `> ${t}`),
	inline.map((t) => `> [!quote] ${t}`),
	inline.map((t) => `— ${t}`),
	inline.map((t) => `| ${t} | ${t} |`),
	inline.map((t) => `**${t}**`),
	fc.constantFrom("```", "~~~", "$$", "%%", "<!--", "-->", "---", "", "<blockquote><p>", "</p></blockquote>", "<ul>", "</ul>", "{\"dg-publish\":true}", "dg-publish: true", "tags: [a"),
);
const markdownish = fc.array(line, { maxLength: 40 }).map((ls) => ls.join("\n"));
export const withFrontmatter = fc.tuple(fc.constantFrom("---\n", "\ufeff---\r\n", ""), markdownish, fc.constantFrom("\n---\n", "\r\n---\r\n", "\n"), markdownish).map((p) => p.join(""));

/** Hostile repetitions (name, text of about n characters): a backtracking regex or quadratic pass shows on them. */
export const PATHOLOGICAL: Array<[string, (n: number) => string]> = [
	["*", (n) => "*".repeat(n)], ["_", (n) => "_".repeat(n)], ["[", (n) => "[".repeat(n)], ["[[", (n) => "[[".repeat(n / 2)],
	["](", (n) => "](".repeat(n / 2)], ["`", (n) => "`".repeat(n)], ["$", (n) => "$".repeat(n)], ["$a ", (n) => "$a ".repeat(n / 3)],
	["%%", (n) => "%%".repeat(n / 2)], ["<!--", (n) => "<!--".repeat(n / 4)], ["<a ", (n) => "<a ".repeat(n / 3)],
	["> ", (n) => "> ".repeat(n / 2)], ["| ", (n) => "| ".repeat(n / 2)], ["a. ", (n) => "a. ".repeat(n / 3)],
	["U.S. ", (n) => "U.S. ".repeat(n / 5)], ["1917 ", (n) => "1917 ".repeat(n / 5)], ["**a:** ", (n) => "**a:** ".repeat(n / 7)],
	["#a ", (n) => "#a ".repeat(n / 3)], ['"a a a', (n) => `"${"a ".repeat(n / 2)}`], ['- "x — x —', (n) => `- "${"x — ".repeat(n / 4)}`],
	["**aaa", (n) => `**${"a".repeat(n)}`], ["((()))", (n) => "(".repeat(n) + ")".repeat(n)], ["spaces then x", (n) => " ".repeat(n) + "x"],
	["http://", (n) => "http://".repeat(n / 7)], ["\\\\", (n) => "\\".repeat(n)], ["-", (n) => "-".repeat(n)], ["~", (n) => "~".repeat(n)],
	["#", (n) => "#".repeat(n)], ["- - - x", (n) => `${"- ".repeat(n / 2)}x`],
];
