import { readFileSync } from 'node:fs';
import path from 'node:path';
// The generator is plain ESM; the test runs it over data/ and compares with the tree.
import { renderNodeData } from '../../scripts/generate-node-data.mjs';
import { eniMaxPods } from '../../src/data/eni-max-pods.js';
import { allInstanceTypes, instanceType } from '../../src/data/instance-types.js';
import { SYSTEM_PODS } from '../../src/data/system-pods.js';
import { instanceDetails } from '../../src/data/instance-type-details.js';
import { measuredVmMemoryOverheads, vmMemoryOverheadMiB } from '../../src/data/vm-memory-overhead.js';
import { REPO_ROOT, DATA } from '../helpers/paths.js';

const table = (name: string): string => readFileSync(path.join(DATA, name), 'utf8');

/** The data/ CSVs quote no cell (README: only cells with a comma are quoted, and none has one). */
function csvRows(name: string): Record<string, string>[] {
  const [header = '', ...lines] = table(name).trimEnd().split('\n');
  const keys = header.split(',');
  return lines.map((line) => {
    expect(line).not.toContain('"');
    const cells = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
  });
}

describe('generated node data', () => {
  test('src/data matches a fresh generation from data/ (run npm run data:generate)', () => {
    const generated: Map<string, string> = renderNodeData(DATA);
    expect([...generated.keys()].sort()).toEqual(['src/data/eni-max-pods.ts', 'src/data/instance-type-details.ts', 'src/data/instance-types.ts', 'src/data/system-pods.ts', 'src/data/vm-memory-overhead.ts']);
    for (const [file, content] of generated) {
      expect(readFileSync(path.join(REPO_ROOT, file), 'utf8')).toBe(content);
    }
  });

  test('every instance-types.csv row reads back with all its columns', () => {
    const rows = csvRows('instance-types.csv');
    expect(rows.length).toBeGreaterThan(1000);
    expect(allInstanceTypes()).toHaveLength(rows.length);
    for (const r of rows) {
      expect(instanceType(r['instance_type'] ?? '')).toEqual({
        name: r['instance_type'],
        family: r['family'],
        size: r['size'],
        arch: r['arch'],
        vcpu: Number(r['vcpu']),
        memoryMiB: Number(r['memory_mib']),
        eniMaxPods: Number(r['eni_max_pods']),
        karpenterAllocatableMiB: Number(r['karpenter_allocatable_mib']),
      });
    }
    expect(instanceType('c5.huge')).toBeUndefined();
  });

  test('types are parsed on first use, each to one object whichever way it is reached', () => {
    const first = instanceType('m5.large');
    expect(instanceType('m5.large')).toBe(first);
    const all = allInstanceTypes();
    expect(all.find((t) => t.name === 'm5.large')).toBe(first);
    expect(all.map((t) => t.name)).toEqual([...all.map((t) => t.name)].sort());
    for (const t of all) expect(instanceType(t.name)).toBe(t);
    expect(instanceDetails('p4d.24xlarge')).toBe(instanceDetails('p4d.24xlarge'));
    expect(instanceDetails('c5.huge')).toBeUndefined();
    // Rules ask for the whole table per finding (40,000 findings at 100k documents): built once.
    expect(allInstanceTypes()).toBe(all);
  });

  test('every vm-memory-overhead.csv row reads back, and unlisted types have no measurement', () => {
    const rows = csvRows('vm-memory-overhead.csv');
    expect(rows).toHaveLength(656);
    expect(measuredVmMemoryOverheads().size).toBe(rows.length);
    for (const r of rows) expect(vmMemoryOverheadMiB(r['instance_type'] ?? '')).toBe(Number(r['vm_memory_overhead_mib']));
    expect(vmMemoryOverheadMiB('c5.large')).toBe(405);
    expect(vmMemoryOverheadMiB('m8i.large')).toBeUndefined();
  });

  test('instance-type-details.csv covers the instance table and reads back labels and extended resources', () => {
    const rows = csvRows('instance-type-details.csv');
    expect(rows.map((r) => r['instance_type'])).toEqual(allInstanceTypes().map((t) => t.name));
    for (const r of rows) {
      const d = instanceDetails(r['instance_type'] ?? '');
      expect(d?.labels.get('instance-gpu-count')).toBe(r['gpu_count'] || undefined);
      expect(d?.labels.get('instance-hypervisor')).toBe(r['hypervisor'] || undefined);
      expect(d?.resources.get('nvidia.com/gpu')).toBe(r['nvidia_gpu'] ? Number(r['nvidia_gpu']) : undefined);
      expect(d?.resources.get('aws.amazon.com/neuron')).toBe(r['neuron'] ? Number(r['neuron']) : undefined);
      expect(d?.resources.get('vpc.amazonaws.com/efa')).toBe(r['efa'] ? Number(r['efa']) : undefined);
    }
    expect(instanceDetails('p4d.24xlarge')?.resources.get('nvidia.com/gpu')).toBe(8);
    expect(instanceDetails('m5.large')?.resources.size).toBe(0);
  });

  test('every eni-max-pods.txt entry reads back, and agrees with the instance table', () => {
    const entries = table('eni-max-pods.txt')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    expect(entries.length).toBeGreaterThan(1300);
    for (const [name = '', pods] of entries) expect(eniMaxPods(name)).toBe(Number(pods));
    for (const t of allInstanceTypes()) expect(eniMaxPods(t.name)).toBe(t.eniMaxPods);
  });

  test('system pods keep every row, and EKS installs aws-node, kube-proxy and CoreDNS by default', () => {
    const rows = csvRows('system-pods.csv');
    expect(SYSTEM_PODS.map((p) => `${p.namespace}/${p.name}`)).toEqual(rows.map((r) => `${r['namespace']}/${r['name']}`));
    expect(SYSTEM_PODS.filter((p) => p.defaultOnEks).map((p) => p.name)).toEqual(['aws-node', 'coredns', 'kube-proxy']);
    const ebs = SYSTEM_PODS.find((p) => p.name === 'ebs-csi-node');
    expect(ebs).toMatchObject({ kind: 'DaemonSet', memoryRequestMiB: 104, memoryLimitMiB: 320 });
    // An empty cell is "none set", never zero.
    expect(SYSTEM_PODS.find((p) => p.name === 'aws-node')?.memoryRequestMiB).toBeUndefined();
  });
});
