import { RULES } from '../src/rules/index.js';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

describe('rule registry', () => {
  test('ids are unique, <family>/<name>, and match their file', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(rule.id.split('/')[0]).toBe(rule.family);
      expect(statSync(path.join('src', 'rules', `${rule.id}.ts`)).isFile()).toBe(true);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });

  test('every rule has its own test file, named after it, and its doc page', () => {
    const missing = RULES.flatMap((r) => [path.join('__tests__', 'rules', `${r.id}.test.ts`), path.join('docs', 'rules', `${r.id}.md`)]).filter(
      (f) => !existsSync(f),
    );
    expect(missing).toEqual([]);
  });

  test('every rule file under src/rules/<family>/ is registered', () => {
    const families = readdirSync(path.join('src', 'rules')).filter((f) => statSync(path.join('src', 'rules', f)).isDirectory());
    const files = families.flatMap((family) =>
      readdirSync(path.join('src', 'rules', family))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
        .map((f) => `${family}/${f.replace(/\.ts$/, '')}`),
    );
    expect(files.sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});
