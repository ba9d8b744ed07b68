export const id = 492;
export const ids = [492];
export const modules = {

/***/ 4492:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Loads web-tree-sitter's CommonJS build. Its ES build reads `createRequire` from a dynamic
// `import("module")`, which the bundler (ncc/webpack) turns into a namespace without it, so
// that build cannot run from dist/. Imported dynamically, this file and the runtime become a
// chunk of their own that only trees with Terraform files load.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file exists to require() the CommonJS build
module.exports = __webpack_require__(551);


/***/ })

};
