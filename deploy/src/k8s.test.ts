import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  apiProductionEnv,
  APP_USER,
  filesProductionEnv,
  IMAGES,
  NODE_SERVICES,
  WEB_PORT,
} from './apps.ts';
import {
  loadKustomization,
  loadManifests,
  manifest,
  ZCronJob,
  ZDeployment,
  ZHorizontalPodAutoscaler,
  ZJob,
  ZService,
  ZStatefulSet,
  type Container,
  type PodTemplate,
} from './k8s.ts';
import { parseEnvFile, readRepoFile, repoPath } from './repo.ts';

const kustomization = loadKustomization();
const config = parseEnvFile(readRepoFile('deploy/k8s/config.env'));
const secrets = parseEnvFile(readRepoFile('deploy/k8s/secrets.env.example'));
const CONFIG_NAME = kustomization.configMapGenerator[0]!.name;
const SECRET_NAME = kustomization.secretGenerator[0]!.name;

const WORKLOADS = {
  api: { port: NODE_SERVICES.api.port, image: IMAGES.api, service: 'ClusterIP' },
  files: { port: NODE_SERVICES.files.port, image: IMAGES.files, service: 'ClusterIP' },
  web: { port: WEB_PORT, image: IMAGES.web, service: 'LoadBalancer' },
} as const;

function onlyContainer(template: PodTemplate): Container {
  expect(template.spec.containers).toHaveLength(1);
  return template.spec.containers[0]!;
}

/** A probe's or Service's port, by number or by the container port's name. */
function resolvePort(container: Container, port: string | number): number | undefined {
  return typeof port === 'number'
    ? port
    : container.ports.find((each) => each.name === port)?.containerPort;
}

/** The variables a container starts with: its ConfigMap and Secret, then its own env. */
function containerEnv(container: Container): Record<string, string> {
  const env: Record<string, string> = {};
  for (const source of container.envFrom) {
    if (source.configMapRef?.name === CONFIG_NAME) Object.assign(env, config);
    if (source.secretRef?.name === SECRET_NAME) Object.assign(env, secrets);
  }
  for (const { name, value, valueFrom } of container.env) {
    const secret = valueFrom?.secretKeyRef;
    const configKey = valueFrom?.configMapKeyRef;
    env[name] = value ?? (secret ? secrets[secret.key] : configKey ? config[configKey.key] : '')!;
  }
  return env;
}

describe('deploy/k8s (kustomize base)', () => {
  it('lists every manifest in the folder, and each object has an apiVersion, a kind and a name', () => {
    const files = readdirSync(repoPath('deploy/k8s')).filter(
      (file) => file.endsWith('.yaml') && file !== 'kustomization.yaml',
    );
    expect(kustomization.resources.toSorted()).toEqual(files.toSorted());
    expect(loadManifests().length).toBeGreaterThan(20);
    expect(kustomization.images.map((image) => image.name).toSorted()).toEqual(
      Object.values(IMAGES).toSorted(),
    );
  });

  for (const [name, expected] of Object.entries(WORKLOADS)) {
    it(`${name}: a Deployment on its image and port, ready on /readyz, alive on /healthz, non-root, with CPU requests`, () => {
      const deployment = manifest(ZDeployment, 'Deployment', name);
      expect(deployment.spec.replicas, 'the autoscaler owns the count').toBeUndefined();
      const { template } = deployment.spec;
      expect(template.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
      const container = onlyContainer(template);
      expect(container.image).toBe(expected.image);
      expect(container.ports.map((port) => port.containerPort)).toEqual([expected.port]);
      const ready = container.readinessProbe?.httpGet;
      const alive = container.livenessProbe?.httpGet;
      expect(ready?.path).toBe('/readyz');
      expect(alive?.path).toBe('/healthz');
      expect(resolvePort(container, ready!.port)).toBe(expected.port);
      expect(resolvePort(container, alive!.port)).toBe(expected.port);
      expect(container.resources?.requests.cpu).toMatch(/^\d+m?$/);
      expect(template.spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        runAsUser: APP_USER,
      });

      const service = manifest(ZService, 'Service', name);
      expect(service.spec.type).toBe(expected.service);
      expect(template.metadata.labels).toMatchObject(service.spec.selector);
      for (const port of service.spec.ports) {
        expect(resolvePort(container, port.targetPort)).toBe(expected.port);
      }
    });

    it(`${name}: scaled by CPU at 70%, from 2 to 10 pods`, () => {
      const hpa = manifest(ZHorizontalPodAutoscaler, 'HorizontalPodAutoscaler', name);
      expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
      expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
      expect(hpa.spec.metrics).toEqual([
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ]);
    });
  }

  it('gives the api and files every variable their configuration requires in production', () => {
    for (const name of ['api', 'files'] as const) {
      const container = onlyContainer(manifest(ZDeployment, 'Deployment', name).spec.template);
      expect(container.envFrom).toEqual([
        { configMapRef: { name: CONFIG_NAME } },
        { secretRef: { name: SECRET_NAME } },
      ]);
      const load = name === 'api' ? apiProductionEnv : filesProductionEnv;
      const env = load(containerEnv(container));
      expect(env.NODE_ENV).toBe('production');
      expect(env.DATABASE_URL).toMatch(/@postgres:5432\/saffron$/);
      expect(env.PUBLIC_URL).toMatch(/^https:\/\//);
    }
    expect(config).toMatchObject({
      HOST: '0.0.0.0',
      TRUST_PROXY: '1',
      TYPESENSE_URL: 'http://typesense:8108',
    });
  });

  it('points nginx at the api and files Services', () => {
    const container = onlyContainer(manifest(ZDeployment, 'Deployment', 'web').spec.template);
    expect(containerEnv(container)).toMatchObject({
      API_UPSTREAMS: `api:${NODE_SERVICES.api.port}`,
      FILES_UPSTREAMS: `files:${NODE_SERVICES.files.port}`,
      FILES_MAX_BYTES: config.FILES_MAX_BYTES,
      IMPORT_ARCHIVE_MAX_BYTES: config.IMPORT_ARCHIVE_MAX_BYTES,
    });
  });

  it('keeps Postgres (primary and standby), Redis (append-only) and Typesense on persistent volumes', () => {
    const redis = manifest(ZStatefulSet, 'StatefulSet', 'redis');
    expect(onlyContainer(redis.spec.template).args).toEqual(
      expect.arrayContaining(['--appendonly', 'yes']),
    );
    const dataAt = {
      postgres: '/var/lib/postgresql',
      'postgres-backup': '/var/lib/postgresql',
      redis: '/data',
      typesense: '/data',
    };
    for (const [name, path] of Object.entries(dataAt)) {
      const set = manifest(ZStatefulSet, 'StatefulSet', name);
      const service = manifest(ZService, 'Service', set.spec.serviceName);
      expect(service.spec.type).toBe('ClusterIP');
      expect(set.spec.template.metadata.labels).toMatchObject(service.spec.selector);
      const claim = set.spec.volumeClaimTemplates[0]!.metadata.name;
      expect(onlyContainer(set.spec.template).volumeMounts).toContainEqual({
        name: claim,
        mountPath: path,
      });
    }
  });

  it('migrates in a Job and backs up every two hours in a CronJob, both with the api image and its CLI', () => {
    const migrate = onlyContainer(manifest(ZJob, 'Job', 'migrate').spec.template);
    expect(migrate.image).toBe(IMAGES.api);
    expect(migrate.command).toEqual(['node', 'apps/api/src/cli/main.ts', 'db', 'migrate']);
    const cron = manifest(ZCronJob, 'CronJob', 'backup');
    expect(cron.spec.schedule).toBe('0 */2 * * *');
    expect(cron.spec.concurrencyPolicy).toBe('Forbid');
    const backup = onlyContainer(cron.spec.jobTemplate.spec.template);
    expect(backup.image).toBe(IMAGES.api);
    expect(backup.command).toEqual(['node', 'apps/api/src/cli/main.ts', 'backup']);
    const env = apiProductionEnv(containerEnv(backup));
    expect(env.BACKUP_DATABASE_URL).toMatch(/@postgres-backup:5432\/saffron$/);
    expect(env.S3).toMatchObject({ bucket: 'saffron' });
  });

  it('refers only to keys the ConfigMap and the Secret have', () => {
    for (const object of loadManifests()) {
      const text = JSON.stringify(object.raw);
      for (const match of text.matchAll(
        /"(secretKeyRef|configMapKeyRef)":\{"name":"([^"]+)","key":"([^"]+)"\}/g,
      )) {
        const [, kind, name, key] = match;
        const source = kind === 'secretKeyRef' ? secrets : config;
        expect(name, `${object.kind} ${object.name}`).toBe(
          kind === 'secretKeyRef' ? SECRET_NAME : CONFIG_NAME,
        );
        expect(source, `${object.kind} ${object.name} needs ${key}`).toHaveProperty(key!);
      }
    }
  });
});
