import { Ajv } from 'ajv';

/**
 * What GitHub code scanning requires of an uploaded SARIF 2.1.0 log (docs: code-security/
 * reference/code-scanning/sarif-files/sarif-support, "Supported SARIF output file properties",
 * and the sarif-limits reusable), written out as a JSON schema plus the cross-field checks a
 * schema cannot express.
 */
const text = (max?: number) => ({
  type: 'object',
  required: ['text'],
  properties: { text: { type: 'string', minLength: 1, ...(max ? { maxLength: max } : {}) } },
});

const schema = {
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  properties: {
    $schema: { const: 'https://json.schemastore.org/sarif-2.1.0.json' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string' },
                  semanticVersion: { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+' },
                  rules: {
                    type: 'array',
                    maxItems: 25000,
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'fullDescription', 'help'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        name: { type: 'string', maxLength: 255 },
                        shortDescription: text(1024),
                        fullDescription: text(1024),
                        help: text(),
                        helpUri: { type: 'string', pattern: '^https?://' },
                        defaultConfiguration: {
                          type: 'object',
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } },
                        },
                        properties: {
                          type: 'object',
                          properties: { tags: { type: 'array', maxItems: 20, items: { type: 'string' } } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            maxItems: 25000,
            items: {
              type: 'object',
              required: ['ruleId', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string' },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: text(),
                locations: {
                  type: 'array',
                  minItems: 1,
                  maxItems: 1000,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            // Repo-relative: no scheme, no leading slash or `../`, no backslashes, no raw spaces.
                            properties: { uri: { type: 'string', minLength: 1, pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)(?!\\.\\./)[^\\\\ ]+$' } },
                          },
                          region: {
                            type: 'object',
                            required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                              endLine: { type: 'integer', minimum: 1 },
                              endColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: {
                  type: 'object',
                  required: ['primaryLocationLineHash'],
                  properties: { primaryLocationLineHash: { type: 'string', minLength: 1 } },
                },
              },
            },
          },
        },
      },
    },
  },
};

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

interface Log {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex?: number; locations: { physicalLocation: { region: Record<string, number> } }[] }[];
  }[];
}

/** Problems that would make code scanning reject or mis-file the log; empty when it is fine. */
export function sarifProblems(log: unknown): string[] {
  if (!validate(log)) return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  const problems: string[] = [];
  for (const [r, run] of (log as unknown as Log).runs.entries()) {
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    if (new Set(ids).size !== ids.length) problems.push(`runs[${r}]: duplicate rule ids`);
    for (const [i, result] of run.results.entries()) {
      if (!ids.includes(result.ruleId)) problems.push(`runs[${r}].results[${i}]: rule ${result.ruleId} is not described`);
      if (result.ruleIndex !== undefined && ids[result.ruleIndex] !== result.ruleId)
        problems.push(`runs[${r}].results[${i}]: ruleIndex points at another rule`);
      for (const location of result.locations) {
        const { startLine = 0, endLine = 0, startColumn = 0, endColumn = 0 } = location.physicalLocation.region;
        if (endLine < startLine || (endLine === startLine && endColumn < startColumn)) problems.push(`runs[${r}].results[${i}]: region ends before it starts`);
      }
    }
  }
  return problems;
}
