import type { CustomApi } from '../rules/version-skew/_options.js';
import type { Severity } from '../findings.js';
import type { LoadedDocument, PathSegment } from '../load/types.js';
import { asArray, asBoolean, asNumber, asObject, asString, get, normalizeMinor, stringMap } from '../model/util.js';
import type { Problem } from './problems.js';
import type { ConfigCluster, ConfigNodeGroup, ConfigTaint, NetworkOptions, RuleLevel, RuleSetting, SystemPodsOption } from './types.js';

/*
 * Reads a schema-checked config document into the Config the review uses, section by section,
 * leaving out each entry that failed validation and adding the problems only the whole
 * document shows (duplicate names, minSize above maxSize).
 */

/**
 * The entry an invalid value takes down with it: one rule setting, one cluster, node group,
 * system pod or list item, so that one typo does not discard the rest of the config.
 */
function entryOf(p: readonly PathSegment[]): PathSegment[] {
  // A bad rule option takes only itself down: the rule keeps its severity and its other options.
  if (p[0] === 'rules' && p[2] === 'options' && p.length > 3) return p.slice(0, 4);
  const depth = p[0] === 'paths' || p[0] === 'network' || p[0] === 'systemPods' || p[0] === 'kustomize' ? 3 : 2;
  return p.slice(0, depth);
}

function startsWith(p: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= p.length && prefix.every((seg, i) => String(seg) === String(p[i]));
}

export class ConfigReader {
  readonly problems: Problem[] = [];
  private readonly dropped: PathSegment[][] = [];

  constructor(
    readonly doc: LoadedDocument,
    readonly value: Record<string, unknown>,
  ) {}

  drop(p: readonly PathSegment[]): void {
    this.dropped.push(entryOf(p));
  }

  /** True when the entry at `p` (or one containing it) failed validation. */
  isDropped(p: readonly PathSegment[]): boolean {
    return this.dropped.some((d) => startsWith(p, d));
  }

  problem(p: PathSegment[], message: string, severity?: Severity): void {
    this.problems.push({ path: p, message, ...(severity ? { severity } : {}) });
  }

  strings(p: PathSegment[]): string[] | undefined {
    const list = get(this.value, ...p);
    if (list === undefined || this.isDropped(p)) return undefined;
    return asArray(list).flatMap((item, i) => {
      const s = asString(item);
      return s !== undefined && !this.isDropped([...p, i]) ? [s] : [];
    });
  }

  minor(p: PathSegment[]): string | undefined {
    const raw = get(this.value, ...p);
    if (raw === undefined) return undefined;
    return normalizeMinor(raw, this.doc.valueText(p));
  }

  rules(): Record<string, RuleSetting> {
    const out: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(asObject(this.value['rules']) ?? {})) {
      if (this.isDropped(['rules', id])) continue;
      if (typeof setting === 'string') out[id] = { severity: setting as RuleLevel };
      else {
        const severity = asString(get(setting, 'severity'));
        const given = asObject(get(setting, 'options'));
        const options = given && Object.fromEntries(Object.entries(given).filter(([name]) => !this.isDropped(['rules', id, 'options', name])));
        out[id] = { ...(severity ? { severity: severity as RuleLevel } : {}), ...(options ? { options } : {}) };
      }
    }
    return out;
  }

  clusters(): ConfigCluster[] {
    const seen = new Set<string>();
    return asArray(this.value['clusters']).flatMap((item, index): ConfigCluster[] => {
      const at: PathSegment[] = ['clusters', index];
      if (this.isDropped(at)) return [];
      const name = asString(get(item, 'name')) ?? '';
      if (seen.has(name)) {
        this.problem([...at, 'name'], `cluster \`${name}\` is defined twice in clusters; this entry is ignored`);
        return [];
      }
      seen.add(name);
      const version = this.minor([...at, 'version']);
      const paths = this.strings([...at, 'paths']);
      return [{ index, name, provider: 'eks', ...(version ? { version } : {}), ...(paths ? { paths } : {}) }];
    });
  }

  /** `apis`: the entries that passed validation, versions read as written ("1.30" stays 1.30). */
  apis(): CustomApi[] | undefined {
    const list = get(this.value, 'apis');
    if (list === undefined || this.isDropped(['apis'])) return undefined;
    return asArray(list).flatMap((entry, i): CustomApi[] => {
      const at: PathSegment[] = ['apis', i];
      const apiVersion = asString(get(entry, 'apiVersion'));
      const kind = asString(get(entry, 'kind'));
      const removedIn = this.minor([...at, 'removedIn']);
      if (this.isDropped(at) || apiVersion === undefined || kind === undefined || removedIn === undefined) return [];
      const deprecatedIn = this.minor([...at, 'deprecatedIn']);
      const replacementApi = asString(get(entry, 'replacementApi'));
      const replacementAvailableIn = this.minor([...at, 'replacementAvailableIn']);
      return [
        {
          apiVersion,
          kind,
          removedIn,
          ...(deprecatedIn !== undefined ? { deprecatedIn } : {}),
          ...(replacementApi !== undefined ? { replacementApi } : {}),
          ...(replacementAvailableIn !== undefined ? { replacementAvailableIn } : {}),
        },
      ];
    });
  }

  nodeGroups(): ConfigNodeGroup[] {
    const seen = new Set<string>();
    return asArray(this.value['nodeGroups']).flatMap((item, index): ConfigNodeGroup[] => {
      const at: PathSegment[] = ['nodeGroups', index];
      if (this.isDropped(at)) return [];
      const name = asString(get(item, 'name')) ?? '';
      const cluster = asString(get(item, 'cluster'));
      const key = `${cluster ?? ''}/${name}`;
      if (seen.has(key)) {
        this.problem([...at, 'name'], `node group \`${name}\` is defined twice in nodeGroups; this entry is ignored`);
        return [];
      }
      seen.add(key);
      const minSize = asNumber(get(item, 'minSize'));
      const maxSize = asNumber(get(item, 'maxSize'));
      const desiredSize = asNumber(get(item, 'desiredSize'));
      if (minSize !== undefined && maxSize !== undefined && minSize > maxSize) {
        this.problem([...at, 'minSize'], `node group \`${name}\`: minSize ${minSize} is above maxSize ${maxSize}; this entry is ignored`);
        return [];
      }
      const taints = asArray(get(item, 'taints')).map((t): ConfigTaint => {
        const value = asString(get(t, 'value'));
        return { key: String(get(t, 'key')), effect: get(t, 'effect') as ConfigTaint['effect'], ...(value !== undefined ? { value } : {}) };
      });
      const kubelet = asObject(get(item, 'kubelet'));
      const version = this.minor([...at, 'version']);
      const amiFamily = asString(get(item, 'amiFamily'));
      const managed = asBoolean(get(item, 'managed'));
      const subnetIds = this.strings([...at, 'subnetIds']);
      return [
        {
          index,
          name,
          ...(cluster !== undefined ? { cluster } : {}),
          instanceTypes: this.strings([...at, 'instanceTypes']) ?? [],
          ...(minSize !== undefined ? { minSize } : {}),
          ...(maxSize !== undefined ? { maxSize } : {}),
          ...(desiredSize !== undefined ? { desiredSize } : {}),
          labels: stringMap(get(item, 'labels')),
          taints,
          ...(kubelet ? { kubelet } : {}),
          ...(version ? { version } : {}),
          ...(amiFamily !== undefined ? { amiFamily } : {}),
          ...(managed !== undefined ? { managed } : {}),
          ...(subnetIds ? { subnetIds } : {}),
        },
      ];
    });
  }

  systemPods(): SystemPodsOption | undefined {
    const section = asObject(this.value['systemPods']);
    if (!section || this.isDropped(['systemPods'])) return undefined;
    const mode = this.isDropped(['systemPods', 'mode']) ? undefined : asString(section['mode']);
    const pods = asArray(section['pods']).flatMap((pod, i) => {
      if (this.isDropped(['systemPods', 'pods', i])) return [];
      const namespace = asString(get(pod, 'namespace'));
      const memoryRequest = asString(get(pod, 'memoryRequest'));
      const memoryLimit = asString(get(pod, 'memoryLimit'));
      return [
        {
          name: String(get(pod, 'name')),
          ...(namespace !== undefined ? { namespace } : {}),
          ...(memoryRequest !== undefined ? { memoryRequest } : {}),
          ...(memoryLimit !== undefined ? { memoryLimit } : {}),
        },
      ];
    });
    // A replace whose pods were dropped for errors would silently zero the system pods.
    if (mode === 'replace' && this.isDropped(['systemPods', 'pods'])) return undefined;
    return { mode: mode === 'replace' ? 'replace' : 'extend', pods };
  }

  network(): NetworkOptions | undefined {
    const section = asObject(this.value['network']);
    if (!section || this.isDropped(['network'])) return undefined;
    const out: Record<string, string[]> = {};
    for (const key of ['publicSubnetIds', 'privateSubnetIds', 'allowedEndpointCidrs'] as const) {
      const list = this.strings(['network', key]);
      if (list) out[key] = list;
    }
    return out as NetworkOptions;
  }
}
