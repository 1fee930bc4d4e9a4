/**
 * `make build` (services part): each service bundled to plain JavaScript under `dist/<service>/`,
 * started with `node dist/<service>/main.js`, no tsx or TypeScript at run time. The web app is built
 * by `make web-build`.
 */
import { repositoryRoot } from '../generate/redocly.js';
import { bundleService } from './bundle-service.js';
import { serviceBuilds } from './services.js';

const only = process.argv.slice(2);
const selected = only.length > 0 ? serviceBuilds.filter((service) => only.includes(service.name)) : serviceBuilds;
if (only.length > 0 && selected.length !== only.length) {
  throw new Error(`Unknown service in ${only.join(', ')}; known: ${serviceBuilds.map((service) => service.name).join(', ')}`);
}

for (const service of selected) {
  const started = performance.now();
  const result = await bundleService(repositoryRoot, service);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${service.name}: dist/${service.name}/main.js in ${seconds} s; npm packages at run time: ${result.externalPackages.join(', ')}; assets: ${result.assets.join(', ') || 'none'}`,
  );
}
