// `node scripts/extract-instance-details.mjs INSTANCE_TYPES_MD [--check]`: writes
// data/instance-type-details.csv from Karpenter's generated instance-type reference
// (aws/karpenter-provider-aws website/content/en/docs/reference/instance-types.md, the same document
// instance-types.csv was cut from): the labels a NodePool can select on beyond family/size/cpu/memory
// (hypervisor, CPU and GPU make, local NVMe, network bandwidth) and the extended resources a node
// offers (GPUs, Neuron devices and cores, EFA interfaces), so a pod asking for `nvidia.com/gpu` is
// judged only against types that have one. Facts (numbers and names) only; no code is copied.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DETAILS_CSV = path.join(root, 'data', 'instance-type-details.csv');

/** CSV column → the Karpenter label (`label:`) or node resource (`resource:`) it is read from. */
export const COLUMNS = [
  ['hypervisor', 'label:karpenter.k8s.aws/instance-hypervisor'],
  ['cpu_manufacturer', 'label:karpenter.k8s.aws/instance-cpu-manufacturer'],
  ['encryption_in_transit', 'label:karpenter.k8s.aws/instance-encryption-in-transit-supported'],
  ['local_nvme_gb', 'label:karpenter.k8s.aws/instance-local-nvme'],
  ['network_bandwidth_mbps', 'label:karpenter.k8s.aws/instance-network-bandwidth'],
  ['ebs_bandwidth_mbps', 'label:karpenter.k8s.aws/instance-ebs-bandwidth'],
  ['gpu_count', 'label:karpenter.k8s.aws/instance-gpu-count'],
  ['gpu_manufacturer', 'label:karpenter.k8s.aws/instance-gpu-manufacturer'],
  ['gpu_name', 'label:karpenter.k8s.aws/instance-gpu-name'],
  ['gpu_memory_mib', 'label:karpenter.k8s.aws/instance-gpu-memory'],
  ['accelerator_count', 'label:karpenter.k8s.aws/instance-accelerator-count'],
  ['accelerator_manufacturer', 'label:karpenter.k8s.aws/instance-accelerator-manufacturer'],
  ['accelerator_name', 'label:karpenter.k8s.aws/instance-accelerator-name'],
  ['nvidia_gpu', 'resource:nvidia.com/gpu'],
  ['amd_gpu', 'resource:amd.com/gpu'],
  ['neuron', 'resource:aws.amazon.com/neuron'],
  ['neuroncore', 'resource:aws.amazon.com/neuroncore'],
  ['efa', 'resource:vpc.amazonaws.com/efa'],
];

/** The CSV text for the document's `### \`type\`` blocks, sorted by type name (byte order). */
export function detailsCsv(markdown) {
  const blocks = markdown.split(/^### `/m).slice(1);
  const rows = blocks.map((block) => {
    const name = block.slice(0, block.indexOf('`'));
    const labels = new Map();
    const resources = new Map();
    let table;
    for (const line of block.split('\n')) {
      if (line.startsWith('#### Labels')) table = labels;
      else if (line.startsWith('#### Resources')) table = resources;
      const cell = /^\s*\|([^|]+)\|([^|]*)\|\s*$/.exec(line);
      if (table && cell && cell[1] !== 'Label' && cell[1] !== 'Resource' && cell[1] !== '--') table.set(cell[1].trim(), cell[2].trim());
    }
    const cells = COLUMNS.map(([, from]) => {
      const [kind, key] = [from.slice(0, from.indexOf(':')), from.slice(from.indexOf(':') + 1)];
      const value = (kind === 'label' ? labels : resources).get(key) ?? '';
      if (value.includes(',') || value.includes('"')) throw new Error(`${name}: ${key} value "${value}" needs quoting`);
      return value;
    });
    if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(name)) throw new Error(`unexpected instance type heading "${name}"`);
    return [name, ...cells].join(',');
  });
  rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${['instance_type', ...COLUMNS.map(([c]) => c)].join(',')}\n${rows.join('\n')}\n`;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const source = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!source) {
    console.error('usage: node scripts/extract-instance-details.mjs path/to/instance-types.md [--check]');
    process.exit(2);
  }
  const csv = detailsCsv(readFileSync(source, 'utf8'));
  if (process.argv.includes('--check')) {
    if (readFileSync(DETAILS_CSV, 'utf8') !== csv) {
      console.error('data/instance-type-details.csv differs from the document');
      process.exit(1);
    }
  } else {
    writeFileSync(DETAILS_CSV, csv);
    console.log(`wrote ${path.relative(root, DETAILS_CSV)} (${csv.split('\n').length - 2} types)`);
  }
}
