// Rewrites the generated parts of the docs from the rule registry: README.md's rule table and
// schema/config.schema.json. Run with `npm run docs` (scripts/generate-docs.mjs bundles this
// file first); tests fail while either is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configSchemaText } from '../src/config/schema.js';
import { withRulesTable } from '../src/rules/docs.js';
import { RULES } from '../src/rules/index.js';
import { RULE_FAMILIES } from '../src/rules/types.js';

const root = process.argv[2] ?? process.cwd();
const readmePath = path.join(root, 'README.md');
const schemaPath = path.join(root, 'schema', 'config.schema.json');

const readme = readFileSync(readmePath, 'utf8');
const updated = withRulesTable(readme, RULES);
if (updated !== readme) writeFileSync(readmePath, updated);
mkdirSync(path.dirname(schemaPath), { recursive: true });
writeFileSync(schemaPath, configSchemaText(RULES, RULE_FAMILIES));
console.log(`README.md rule table: ${RULES.length} rules; schema/config.schema.json written`);
