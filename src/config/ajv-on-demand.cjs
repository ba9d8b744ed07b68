// ajv through a CommonJS `require` made when it is called: the bundler keeps ajv in the bundle
// but runs it only then. Most runs have no config file to validate, and evaluating ajv's ~270 KB
// (an ES `import` runs it at start-up) took ~10 ms of every action's start-up.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the require is the point
module.exports = () => require('ajv');
