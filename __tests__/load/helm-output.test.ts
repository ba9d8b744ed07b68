import { isRenderedOutput, loadRendered, loadStream, splitRendered, STDIN_PATH, templateLocator } from '../../src/load/helm-output.js';

// `helm template web ./web` output, in helm's exact format: `---`, `# Source:`, the document.
const RENDERED = `---
# Source: web/templates/serviceaccount.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app.kubernetes.io/managed-by: Helm
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: sidecar
          image: busybox
        - name: web
          image: "nginx:1.27"
          resources:
            limits:
              memory: 512Mi
---
# Source: web/templates/hpa.yaml
# (an empty template renders only its Source line)
---
# Source: web/templates/deployment.yaml
apiVersion: v1
kind: Service
metadata:
  name: web
`;

const DEPLOYMENT_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    app.kubernetes.io/managed-by: {{ .Release.Service }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: sidecar
          image: busybox
        - name: web
          image: "{{ .Values.image }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "web.fullname" . }}
`;

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('helm template output: # Source: mapping', () => {
  test('splits at ---, keeps each document with its Source, drops templates that rendered nothing', () => {
    const chunks = splitRendered(RENDERED);
    expect(chunks.map((c) => c.source)).toEqual(['web/templates/serviceaccount.yaml', 'web/templates/deployment.yaml', 'web/templates/deployment.yaml']);
    expect(isRenderedOutput(RENDERED)).toBe(true);
    expect(isRenderedOutput('apiVersion: v1\nkind: Pod\n')).toBe(false);
  });

  test('one file per template, holding the objects it rendered, positioned in the template', () => {
    const files = loadRendered(RENDERED, {
      toPath: (source) => `charts/${source ?? 'unknown'}`,
      templateText: (p) => (p === 'charts/web/templates/deployment.yaml' ? DEPLOYMENT_TEMPLATE : undefined),
    });
    expect(files.map((f) => [f.path, f.documents.map((d) => (d.value as { kind: string }).kind)])).toEqual([
      ['charts/web/templates/serviceaccount.yaml', ['ServiceAccount']],
      ['charts/web/templates/deployment.yaml', ['Deployment', 'Service']],
    ]);
    const [deployment, service] = files[1]?.documents ?? [];
    expect(deployment?.path).toBe('charts/web/templates/deployment.yaml');
    expect(files[1]?.text).toBe(DEPLOYMENT_TEMPLATE);
    // The deepest key the template spells: `resources:`, whose toYaml writes limits.memory.
    const memory = ['spec', 'template', 'spec', 'containers', 1, 'resources', 'limits', 'memory'];
    expect(deployment?.locate(memory).start).toEqual({ line: lineOf(DEPLOYMENT_TEMPLATE, 'resources:'), column: 11 });
    expect(deployment?.locate(['spec', 'replicas']).start.line).toBe(lineOf(DEPLOYMENT_TEMPLATE, 'replicas:'));
    // The second container is found by its name, not the first `image:` of the file.
    expect(deployment?.locate(['spec', 'template', 'spec', 'containers', 1, 'image']).start.line).toBe(lineOf(DEPLOYMENT_TEMPLATE, 'image: "{{'));
    // The Service is the template's second document: its name is the second `name:` line's.
    expect(service?.locate(['metadata', 'name']).start.line).toBe(lineOf(DEPLOYMENT_TEMPLATE, 'kind: Service') + 2);
    // The quantity is quoted as the cluster receives it, from the rendered text.
    expect(deployment?.valueText(memory)).toBe('512Mi');
    // Without a trace, the value was written in the template itself.
    expect(deployment?.origin?.(memory)).toBeUndefined();
  });

  test('a template not at hand (stdin without the chart) is named, at line 1', () => {
    const files = loadRendered(RENDERED, { toPath: (source) => source ?? STDIN_PATH });
    const deployment = files.find((f) => f.path === 'web/templates/deployment.yaml')?.documents[0];
    expect(deployment?.locate(['spec', 'replicas']).start).toEqual({ line: 1, column: 1 });
  });

  test('rendered YAML that does not parse is a finding on its template, not a crash', () => {
    const files = loadRendered('---\n# Source: web/templates/bad.yaml\nmetadata:\n  name: [x\n', { toPath: (s) => s ?? STDIN_PATH });
    expect(files[0]?.findings).toEqual([expect.objectContaining({ rule: 'input/parse-error', path: 'web/templates/bad.yaml', startLine: 1 })]);
    expect(files[0]?.findings[0]?.message).toMatch(/^in the rendered output: YAML syntax error/);
  });

  test('stdin: Source paths resolve to the template under the root, or inside the chart when the root is the chart', () => {
    const tree: Record<string, string> = { 'web/templates/deployment.yaml': DEPLOYMENT_TEMPLATE };
    const fromRepo = loadStream(RENDERED, (p) => tree[p], false);
    expect(fromRepo.map((f) => f.path)).toEqual(['web/templates/serviceaccount.yaml', 'web/templates/deployment.yaml']);
    expect(fromRepo[1]?.documents[0]?.locate(['spec', 'replicas']).start.line).toBe(lineOf(DEPLOYMENT_TEMPLATE, 'replicas:'));
    const inChart = loadStream(RENDERED, (p) => ({ 'templates/deployment.yaml': DEPLOYMENT_TEMPLATE })[p], true);
    expect(inChart.map((f) => f.path)).toEqual(['web/templates/serviceaccount.yaml', 'templates/deployment.yaml']);
    const plain = loadStream('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', () => undefined, false);
    expect(plain.map((f) => [f.path, f.documents.length])).toEqual([[STDIN_PATH, 1]]);
  });

  test('the template locator falls back to the deepest key it can find', () => {
    const locate = templateLocator('kind: Deployment\nspec:\n  template:\n{{ include "pod" . | indent 4 }}\n');
    expect(locate({ kind: 'Deployment' }, ['spec', 'template', 'spec', 'containers', 0, 'resources']).start).toEqual({ line: 3, column: 3 });
    expect(locate({ kind: 'Deployment' }, ['metadata', 'name']).start.line).toBe(1);
  });
});
