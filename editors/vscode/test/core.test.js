"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const core = require("../src/core");

const TRACEBACK = [
  "Traceback (most recent call last):",
  '  File "/app/shop/service.py", line 6, in greeting',
  '    return "hello " + user["name"]',
  "TypeError: 'NoneType' object is not subscriptable",
].join("\n");

test("a traceback is recognised, plain text is not", () => {
  assert.equal(core.looksLikeTraceback(TRACEBACK), true);
  assert.equal(core.looksLikeTraceback("ERROR: KeyError: 'x'"), false);
  assert.equal(core.looksLikeTraceback("sqlalchemy.exc.InvalidRequestError: bad request"), true);
  assert.equal(core.looksLikeTraceback("hello world"), false);
  assert.equal(core.looksLikeTraceback(undefined), false);
});

test("the selection wins when it holds a traceback, else the clipboard", () => {
  assert.equal(core.pickText(TRACEBACK, "clipboard"), TRACEBACK);
  assert.equal(core.pickText("some words", TRACEBACK), TRACEBACK);
  assert.equal(core.pickText("", "   ", "only text"), "only text");
  assert.equal(core.pickText("", undefined), null);
});

test("server command parameters carry the text and the repository", () => {
  assert.deepEqual(core.executeParams("tb", "/repo"), {
    command: "rootcause.debugWithAI",
    arguments: [{ text: "tb", repo: "/repo" }],
  });
  assert.deepEqual(core.executeParams("tb").arguments, [{ text: "tb" }]);
});

test("summaries for results and errors", () => {
  assert.equal(core.summarize({ error: "no Python traceback found in the selection" }), "rootcause: no Python traceback found in the selection");
  assert.equal(core.summarize({ summary: "TypeError: root cause shop/users.py:5", diagnostics: 3 }), "rootcause: TypeError: root cause shop/users.py:5 (3 locations in Problems)");
  assert.equal(core.summarize(null), "rootcause: no result");
});

test("server command from the setting", () => {
  assert.deepEqual(core.serverCommand(" .venv/bin/rootcause "), { command: ".venv/bin/rootcause", args: ["lsp"] });
  assert.deepEqual(core.serverCommand(""), { command: "rootcause", args: ["lsp"] });
});

test("the manifest puts 'Root Cause: Debug with AI' in the editor and terminal menus", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  const titles = Object.fromEntries(manifest.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
  assert.equal(titles["rootcause.debug"], "Root Cause: Debug with AI");
  assert.equal(titles["rootcause.debugTerminal"], "Root Cause: Debug with AI");
  assert.ok(manifest.contributes.menus["editor/context"].some((m) => m.command === "rootcause.debug"));
  assert.ok(manifest.contributes.menus["terminal/context"].some((m) => m.command === "rootcause.debugTerminal"));
  // The extension's command ids must not clash with the server's (registered by the client).
  assert.ok(!(core.SERVER_COMMAND in titles));
});
