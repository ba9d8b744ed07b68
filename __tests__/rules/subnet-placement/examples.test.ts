import { reviewPaths } from '../../../src/engine/review.js';
import { REPO_ROOT } from '../../helpers/paths.js';

/** The bundled examples, reviewed together as `npm start` does; subnet-placement findings by directory. */
const findings = reviewPaths({ cwd: REPO_ROOT, paths: ['examples'] }).findings.filter((f) => f.rule.startsWith('subnet-placement/'));
const inDir = (dir: string) => findings.filter((f) => f.path.startsWith(`examples/${dir}/`)).map((f) => [f.rule, f.path, f.startLine]);

describe('subnet-placement on examples/', () => {
  test('outage-2019: public nodes through the hard-coded AssociatePublicIpAddress, the default public endpoint, the un-annotated Service', () => {
    expect(inDir('outage-2019')).toEqual([
      ['subnet-placement/public-endpoint', 'examples/outage-2019/cluster.yaml', 65],
      ['subnet-placement/public-nodes', 'examples/outage-2019/cluster.yaml', 103],
      ['subnet-placement/implicit-public-lb', 'examples/outage-2019/rails.yaml', 36],
    ]);
  });

  test('outage-2019-fixed: private subnets behind a NAT gateway, explicit scheme, tagged subnets: nothing', () => {
    expect(inDir('outage-2019-fixed')).toEqual([]);
  });

  test('eksctl-mixed: exactly one public-nodes, for the node group without privateNetworking', () => {
    const mixed = findings.filter((f) => f.path.startsWith('examples/eksctl-mixed/'));
    expect(mixed.map((f) => [f.rule, f.object?.name])).toEqual([['subnet-placement/public-nodes', 'web']]);
  });
});
