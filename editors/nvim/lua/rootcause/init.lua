-- rootcause for Neovim (0.7+): "Debug with AI" over `rootcause lsp`.
--
--   require("rootcause").setup({ cmd = { "rootcause", "lsp" } })
--
-- :RootCause          analyse the traceback on the clipboard (register +, else ")
-- :'<,'>RootCause     analyse the selected lines (a log buffer, a :terminal buffer)
-- :RootCauseExplain   open the last full report (markdown) in a split
-- :RootCauseClear     remove the diagnostics
--
-- Ranked root causes arrive as diagnostics at their locations (evidence chain as related
-- information) and as a quickfix list: each candidate, followed by its evidence steps.
local M = {}

M.config = { cmd = { "rootcause", "lsp" }, open_quickfix = true }
M.client_id = nil
M.last = nil

local function root_dir()
  return vim.fn.getcwd()
end

function M.start()
  if M.client_id and vim.lsp.get_client_by_id(M.client_id) then
    return M.client_id
  end
  local root = root_dir()
  M.client_id = vim.lsp.start_client({
    name = "rootcause",
    cmd = M.config.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ":t") } },
  })
  return M.client_id
end

local function quickfix_items(report, root)
  local items = {}
  for _, cand in ipairs(report.candidates or {}) do
    table.insert(items, {
      filename = root .. "/" .. cand.file,
      lnum = cand.line,
      col = 1,
      type = cand.rank == 1 and "E" or "W",
      text = string.format("#%d %s [%s %.2f]", cand.rank, cand.title, cand.rule, cand.score),
    })
    for i, step in ipairs(cand.evidence or {}) do
      table.insert(items, {
        filename = root .. "/" .. step.file,
        lnum = step.line,
        col = 1,
        type = "I",
        text = string.format("  %d. %s", i, step.note),
      })
    end
  end
  return items
end

local function on_result(err, result)
  if err then
    vim.notify("rootcause: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    return
  end
  if not result or result.error then
    vim.notify("rootcause: " .. ((result and result.error) or "no result"), vim.log.levels.WARN)
    return
  end
  M.last = result
  local root = root_dir()
  vim.fn.setqflist({}, " ", { title = "rootcause: " .. (result.summary or ""), items = quickfix_items(result.report, root) })
  if M.config.open_quickfix then
    vim.cmd("copen")
  end
  vim.notify("rootcause: " .. (result.summary or "done"), vim.log.levels.INFO)
end

--- Analyse `text` (a traceback); nil means the clipboard.
function M.debug(text)
  if text == nil or text == "" then
    text = vim.fn.getreg("+")
    if text == "" then
      text = vim.fn.getreg('"')
    end
  end
  if text == nil or text == "" then
    vim.notify("rootcause: select a traceback or copy it first", vim.log.levels.WARN)
    return
  end
  local id = M.start()
  local client = id and vim.lsp.get_client_by_id(id)
  if not client then
    vim.notify("rootcause: could not start `" .. table.concat(M.config.cmd, " ") .. "`", vim.log.levels.ERROR)
    return
  end
  local params = { command = "rootcause.debugWithAI", arguments = { { text = text, repo = root_dir() } } }
  client.request("workspace/executeCommand", params, on_result, 0)
end

function M.explain()
  if M.last and M.last.markdownUri then
    vim.cmd("split " .. vim.fn.fnameescape(vim.uri_to_fname(M.last.markdownUri)))
  else
    vim.notify("rootcause: no report yet", vim.log.levels.WARN)
  end
end

function M.clear()
  local client = M.client_id and vim.lsp.get_client_by_id(M.client_id)
  if client then
    client.request("workspace/executeCommand", { command = "rootcause.clear", arguments = {} }, function() end, 0)
  end
  vim.fn.setqflist({}, "r", { items = {} })
end

function M.setup(opts)
  M.config = vim.tbl_extend("force", M.config, opts or {})
  vim.api.nvim_create_user_command("RootCause", function(args)
    local text = nil
    if args.range > 0 then
      text = table.concat(vim.api.nvim_buf_get_lines(0, args.line1 - 1, args.line2, false), "\n") .. "\n"
    end
    M.debug(text)
  end, { range = true, desc = "rootcause: Debug with AI (selection or clipboard)" })
  vim.api.nvim_create_user_command("RootCauseExplain", M.explain, { desc = "rootcause: open the last report" })
  vim.api.nvim_create_user_command("RootCauseClear", M.clear, { desc = "rootcause: clear diagnostics" })
end

return M
