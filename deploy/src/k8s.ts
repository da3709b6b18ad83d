import { parseAllDocuments, parse } from 'yaml';
import { z } from 'zod';
import { readRepoFile } from './repo.ts';

/**
 * The fields of the manifests these tests rely on, as zod schemas: parsing a manifest with
 * them is the "required fields" check (a Deployment without a pod template, an HPA without
 * bounds, a container without an image all fail here).
 */
const ZLabels = z.record(z.string(), z.string());
const ZMetadata = z.object({
  name: z.string().min(1),
  labels: ZLabels.optional(),
  annotations: ZLabels.optional(),
});
const ZProbe = z.object({
  httpGet: z.object({ path: z.string(), port: z.union([z.string(), z.number()]) }).optional(),
  exec: z.object({ command: z.array(z.string()) }).optional(),
  tcpSocket: z.object({ port: z.union([z.string(), z.number()]) }).optional(),
});
const ZEnvVar = z.object({
  name: z.string(),
  value: z.string().optional(),
  valueFrom: z
    .object({
      secretKeyRef: z.object({ name: z.string(), key: z.string() }).optional(),
      configMapKeyRef: z.object({ name: z.string(), key: z.string() }).optional(),
    })
    .optional(),
});
const ZContainer = z.object({
  name: z.string(),
  image: z.string().min(1),
  command: z.array(z.string()).optional(),
  args: z.array(z.string()).optional(),
  ports: z.array(z.object({ name: z.string().optional(), containerPort: z.number() })).default([]),
  env: z.array(ZEnvVar).default([]),
  envFrom: z
    .array(
      z.object({
        configMapRef: z.object({ name: z.string() }).optional(),
        secretRef: z.object({ name: z.string() }).optional(),
      }),
    )
    .default([]),
  readinessProbe: ZProbe.optional(),
  livenessProbe: ZProbe.optional(),
  volumeMounts: z.array(z.object({ name: z.string(), mountPath: z.string() })).default([]),
  resources: z
    .object({
      requests: z.object({ cpu: z.string().optional(), memory: z.string().optional() }),
      limits: z.object({ memory: z.string().optional() }).optional(),
    })
    .optional(),
});
const ZPodTemplate = z.object({
  metadata: z.object({ labels: ZLabels, annotations: ZLabels.optional() }),
  spec: z.object({
    containers: z.array(ZContainer).min(1),
    restartPolicy: z.string().optional(),
    securityContext: z
      .object({ runAsNonRoot: z.boolean().optional(), runAsUser: z.number().optional() })
      .optional(),
  }),
});
export const ZDeployment = z.object({
  apiVersion: z.literal('apps/v1'),
  kind: z.literal('Deployment'),
  metadata: ZMetadata,
  spec: z.object({
    replicas: z.number().optional(),
    selector: z.object({ matchLabels: ZLabels }),
    template: ZPodTemplate,
  }),
});
export const ZStatefulSet = z.object({
  apiVersion: z.literal('apps/v1'),
  kind: z.literal('StatefulSet'),
  metadata: ZMetadata,
  spec: z.object({
    serviceName: z.string(),
    selector: z.object({ matchLabels: ZLabels }),
    template: ZPodTemplate,
    volumeClaimTemplates: z
      .array(
        z.object({
          metadata: z.object({ name: z.string() }),
          spec: z.object({
            accessModes: z.array(z.string()).min(1),
            resources: z.object({ requests: z.object({ storage: z.string() }) }),
          }),
        }),
      )
      .min(1),
  }),
});
export const ZService = z.object({
  apiVersion: z.literal('v1'),
  kind: z.literal('Service'),
  metadata: ZMetadata,
  spec: z.object({
    type: z.enum(['ClusterIP', 'LoadBalancer', 'NodePort']).default('ClusterIP'),
    clusterIP: z.string().optional(),
    selector: ZLabels,
    ports: z
      .array(
        z.object({
          name: z.string().optional(),
          port: z.number(),
          targetPort: z.union([z.string(), z.number()]),
        }),
      )
      .min(1),
  }),
});
export const ZHorizontalPodAutoscaler = z.object({
  apiVersion: z.literal('autoscaling/v2'),
  kind: z.literal('HorizontalPodAutoscaler'),
  metadata: ZMetadata,
  spec: z.object({
    scaleTargetRef: z.object({ apiVersion: z.string(), kind: z.string(), name: z.string() }),
    minReplicas: z.number(),
    maxReplicas: z.number(),
    metrics: z.array(
      z.object({
        type: z.literal('Resource'),
        resource: z.object({
          name: z.string(),
          target: z.object({ type: z.string(), averageUtilization: z.number() }),
        }),
      }),
    ),
  }),
});
export const ZJob = z.object({
  apiVersion: z.literal('batch/v1'),
  kind: z.literal('Job'),
  metadata: ZMetadata,
  spec: z.object({ template: ZPodTemplate }),
});
export const ZCronJob = z.object({
  apiVersion: z.literal('batch/v1'),
  kind: z.literal('CronJob'),
  metadata: ZMetadata,
  spec: z.object({
    schedule: z.string(),
    concurrencyPolicy: z.string().optional(),
    jobTemplate: z.object({ spec: z.object({ template: ZPodTemplate }) }),
  }),
});
const ZObject = z.object({ apiVersion: z.string(), kind: z.string(), metadata: ZMetadata });

export type Deployment = z.infer<typeof ZDeployment>;
export type Container = z.infer<typeof ZContainer>;
export type PodTemplate = z.infer<typeof ZPodTemplate>;

const ZKustomization = z.object({
  resources: z.array(z.string()).min(1),
  configMapGenerator: z.array(z.object({ name: z.string(), envs: z.array(z.string()) })),
  secretGenerator: z.array(z.object({ name: z.string(), envs: z.array(z.string()) })),
  images: z.array(z.object({ name: z.string(), newTag: z.string() })).default([]),
});

export function loadKustomization() {
  return ZKustomization.parse(parse(readRepoFile('deploy/k8s/kustomization.yaml')));
}

/** Every object the kustomization lists, in order. */
export function loadManifests() {
  return loadKustomization().resources.flatMap((file) =>
    parseAllDocuments(readRepoFile(`deploy/k8s/${file}`)).map((document) => {
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
      const raw: unknown = document.toJS();
      const { kind, metadata } = ZObject.parse(raw);
      return { file, kind, name: metadata.name, raw };
    }),
  );
}

/** The one object of a kind and name, parsed with its schema. */
export function manifest<T>(schema: z.ZodType<T>, kind: string, name: string): T {
  const found = loadManifests().filter((each) => each.kind === kind && each.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${found.length}`);
  return schema.parse(found[0]!.raw);
}
