// Loaded through a CommonJS module so that Node, jest and ncc all resolve js-yaml with the
// `require` export condition: its CommonJS build (see js-yaml.ts for why that matters).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the require is the point
module.exports = require('js-yaml');
