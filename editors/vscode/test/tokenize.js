// Tokenize .circ texts with the extension's TextMate grammar, as VS Code does (vscode-textmate and
// the Oniguruma regular expressions of VS Code), for tests/test_textmate.py.
// Input (standard input): a JSON list of {"where": ..., "text": ...}.
// Output (standard output): a JSON list of {"where": ..., "lines": [[[start, end, [scopes...]], ...], ...]},
// one list of tokens per line (columns in UTF-16 code units, as VS Code counts them).
"use strict";

const fs = require("fs");
const path = require("path");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const GRAMMAR = path.join(__dirname, "..", "syntaxes", "circ.tmLanguage.json");

async function grammar() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === "source.circ" ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, "utf8"), GRAMMAR) : null,
  });
  return registry.loadGrammar("source.circ");
}

function tokenize(circ, text) {
  let state = vsctm.INITIAL;
  return text.split("\n").map((line) => {
    const result = circ.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => [token.startIndex, Math.min(token.endIndex, line.length), token.scopes]);
  });
}

async function main() {
  const samples = JSON.parse(fs.readFileSync(0, "utf8"));
  const circ = await grammar();
  const found = samples.map((sample) => ({ where: sample.where, lines: tokenize(circ, sample.text) }));
  process.stdout.write(JSON.stringify(found));
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
