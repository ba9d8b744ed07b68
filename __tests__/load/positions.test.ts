import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadFile } from '../../src/load/yaml.js';
import type { PathSegment } from '../../src/load/types.js';
import { CORPUS } from '../helpers/paths.js';
import { describeWithCorpus } from '../helpers/corpus.js';

/**
 * An independent, deliberately naive locator for block-style YAML: walks the raw lines by
 * indentation to find where a path's key (or sequence item) starts. It shares no code with
 * the loader, so agreement between the two is evidence, not tautology.
 */
function naiveLocate(text: string, docIndex: number, target: readonly PathSegment[]): { line: number; column: number } {
  const lines = text.split(/\r?\n/);
  const isSeparator = (l: string): boolean => /^---(\s|$)/.test(l);
  const isBlank = (l: string): boolean => /^\s*(#.*)?$/.test(l);
  let i = 0;
  while (i < lines.length && isBlank(lines[i] ?? '')) i++;
  if (isSeparator(lines[i] ?? '')) i++;
  for (let doc = 0; doc < docIndex; i++) {
    if (i >= lines.length) throw new Error('document not found');
    if (isSeparator(lines[i] ?? '')) doc++;
  }
  let parentIndent = -1;
  let found = { line: 0, column: 0 };
  for (const seg of target) {
    // The children of the current node sit at the indentation of its first non-blank line.
    let level = -1;
    let seqCount = -1;
    let hit = false;
    for (; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (isSeparator(line)) throw new Error(`path ${target.join('.')} left the document`);
      if (isBlank(line)) continue;
      const indent = line.length - line.trimStart().length;
      if (indent <= parentIndent && !(typeof seg === 'number' && indent === parentIndent && line.trimStart().startsWith('- '))) {
        throw new Error(`path ${target.join('.')} not found`);
      }
      if (level === -1) level = indent;
      if (indent !== level) continue;
      if (typeof seg === 'number') {
        if (!line.trimStart().startsWith('- ')) continue;
        seqCount++;
        if (seqCount === seg) {
          found = { line: i + 1, column: indent + 1 };
          lines[i] = ' '.repeat(indent + 2) + line.slice(indent + 2); // the item's keys start after "- "
          parentIndent = indent + 1;
          hit = true;
          break;
        }
      } else {
        const key = line.slice(indent).replace(/^["']/, '');
        if (key.startsWith(`${seg}:`) || key.startsWith(`${seg}":`) || key.startsWith(`${seg}':`)) {
          found = { line: i + 1, column: indent + 1 };
          parentIndent = indent;
          i++;
          hit = true;
          break;
        }
      }
    }
    if (!hit) throw new Error(`path ${target.join('.')} not found`);
  }
  return found;
}

const CASES: [string, number, PathSegment[]][] = [
  [
    'GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml',
    0,
    ['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'memory'],
  ],
  ['GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml', 0, ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests']],
  ['GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml', 2, ['metadata', 'name']],
  ['GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml', 5, ['spec', 'ports', 0, 'targetPort']],
  ['kubernetes__examples/web/guestbook/redis-master-deployment.yaml', 0, ['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'memory']],
  ['eksctl-io__eksctl/examples/01-simple-cluster.yaml', 0, ['nodeGroups', 0, 'instanceType']],
  ['eksctl-io__eksctl/examples/05-advanced-nodegroups.yaml', 0, ['nodeGroups', 1, 'name']],
  [
    'aws-samples__amazon-eks-refarch-cloudformation/cloudformation/nodegroup.yaml',
    0,
    ['Resources', 'MyLaunchTemplate', 'Properties', 'LaunchTemplateData', 'NetworkInterfaces', 0, 'AssociatePublicIpAddress'],
  ],
  ['aws-samples__amazon-eks-refarch-cloudformation/cloudformation/nodegroup.yaml', 0, ['Resources', 'LCH', 'Properties']],
  [
    'prometheus-operator__kube-prometheus/manifests/nodeExporter-daemonset.yaml',
    0,
    ['spec', 'template', 'spec', 'containers', 1, 'resources', 'limits', 'memory'],
  ],
  ['kubernetes__ingress-nginx/deploy/static/provider/aws/deploy.yaml', 12, ['metadata', 'annotations', 'service.beta.kubernetes.io/aws-load-balancer-type']],
  ['awslabs__amazon-eks-ami/_history/b209f51c8217/amazon-eks-nodegroup.yaml', 0, ['Resources', 'NodeGroup', 'Properties', 'MaxSize']],
  // Flow sequences here close at the key's own indentation: invalid YAML 1.2 that CloudFormation accepts.
  ['aws-quickstart__quickstart-amazon-eks-nodegroup/templates/amazon-eks-nodegroup.template.yaml', 0, ['Parameters', 'NodeInstanceType2', 'Default']],
  ['aws-quickstart__quickstart-amazon-eks/templates/amazon-eks-controlplane.template.yaml', 0, ['Outputs']],
  ['eksctl-io__eksctl/examples/15-managed-nodes.yaml', 0, ['managedNodeGroups', 0, 'taints', 1, 'effect']],
];

describeWithCorpus('positions match the raw text of real corpus files', () => {
  test.each(CASES)('%s doc %i %j', (file, docIndex, target) => {
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const loaded = loadFile({ path: file, text });
    expect(loaded.findings).toEqual([]);
    const doc = loaded.documents[docIndex];
    expect(doc).toBeDefined();
    const expected = naiveLocate(text, docIndex, target);
    expect(doc?.locate(target).start).toEqual(expected);
  });

  test('the naive locator itself finds the literal key text at its position', () => {
    for (const [file, docIndex, target] of CASES) {
      const text = readFileSync(path.join(CORPUS, file), 'utf8');
      const { line, column } = naiveLocate(text, docIndex, target);
      const last = target[target.length - 1];
      const lineText = text.split(/\r?\n/)[line - 1] ?? '';
      if (typeof last === 'string') expect(lineText.slice(column - 1).replace(/^["']/, '')).toMatch(new RegExp(`^${last}`));
      else expect(lineText.charAt(column - 1)).toBe('-');
    }
  });
});

describe('locate', () => {
  const text = 'a: 1\nb:\n  c:\n    - x\n    - {d: 2, e: [3, 4]}\n  f: "q"\n';
  const doc = loadFile({ path: 'x.yaml', text }).documents[0];

  test.each([
    [['a'], 1, 1],
    [['b', 'c', 0], 4, 7],
    [['b', 'c', 1, 'e', 1], 5, 21],
    [['b', 'f'], 6, 3],
  ] as [PathSegment[], number, number][])('%j at %i:%i', (target, line, column) => {
    expect(doc?.locate(target).start).toEqual({ line, column });
  });

  test('a missing path falls back to its closest existing ancestor', () => {
    expect(doc?.locate(['b', 'c', 1, 'nope', 'deeper']).start).toEqual(doc?.locate(['b', 'c', 1]).start);
    expect(doc?.locate(['zzz']).start).toEqual({ line: 1, column: 1 });
  });

  test('valueText returns the value as written (so 1.10 stays 1.10)', () => {
    const v = loadFile({ path: 'v.yaml', text: 'metadata:\n  version: 1.10\n' }).documents[0];
    expect(v?.value).toEqual({ metadata: { version: 1.1 } });
    expect(v?.valueText(['metadata', 'version'])).toBe('1.10');
  });

  test('documents after the first keep absolute lines', () => {
    const f = loadFile({ path: 'm.yaml', text: 'a: 1\n---\n# c\nkind: X\nspec:\n  n: 2\n' });
    expect(f.documents[1]?.locate(['spec', 'n']).start).toEqual({ line: 6, column: 3 });
  });
});
