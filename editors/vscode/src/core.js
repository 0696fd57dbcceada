"use strict";
// Pure helpers of the extension (no `vscode` import): unit-tested with node's test runner.

const SERVER_COMMAND = "rootcause.debugWithAI";
const TRACEBACK_MARK = /Traceback \(most recent call last\)|^\s*File "[^"]+", line \d+|^[\w.]+(Error|Exception|Exit|Interrupt|Warning)\b/m;

/** True when `text` looks like it holds a Python traceback (or an exception line). */
function looksLikeTraceback(text) {
  return typeof text === "string" && TRACEBACK_MARK.test(text);
}

/**
 * Which text to analyse: the first candidate that looks like a traceback, in order
 * (selection, then clipboard); else the first non-empty one; else null.
 */
function pickText(...candidates) {
  const present = candidates.filter((t) => typeof t === "string" && t.trim() !== "");
  return present.find(looksLikeTraceback) ?? present[0] ?? null;
}

/** The `workspace/executeCommand` parameters for the language server. */
function executeParams(text, repoPath) {
  const arg = { text };
  if (repoPath) arg.repo = repoPath;
  return { command: SERVER_COMMAND, arguments: [arg] };
}

/** One line for the status message from the server's result. */
function summarize(result) {
  if (!result) return "rootcause: no result";
  if (result.error) return `rootcause: ${result.error}`;
  const count = result.diagnostics ?? 0;
  return `rootcause: ${result.summary ?? "done"} (${count} location${count === 1 ? "" : "s"} in Problems)`;
}

/** The server command line from the `rootcause.path` setting. */
function serverCommand(path) {
  const command = typeof path === "string" && path.trim() ? path.trim() : "rootcause";
  return { command, args: ["lsp"] };
}

module.exports = { SERVER_COMMAND, looksLikeTraceback, pickText, executeParams, summarize, serverCommand };
