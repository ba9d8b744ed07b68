import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Microsoft's SARIF Multitool (`@microsoft/sarif-multitool`, a self-contained .NET build per
 * platform, no .NET install needed) validating a log: the JSON schema plus its SARIF1xxx (spec
 * rules, errors/warnings) and SARIF2xxx (guidance, notes) rules.
 */
export interface MultitoolResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  text: string;
}

/** The platform binary; the npm wrapper runs it through a shell, which splits `--level "a;b"`. */
export function multitoolBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    const dir = path.dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
    const binary = path.join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
    if (!existsSync(binary)) return undefined;
    try {
      accessSync(binary, constants.X_OK);
    } catch {
      chmodSync(binary, 0o755); // its postinstall does this, unless install scripts are off
    }
    return binary;
  } catch {
    return undefined;
  }
}

interface ValidationLog {
  runs: {
    tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } };
    results?: { ruleId: string; level?: string; message: { id?: string; arguments?: string[] } }[];
  }[];
}

export function validateSarif(log: unknown): MultitoolResult[] {
  const binary = multitoolBinary();
  if (!binary) throw new Error('@microsoft/sarif-multitool has no binary for this platform');
  const dir = mkdtempSync(path.join(tmpdir(), 'mr-sarif-'));
  try {
    const input = path.join(dir, 'log.sarif');
    const output = path.join(dir, 'validation.sarif');
    writeFileSync(input, JSON.stringify(log, null, 2));
    const run = spawnSync(binary, ['validate', input, '--output', output, '--level', 'Error;Warning;Note'], {
      encoding: 'utf8',
      // ICU is not on every CI image; the tool needs no culture data.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    if (!existsSync(output)) throw new Error(`sarif-multitool failed (${run.status}): ${run.stdout}${run.stderr}`);
    const validation = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog;
    const runLog = validation.runs[0];
    const rules = new Map((runLog?.tool.driver.rules ?? []).map((r) => [r.id, r]));
    return (runLog?.results ?? []).map((r) => {
      const template = (r.message.id && rules.get(r.ruleId)?.messageStrings?.[r.message.id]?.text) ?? '';
      const text = template.replace(/\{(\d+)\}/g, (_m, i: string) => r.message.arguments?.[Number(i)] ?? '');
      return { ruleId: r.ruleId, level: (r.level ?? 'warning') as MultitoolResult['level'], text };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
