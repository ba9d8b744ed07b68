/**
 * Kubelet settings that node user data changes: AL2 `bootstrap.sh` arguments
 * (`--kubelet-extra-args '--max-pods=.. --kube-reserved memory=..'`, `--use-max-pods false`),
 * an AL2023 nodeadm `NodeConfig`, and Bottlerocket TOML settings.
 */
import { load } from '../../load/js-yaml.js';
import { kubeletConfiguration, kubeletSettings } from '../../model/kubelet.js';
import { normalizeEffect } from '../../model/kubernetes.js';
import { parseQuantity } from '../../model/quantity.js';
import type { KubeletSettings, Taint } from '../../model/types.js';
import { asArray, asNumber, asObject, asString, get } from '../../model/util.js';

export interface UserDataSettings {
  readonly family?: 'bottlerocket' | 'al2023' | 'al2';
  readonly kubelet: KubeletSettings;
  /** `--use-max-pods false`: the kubelet keeps its own pod limit (110). */
  readonly useMaxPods?: boolean;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
  /** The bootstrap line has a value the template does not fix (`${BootstrapArguments}`). */
  readonly argumentsUnknown: boolean;
}

const EMPTY: UserDataSettings = { kubelet: {}, labels: {}, taints: [], argumentsUnknown: false };

/** `k=v,k2=v2` of `--node-labels`. */
function labelList(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
  }
  return out;
}

/** `key=value:Effect,key2:Effect` of `--register-with-taints`. */
function taintList(text: string): Taint[] {
  return text.split(',').flatMap((spec) => {
    const colon = spec.lastIndexOf(':');
    if (colon < 0) return [];
    const effect = normalizeEffect(spec.slice(colon + 1).trim());
    const [key = '', value] = spec.slice(0, colon).split('=');
    return effect && key.trim() ? [{ key: key.trim(), effect, ...(value !== undefined ? { value: value.trim() } : {}) }] : [];
  });
}

/** `memory=1Gi,cpu=100m` of `--kube-reserved` / `--system-reserved`. */
function memoryOf(list: string): number | undefined {
  const m = /(?:^|,)\s*memory=([^,\s'"]+)/.exec(list);
  return m ? parseQuantity(m[1]) : undefined;
}

/** `memory.available<200Mi,nodefs.available<10%` of `--eviction-hard`. */
function evictionOf(list: string): string | undefined {
  const m = /memory\.available<([^,\s'"]+)/.exec(list);
  return m?.[1];
}

/** The value of a kubelet or bootstrap flag written `--flag=value` or `--flag value`. */
function flag(text: string, name: string): string | undefined {
  const m = new RegExp(`--${name}(?:=|\\s+)(?:'([^']*)'|"([^"]*)"|([^\\s'"\\\\]+))`).exec(text);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Kubelet flags (from `--kubelet-extra-args` or a nodeadm `flags` list). */
function kubeletFlags(text: string): Pick<UserDataSettings, 'kubelet' | 'labels' | 'taints'> {
  const maxPods = asNumber(flag(text, 'max-pods'));
  const kubeReserved = flag(text, 'kube-reserved');
  const systemReserved = flag(text, 'system-reserved');
  const eviction = flag(text, 'eviction-hard');
  const kubeReservedMemory = kubeReserved !== undefined ? memoryOf(kubeReserved) : undefined;
  const systemReservedMemory = systemReserved !== undefined ? memoryOf(systemReserved) : undefined;
  const evictionHardMemory = eviction !== undefined ? evictionOf(eviction) : undefined;
  const labels = flag(text, 'node-labels');
  const taints = flag(text, 'register-with-taints');
  return {
    kubelet: kubeletSettings({ maxPods, kubeReservedMemory, systemReservedMemory, evictionHardMemory }),
    labels: labels !== undefined ? labelList(labels) : {},
    taints: taints !== undefined ? taintList(taints) : [],
  };
}

/** The YAML of a nodeadm NodeConfig inside (MIME multi-part) user data. */
function nodeConfig(userData: string): Record<string, unknown> | undefined {
  if (!/kind:\s*NodeConfig/.test(userData)) return undefined;
  const parts = userData.split(/^--\S*\s*$/m);
  for (const part of parts) {
    if (!/kind:\s*NodeConfig/.test(part)) continue;
    // A MIME part's headers end at the first blank line; plain YAML user data has none.
    const body = /^[\w-]+:\s.*\n/.test(part) && /^Content-Type:/im.test(part) ? part.slice(part.search(/\n\s*\n/) + 1) : part;
    try {
      const value = asObject(load(body));
      if (value && value['kind'] === 'NodeConfig') return value;
    } catch {
      // not YAML after all: nothing known from it
    }
  }
  return undefined;
}

function fromNodeConfig(config: Record<string, unknown>): UserDataSettings {
  const flags = asArray(get(config, 'spec', 'kubelet', 'flags'))
    .map(asString)
    .filter((f): f is string => f !== undefined)
    .join(' ');
  const fromFlags = kubeletFlags(flags);
  // The KubeletConfiguration wins over a flag that sets the same thing.
  const fromConfig = kubeletConfiguration(get(config, 'spec', 'kubelet', 'config'));
  return {
    family: 'al2023',
    kubelet: { ...fromFlags.kubelet, ...fromConfig },
    labels: fromFlags.labels,
    taints: fromFlags.taints,
    argumentsUnknown: false,
  };
}

/** Bottlerocket user data is TOML: `[settings.kubernetes]` and its sub-tables. */
function fromBottlerocket(userData: string): UserDataSettings {
  const tables = new Map<string, Map<string, string>>();
  let current = '';
  for (const raw of userData.split('\n')) {
    const line = raw.trim();
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      current = (header[1] ?? '').replace(/["\s]/g, '');
      continue;
    }
    const kv = /^("?)([^"=]+)\1\s*=\s*(.+)$/.exec(line);
    if (!kv) continue;
    const table = tables.get(current) ?? new Map<string, string>();
    table.set((kv[2] ?? '').trim(), (kv[3] ?? '').trim().replace(/^"(.*)"$/, '$1'));
    tables.set(current, table);
  }
  const k8s = tables.get('settings.kubernetes');
  const maxPods = asNumber(k8s?.get('max-pods'));
  const kubeReserved = parseQuantity(tables.get('settings.kubernetes.kube-reserved')?.get('memory'));
  const systemReserved = parseQuantity(tables.get('settings.kubernetes.system-reserved')?.get('memory'));
  const eviction = tables.get('settings.kubernetes.eviction-hard')?.get('memory.available');
  const labels = Object.fromEntries(tables.get('settings.kubernetes.node-labels') ?? []);
  const taints = [...(tables.get('settings.kubernetes.node-taints') ?? [])].flatMap(([key, spec]) =>
    spec
      .replace(/^\[|\]$/g, '')
      .split(',')
      .flatMap((one) => taintList(`${key}=${one.trim().replace(/^"|"$/g, '')}`)),
  );
  return {
    family: 'bottlerocket',
    kubelet: kubeletSettings({ maxPods, kubeReservedMemory: kubeReserved, systemReservedMemory: systemReserved, evictionHardMemory: eviction }),
    labels,
    taints,
    argumentsUnknown: false,
  };
}

/** What the user data says about the kubelet, or nothing when it says nothing we read. */
export function parseUserData(userData: string | undefined): UserDataSettings {
  if (!userData) return EMPTY;
  const config = nodeConfig(userData);
  if (config) return fromNodeConfig(config);
  if (/^\s*\[settings\.kubernetes/m.test(userData)) return fromBottlerocket(userData);
  const lines = userData.split('\n');
  // The bootstrap invocation may span lines joined with backslashes.
  const bootstrap = lines
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => /bootstrap\.sh|--kubelet-extra-args|KUBELET_EXTRA_ARGS/.test(l));
  if (bootstrap.length === 0) return EMPTY;
  const text = bootstrap.join('\n');
  const useMaxPods = flag(text, 'use-max-pods');
  const extra = flag(text, 'kubelet-extra-args') ?? '';
  const env = /KUBELET_EXTRA_ARGS\+?=\s*(?:'([^']*)'|"([^"]*)")/.exec(text);
  const parsed = kubeletFlags(`${extra} ${env?.[1] ?? env?.[2] ?? ''}`);
  return {
    family: 'al2',
    ...parsed,
    ...(useMaxPods === 'false' ? { useMaxPods: false } : useMaxPods === 'true' ? { useMaxPods: true } : {}),
    argumentsUnknown: hasUnknownArguments(text, `${extra} ${env?.[1] ?? env?.[2] ?? ''}`),
  };
}

const PLACEHOLDER = /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*/;

/**
 * A value the template leaves open where flags go (`bootstrap.sh ${ClusterName}
 * ${BootstrapArguments}`, kubelet args from a variable) may set labels, taints or reserves we
 * cannot see. Placeholders that are the cluster name or a flag's value are harmless.
 */
function hasUnknownArguments(text: string, kubeletArgs: string): boolean {
  if (PLACEHOLDER.test(kubeletArgs)) return true;
  const tokens = text.replace(/['"]/g, ' ').split(/\s+/);
  return tokens.some((token, i) => {
    if (!PLACEHOLDER.test(token) || token.startsWith('--')) return false;
    const previous = tokens[i - 1] ?? '';
    const isFlagValue = previous.startsWith('--') && !previous.includes('=') && previous !== '--kubelet-extra-args';
    return !previous.endsWith('bootstrap.sh') && !isFlagValue && !/^[A-Za-z_]+\+?=/.test(token);
  });
}
