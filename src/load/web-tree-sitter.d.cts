// eslint-disable-next-line @typescript-eslint/no-require-imports -- the type of the CommonJS module above
import TreeSitter = require('web-tree-sitter');
export = TreeSitter;
