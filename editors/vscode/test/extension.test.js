"use strict";
// Loads the real extension with a stand-in `vscode` module: activation registers the commands,
// and "Debug with AI" sends the selected traceback to the language server.
const test = require("node:test");
const assert = require("node:assert/strict");
const Module = require("node:module");

function fakeVscode(state) {
  return {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: "/repo" } }],
      getConfiguration: () => ({ get: (key, dflt) => (key === "path" ? "rootcause" : dflt) }),
    },
    window: {
      activeTextEditor: {
        selection: { isEmpty: false },
        document: { getText: () => state.selection },
      },
      withProgress: (_opts, task) => task(),
      showWarningMessage: (m) => state.warnings.push(m),
      setStatusBarMessage: (m) => state.status.push(m),
    },
    env: { clipboard: { readText: async () => state.clipboard, writeText: async (t) => { state.clipboard = t; } } },
    commands: {
      registerCommand: (id, fn) => { state.commands[id] = fn; return { dispose() {} }; },
      executeCommand: async (id) => { state.executed.push(id); },
    },
    ProgressLocation: { Notification: 15 },
    Uri: { parse: (u) => u },
  };
}

function fakeClient(state) {
  class LanguageClient {
    constructor(id, name, server, options) { state.server = server; state.options = options; }
    async start() { state.started += 1; }
    async stop() {}
    dispose() {}
    async sendRequest(type, params) { state.requests.push(params); return { summary: "TypeError: root cause shop/users.py:5", diagnostics: 3 }; }
  }
  return { LanguageClient, ExecuteCommandRequest: { type: "workspace/executeCommand" } };
}

function loadExtension(state) {
  const original = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === "vscode") return fakeVscode(state);
    if (request === "vscode-languageclient/node") return fakeClient(state);
    return original.call(this, request, parent, isMain);
  };
  try {
    delete require.cache[require.resolve("../src/extension")];
    return require("../src/extension");
  } finally {
    Module._load = original;
  }
}

test("activation registers the commands; Debug with AI sends the selection", async () => {
  const state = { selection: 'Traceback (most recent call last):\n  File "/app/x.py", line 1, in f\nValueError: x\n', clipboard: "", commands: {}, executed: [], requests: [], warnings: [], status: [], started: 0 };
  const ext = loadExtension(state);
  const context = { subscriptions: [] };
  ext.activate(context);
  assert.deepEqual(Object.keys(state.commands).sort(), ["rootcause.clear", "rootcause.debug", "rootcause.debugTerminal"]);
  await state.commands["rootcause.debug"]();
  assert.deepEqual(state.server, { command: "rootcause", args: ["lsp"] });
  assert.equal(state.started, 1);
  assert.deepEqual(state.requests[0], { command: "rootcause.debugWithAI", arguments: [{ text: state.selection, repo: "/repo" }] });
  assert.match(state.status[0], /shop\/users.py:5 \(3 locations in Problems\)/);
  assert.ok(typeof state.options.middleware.window.showDocument === "function");
});

test("nothing selected and an empty clipboard: a warning, no request", async () => {
  const state = { selection: "", clipboard: "", commands: {}, executed: [], requests: [], warnings: [], status: [], started: 0 };
  const ext = loadExtension(state);
  ext.activate({ subscriptions: [] });
  await state.commands["rootcause.debug"]();
  assert.equal(state.requests.length, 0);
  assert.match(state.warnings[0], /select a traceback/);
});

test("terminal: the selection is copied, analysed, and the clipboard restored", async () => {
  const state = { selection: "", clipboard: "saved clipboard", commands: {}, executed: [], requests: [], warnings: [], status: [], started: 0 };
  const ext = loadExtension(state);
  ext.activate({ subscriptions: [] });
  const tb = "Traceback (most recent call last):\nKeyError: 'a'\n";
  const vscodeExec = state.commands;
  // copySelection puts the terminal's selection on the clipboard
  const original = state.executed;
  state.executed = { push: (id) => { original.push(id); if (id === "workbench.action.terminal.copySelection") state.clipboard = tb; } };
  await vscodeExec["rootcause.debugTerminal"]();
  assert.ok(original.includes("workbench.action.terminal.copySelection"));
  assert.equal(state.requests[0].arguments[0].text, tb);
  assert.equal(state.clipboard, "saved clipboard");
});
