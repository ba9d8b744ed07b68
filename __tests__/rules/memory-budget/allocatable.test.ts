import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allInstanceTypes, instanceType, type InstanceTypeInfo } from '../../../src/data/instance-types.js';
import { systemPodLoads } from '../../../src/rules/memory-budget/_analysis.js';
import { budgetDetails, budgetOf, type Budget } from '../../../src/rules/memory-budget/_nodes.js';
import { DATA } from '../../helpers/paths.js';

const MiB = 2 ** 20;
const doc = readFileSync(path.join(DATA, 'allocatable.md'), 'utf8');

/** allocatable.md §7 "Worked examples": row label → (instance type → cell text). */
function workedExamples(): Map<string, Map<string, string>> {
  const section = doc.slice(doc.indexOf('## 7. Worked examples'), doc.indexOf('## 8.'));
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const cells = (l: string): string[] =>
    l
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const [header = '', , ...rows] = lines;
  const types = cells(header).slice(1);
  return new Map(
    rows.map((r) => {
      const [label = '', ...values] = cells(r);
      return [label.replace(/\*/g, ''), new Map(types.map((t, i) => [t, values[i] ?? '']))];
    }),
  );
}

/** The number a cell ends with ("3·3+2 = **11**" → 11, "2048 − 154 = 1894" → 1894). */
const last = (cell: string): number => Number(/(\d+)\D*$/.exec(cell)?.[1]);
const ints = (cell: string): number[] => (cell.match(/\d+/g) ?? []).map(Number);

const table = workedExamples();
const row = (prefix: string): Map<string, string> => {
  const found = [...table.entries()].find(([label]) => label.startsWith(prefix));
  if (!found) throw new Error(`allocatable.md §7 has no row "${prefix}"`);
  return found[1];
};
const typesInDoc = [...row('vCPU / nominal MiB').keys()];
const toMiB = (bytes: number): number => bytes / MiB;
/** The same type as if Karpenter had never measured it: priced with the 7.5 % fallback. */
const unmeasured = (t: InstanceTypeInfo): InstanceTypeInfo => ({ ...t, name: `${t.name}-unmeasured` });
const al = (t: InstanceTypeInfo, maxPods?: number): Budget => {
  const b = budgetOf(t, 'amazon-linux', maxPods !== undefined ? { maxPods } : {});
  if (!b) throw new Error(`no budget for ${t.name}`);
  return b;
};

describe('allocatable memory against allocatable.md §7 worked examples', () => {
  test('the worked examples cover the types the issue asks for', () => {
    expect(typesInDoc).toEqual(['t3.small', 't3.medium', 'c5.large', 'm5.large', 'm6i.large', 'r5.xlarge']);
  });

  test.each(typesInDoc)('%s', (name) => {
    const t = instanceType(name);
    if (!t) throw new Error(`${name} missing from the instance table`);
    const [vcpu, nominal] = ints(row('vCPU / nominal MiB').get(name) ?? '');
    expect([t.vcpu, t.memoryMiB]).toEqual([vcpu, nominal]);
    expect(t.eniMaxPods).toBe(last(row('ENI max pods').get(name) ?? ''));

    const b = al(t);
    expect(toMiB(b.kubeReserved)).toBe(Number(row('kube-reserved memory').get(name)));
    expect(toMiB(b.kubeReserved + b.eviction)).toBe(Number(row('+ eviction 100').get(name)));
    // The §7 figures are Karpenter's 7.5 % estimate: what an unmeasured type gets.
    const k = al(unmeasured(t));
    expect(toMiB(k.nominal - k.vmOverhead)).toBe(last(row('Karpenter capacity').get(name) ?? ''));
    expect(toMiB(k.conservative)).toBe(last(row('Conservative allocatable').get(name) ?? ''));
    expect(k.conservative).toBe(t.karpenterAllocatableMiB * MiB);
    // Every one of these types was measured, and the measurement is what the rules use.
    expect(b.overheadSource.kind).toBe('measured');
    // The 0.97 × nominal bound of §7 was exceeded by real r5 nodes; the measured bound is tighter on
    // small nodes, where the VM overhead is a larger share, and looser on large ones.
    expect(b.optimistic).toBeGreaterThan(b.conservative);

    // Per-node system pods: ebs-csi-node requests 104Mi, aws-node and kube-proxy nothing.
    const loads = systemPodLoads({ mode: 'replace', pods: [{ name: 'aws-node' }, { name: 'kube-proxy' }, { name: 'ebs-csi-node' }] });
    const requested = loads.reduce((n, l) => n + l.request, 0);
    expect(toMiB(k.conservative - requested)).toBe(Number(row('− ebs-csi-node').get(name)));

    // Prefix delegation raises the pod limit, not Amazon Linux's ENI-based kube-reserved.
    const pd = last(row('Prefix-delegation pod limit').get(name) ?? '');
    expect(al(t, pd).maxPods).toBe(pd);
    expect(al(t, pd).conservative).toBe(b.conservative);

    // Bottlerocket reserves on the resolved max-pods.
    const [brReserved, brAllocatable] = ints(row('Bottlerocket with max-pods 110').get(name) ?? '');
    const br = budgetOf(unmeasured(t), 'bottlerocket', { maxPods: 110 });
    expect(br && toMiB(br.kubeReserved)).toBe(brReserved);
    expect(br && toMiB(br.conservative)).toBe(brAllocatable);
  });

  test('the §7 check for m5.large: 8192 − ceil(8192 × 0.075) = 7577; 7577 − 574 − 100 = 6903', () => {
    const m = /8192 − ceil\(8192 × 0\.075\) = (\d+);\s*\n?\s*\1 − \(11 × 29 \+ 255\) − 100 = (\d+) Mi/.exec(doc);
    expect(m).not.toBeNull();
    const b = al(unmeasured(instanceType('m5.large') as InstanceTypeInfo));
    expect(toMiB(b.nominal - b.vmOverhead)).toBe(Number(m?.[1]));
    expect(toMiB(b.conservative)).toBe(Number(m?.[2]));
  });
});

describe("unmeasured types: Karpenter's 7.5 % estimate, the karpenter_allocatable_mib column of instance-types.csv", () => {
  const csv = readFileSync(path.join(DATA, 'instance-types.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

  test.each(['m6g.large', 'c7g.xlarge', 't4g.medium'])('%s (arm64: 64Mi CMA before the 7.5%% overhead)', (name) => {
    const cells = csv.find((c) => c[0] === name);
    if (!cells) throw new Error(`${name} not in instance-types.csv`);
    const [, , , arch, , memory, pods, karpenter] = cells;
    expect(arch).toBe('arm64');
    const t = unmeasured(instanceType(name) as InstanceTypeInfo);
    const b = al(t);
    expect(b.overheadSource).toEqual({ kind: 'percent' });
    expect(toMiB(b.conservative)).toBe(Number(karpenter));
    const base = Number(memory) - 64;
    expect(toMiB(b.conservative)).toBe(base - Math.ceil(base * 0.075) - (11 * Number(pods) + 255) - 100);
  });

  test('every type the measured table lacks reproduces karpenter_allocatable_mib; every measured one is at or above it', () => {
    const fallback = allInstanceTypes().filter((t) => al(t).overheadSource.kind === 'percent');
    expect(fallback.length).toBeGreaterThan(600);
    expect(fallback.map((t) => t.name)).toContain('m8i.large');
    expect(fallback.filter((t) => al(t).conservative !== t.karpenterAllocatableMiB * MiB).map((t) => t.name)).toEqual([]);
    expect(
      allInstanceTypes()
        .filter((t) => al(unmeasured(t)).conservative !== t.karpenterAllocatableMiB * MiB)
        .map((t) => t.name),
    ).toEqual([]);
  });

  test('a type Karpenter measured uses its measurement, plus the launch-to-launch spread', () => {
    const c5 = al(instanceType('c5.large') as InstanceTypeInfo);
    expect(c5.overheadSource).toEqual({ kind: 'measured', mib: 405 });
    expect(toMiB(c5.nominal - c5.vmOverhead)).toBe(4096 - 405 - Math.ceil(4096 * 0.007));
    expect(toMiB(c5.nominal - c5.vmOverheadLow)).toBe(4096 - 405 + Math.ceil(4096 * 0.0125));
  });

  test('an unmeasured type says so in its details', () => {
    const details = budgetDetails(al(instanceType('m8i.large') as InstanceTypeInfo)).join('\n');
    expect(details).toContain("m8i.large has no measured VM overhead: Karpenter's default 7.5% is assumed");
    expect(budgetDetails(al(instanceType('m5.large') as InstanceTypeInfo)).join('\n')).toContain('8192 − 559 measured VM overhead');
  });
});

describe('kubelet overrides', () => {
  const m5 = instanceType('m5.large') as InstanceTypeInfo;

  test('kube-reserved, system-reserved and an eviction threshold in MiB or percent replace the defaults', () => {
    // m5.large capacity: 8192 − 559 measured − ceil(8192 × 0.7 %) = 7575; upper bound 8192 − 559 + 103 = 7736.
    const b = budgetOf(m5, 'amazon-linux', { kubeReservedMemory: 1024 * MiB, systemReservedMemory: 256 * MiB, evictionHardMemory: '500Mi' }) as Budget;
    expect(toMiB(b.conservative)).toBe(7575 - 1024 - 256 - 500);
    const pct = budgetOf(m5, 'amazon-linux', { evictionHardMemory: '10%' }) as Budget;
    expect(toMiB(pct.eviction)).toBeCloseTo(757.5, 5);
    expect(toMiB(pct.optimistic)).toBeCloseTo(7736 * 0.9 - 574, 5);
  });

  test('--use-max-pods false leaves the kubelet default of 110 pods; memory stays ENI-based', () => {
    const b = budgetOf(m5, 'amazon-linux', {}, false) as Budget;
    expect(b.maxPods).toBe(110);
    expect(toMiB(b.conservative)).toBe(6901);
  });

  test('Windows nodes are not modelled', () => {
    expect(budgetOf(m5, 'windows', {})).toBeUndefined();
  });
});
