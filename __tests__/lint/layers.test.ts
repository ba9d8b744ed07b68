import { ESLint } from 'eslint';

/*
 * The layering is a lint rule, not a convention: these snippets are linted with the repository's
 * own eslint.config.js as if they were files at the given paths, so an upward import is an error.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('layers: collect → load → model → rules → config → engine → report → github', () => {
  test.each([
    ['src/rules/input/new-rule.ts', "import { applySuppressions } from '../../engine/suppress.js';\nexport const x = applySuppressions;\n"],
    ['src/model/new-builder.ts', "import type { Config } from '../config/types.js';\nexport type X = Config;\n"],
    ['src/collect/new.ts', "import { loadFile } from '../load/yaml.js';\nexport const x = loadFile;\n"],
    ['src/engine/new.ts', "import { renderText } from '../report/text.js';\nexport const x = renderText;\n"],
    ['src/data/new-table.ts', "import { RULES } from '../rules/index.js';\nexport const x = RULES;\n"],
  ])(
    '%s importing upward fails lint',
    async (filePath, code) => {
      expect(await layerErrors(filePath, code)).toEqual([expect.stringMatching(/may import only|import no pipeline layer/)]);
    },
    60_000,
  );

  test('importing down a layer is fine', async () => {
    expect(await layerErrors('src/engine/new.ts', "import { RULES } from '../rules/index.js';\nexport const x = RULES;\n")).toEqual([]);
    expect(await layerErrors('src/rules/input/new-rule.ts', "import type { Model } from '../../model/types.js';\nexport type X = Model;\n")).toEqual([]);
  }, 60_000);
});
