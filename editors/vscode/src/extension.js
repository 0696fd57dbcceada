"use strict";
// "Root Cause: Debug with AI": a thin client of `rootcause lsp`.
// The server publishes the ranked causes as diagnostics (evidence as related information);
// the full explanation (markdown) opens in a preview beside the editor.
const vscode = require("vscode");
const { LanguageClient, ExecuteCommandRequest } = require("vscode-languageclient/node");
const core = require("./core");

let client = null;

function repoPath() {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length ? folders[0].uri.fsPath : undefined;
}

async function ensureClient(context) {
  if (client) return client;
  const settings = vscode.workspace.getConfiguration("rootcause");
  const server = core.serverCommand(settings.get("path"));
  client = new LanguageClient(
    "rootcause",
    "Root Cause",
    { command: server.command, args: server.args },
    {
      documentSelector: [{ scheme: "file", language: "python" }],
      middleware: {
        window: {
          // The server asks to show its markdown report: show it rendered, beside the code.
          showDocument: async (params, next) => {
            if (!settings.get("showReport", true)) return { success: true };
            if (params.uri.endsWith(".md")) {
              await vscode.commands.executeCommand("markdown.showPreviewToSide", vscode.Uri.parse(params.uri));
              return { success: true };
            }
            return next(params);
          },
        },
      },
    },
  );
  context.subscriptions.push(client);
  await client.start();
  return client;
}

async function terminalSelection() {
  // The terminal API exposes no selection: copy it, read it, put the clipboard back.
  const saved = await vscode.env.clipboard.readText();
  await vscode.commands.executeCommand("workbench.action.terminal.copySelection");
  const text = await vscode.env.clipboard.readText();
  await vscode.env.clipboard.writeText(saved);
  return text !== saved ? text : "";
}

async function analyse(context, text) {
  if (!text) {
    vscode.window.showWarningMessage("Root Cause: select a traceback (or copy it) first.");
    return;
  }
  const lc = await ensureClient(context);
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Root Cause: analysing the traceback…" },
    () => lc.sendRequest(ExecuteCommandRequest.type, core.executeParams(text, repoPath())),
  );
  const message = core.summarize(result);
  if (result && result.error) vscode.window.showWarningMessage(message);
  else {
    vscode.window.setStatusBarMessage(message, 15000);
    vscode.commands.executeCommand("workbench.actions.view.problems");
  }
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("rootcause.debug", async () => {
      const editor = vscode.window.activeTextEditor;
      const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection) : "";
      const clipboard = await vscode.env.clipboard.readText();
      await analyse(context, core.pickText(selected, clipboard));
    }),
    vscode.commands.registerCommand("rootcause.debugTerminal", async () => {
      const selected = await terminalSelection();
      const clipboard = await vscode.env.clipboard.readText();
      await analyse(context, core.pickText(selected, clipboard));
    }),
    vscode.commands.registerCommand("rootcause.clear", async () => {
      const lc = await ensureClient(context);
      await lc.sendRequest(ExecuteCommandRequest.type, { command: "rootcause.clear", arguments: [] });
    }),
  );
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
