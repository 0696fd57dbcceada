-- Loaded from the runtime path: defines the commands with the defaults (setup() may redefine them).
if vim.g.loaded_rootcause then
  return
end
vim.g.loaded_rootcause = true
require("rootcause").setup(vim.g.rootcause_config)
