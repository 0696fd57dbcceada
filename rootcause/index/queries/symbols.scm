; Everything the index extracts from a module, in one pass (rootcause/index/extract.py).
; One alternation with one capture is markedly faster than one pattern per node kind;
; the extractor dispatches on the node's type.

[
  (function_definition)
  (class_definition)
  (call)
  (import_statement)
  (import_from_statement)
  (assignment)
  (augmented_assignment)
  (return_statement)
] @node
