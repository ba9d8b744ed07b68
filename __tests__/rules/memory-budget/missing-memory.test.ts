import rule from '../../../src/rules/memory-budget/missing-memory.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, corpus, lineOf, summary, workload } from './fixtures.js';
import { testWithCorpus } from '../../helpers/corpus.js';

describe('memory-budget/missing-memory', () => {
  test('each container without a limit, at the container; neither set and request-only say different things', () => {
    const spec =
      'initContainers:\n  - {name: setup, image: busybox}\n  - {name: mesh, image: envoy, restartPolicy: Always, resources: {requests: {memory: 64Mi}}}\n' +
      containers(container('app', '256Mi', '512Mi'), container('logger', '', ''), container('cache', '128Mi', ''));
    const text = workload('Deployment', 'web', spec);
    const findings = findingsOf(rule, { 'w.yaml': text });
    expect(summary(findings)).toEqual([
      `warning w.yaml:${lineOf(text, 'name: setup')}`,
      `warning w.yaml:${lineOf(text, 'name: mesh')}`,
      `warning w.yaml:${lineOf(text, 'name: logger')}`,
      `warning w.yaml:${lineOf(text, 'name: cache')}`,
    ]);
    const byName = (n: string): string => findings.find((f) => f.message.includes(` ${n} of`))?.message ?? '';
    expect(byName('setup')).toBe(
      "init container setup of web sets no memory request or limit: the scheduler reserves nothing for it and it can use all of the node's memory; set resources.requests.memory and resources.limits.memory.",
    );
    expect(byName('mesh')).toContain('sidecar container mesh of web requests 64Mi of memory but sets no limit');
    expect(byName('cache')).toContain('set resources.limits.memory (the request, 128Mi, if it should never burst)');
  });

  test.each(['1e3Mi', '1.5.3Gi', 'NaNMi'])('an invalid quantity (%s) is reported as invalid at its line, not as "no limit"', (bad) => {
    const text = workload('Deployment', 'web', containers(container('app', '256Mi', bad)));
    const findings = findingsOf(rule, { 'w.yaml': text });
    expect(summary(findings)).toEqual([`warning w.yaml:${lineOf(text, bad)}`]);
    expect(findings[0]?.message).toBe(
      `container app of web: memory limit "${bad}" is not a valid Kubernetes quantity, so the API server rejects the object; write it as a number with one suffix, e.g. 512Mi or 1.5Gi.`,
    );
    expect(findings[0]?.startColumn).toBe((text.split('\n')[lineOf(text, bad) - 1] ?? '').indexOf(`memory: ${bad}`) + 1);
    // An invalid request beside a valid limit is reported too; the valid limit needs nothing.
    const request = workload('Deployment', 'web', containers(container('app', bad, '1Gi')));
    expect(findingsOf(rule, { 'w.yaml': request }).map((f) => f.message)).toEqual([expect.stringContaining(`memory request "${bad}" is not a valid`)]);
  });

  test('a negative quantity (the API server rejects it) is reported as negative at its line, not as "no limit", and pod-level too', () => {
    const text = workload('Deployment', 'web', containers(container('app', '-256Mi', '-1Gi')));
    const findings = findingsOf(rule, { 'w.yaml': text });
    expect(findings.map((f) => [f.startLine, f.message])).toEqual([
      [
        lineOf(text, '-256Mi'),
        'container app of web: memory request "-256Mi" is negative, so the API server rejects the object; set the amount the container needs, e.g. 512Mi.',
      ],
      [
        lineOf(text, '-1Gi'),
        'container app of web: memory limit "-1Gi" is negative, so the API server rejects the object; set the amount the container needs, e.g. 512Mi.',
      ],
    ]);
    const podLevel = workload('Deployment', 'web', `resources: {limits: {memory: -2Gi}}\n${containers(container('app', '256Mi', '512Mi'))}`);
    expect(findingsOf(rule, { 'w.yaml': podLevel }).map((f) => f.message)).toEqual([
      expect.stringContaining('pod-level resources of web: memory limit "-2Gi" is negative'),
    ]);
  });

  test('a LimitRange default limit in the namespace, or a pod-level limit, counts as a limit', () => {
    const text = workload('Deployment', 'web', containers(container('app', '256Mi', '')));
    const limitRange =
      'apiVersion: v1\nkind: LimitRange\nmetadata: {name: d, namespace: web}\nspec:\n  limits: [{type: Container, default: {memory: 512Mi}}]\n';
    expect(findingsOf(rule, { 'w.yaml': text, 'lr.yaml': limitRange })).toEqual([]);
    const podLevel = workload('Deployment', 'web', `resources: {limits: {memory: 1Gi}}\n${containers(container('app', '256Mi', ''))}`);
    expect(findingsOf(rule, { 'w.yaml': podLevel })).toEqual([]);
  });

  testWithCorpus('a LimitRange with only min (ingress-nginx 0.x mandatory.yaml) sets requests, not limits', () => {
    const file = '_history/ab3a789caae6/deploy/static/mandatory.yaml';
    const text = corpus(`kubernetes__ingress-nginx/${file}`);
    const findings = findingsOf(rule, { [file]: text });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.message.includes('requests 90Mi of memory but sets no limit'))).toBe(true);
  });

  testWithCorpus('real files: in microservices-demo only the loadgenerator init container sets nothing', () => {
    const text = corpus('GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml');
    const findings = findingsOf(rule, { 'release.yaml': text });
    expect(summary(findings)).toEqual([`warning release.yaml:${lineOf(text, '- command:', lineOf(text, 'initContainers:'))}`]);
    expect(findings[0]?.message).toMatch(/^init container frontend-check of loadgenerator sets no memory request or limit/);
  });
});
