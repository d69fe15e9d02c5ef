import type { CatalogTable } from '../catalog/types.js';
import { aliyunOssFormat } from './aliyun/oss.js';
import { aliyunRpcFormat } from './aliyun/rpc.js';
import { aliyunTaskFormat } from './aliyun/task.js';
import { huaweiApiFormat } from './huawei/api.js';
import { huaweiObsFormat } from './huawei/obs.js';
import { huaweiTaskFormat } from './huawei/task.js';
import { vodProviderDefinitions } from './providers.js';
import { tencentCosFormat } from './tencent/cos.js';
import { tencentTaskFormat } from './tencent/task.js';
import { tencentV2Format } from './tencent/v2.js';
import { tencentV3Format } from './tencent/v3.js';
import type { VodFormatDefinition, VodProviderDefinition } from './types.js';

/**
 * Every provider wire format, in the order a parsed body is tried against them: the most
 * distinctive shape first (`{Response:{Error}}` before `{error_code}` before `{Code}` before
 * `{code, message}`). Adding a format is its file in the provider's folder and one line here.
 */
// Task results and events before API errors (a task detail is a `Response` without `Error`);
// storage bodies before Alibaba's RPC body, whose `{ Code, Message, RequestId }` shape they share.
export const vodFormatDefinitions = [
  tencentV3Format,
  tencentTaskFormat,
  aliyunTaskFormat,
  huaweiTaskFormat,
  huaweiApiFormat,
  aliyunOssFormat,
  tencentCosFormat,
  huaweiObsFormat,
  aliyunRpcFormat,
  tencentV2Format,
] as const;

/** Formats that belong to no provider: a bare status, a transport failure, nothing known. */
export const genericFormats = ['http', 'network', 'unknown'] as const;

/** Cloud vendor the error came from; `unknown` when nothing in the input tells. */
export type VodProvider = (typeof vodProviderDefinitions)[number]['id'] | 'unknown';

/**
 * The wire format the error was read from. Tencent has two APIs whose codes live in different
 * namespaces (`AuthFailure` vs `4100`), so the format is kept beside the provider.
 */
export type VodErrorFormat = (typeof vodFormatDefinitions)[number]['id'] | (typeof genericFormats)[number];

/** The text resources of the provider formats (`common` is the kit's own). */
export type VodProviderResourceName =
  | (typeof vodFormatDefinitions)[number]['resources'][number]
  | SubCodeResource<(typeof vodFormatDefinitions)[number]>;

type SubCodeResource<F> = F extends { readonly subCodes: { readonly resource: infer R } } ? R : never;

/** Every field of a definition, optional ones too, each `undefined`: a field left out does not compile. */
type EveryField<T> = { readonly [K in keyof Required<T>]: undefined };

/**
 * Copies definitions into one object shape: every field of `fields`, in its order, with each
 * definition's values over them. The walker, classifier and link builder read the same fields
 * of every format and provider; read from one shape, each read is a monomorphic property load,
 * not a look-up (issue 12).
 */
function inOneShape<T extends object>(definitions: readonly T[], fields: EveryField<T>): readonly T[] {
  return definitions.map((definition) => ({ ...fields, ...definition }));
}

// Widened views for lookups: the tuples above keep literal types for the unions only.
const formats = inOneShape<VodFormatDefinition>(vodFormatDefinitions, {
  id: undefined,
  provider: undefined,
  catalog: undefined,
  readBody: undefined,
  bodyKeys: undefined,
  notWithKeys: undefined,
  sharesShapeWithClientErrors: undefined,
  onlyWhenRead: undefined,
  carriesNoRequestId: undefined,
  statusSaysNothing: undefined,
  readXml: undefined,
  codePattern: undefined,
  catalogNamesProvider: undefined,
  subCodes: undefined,
  resources: undefined,
  resourceFor: undefined,
  links: undefined,
});
const providers = inOneShape<VodProviderDefinition>(vodProviderDefinitions, {
  id: undefined,
  hosts: undefined,
  linkHosts: undefined,
  codePattern: undefined,
  readSdkException: undefined,
  links: undefined,
});

const formatsById: ReadonlyMap<string, VodFormatDefinition> = new Map(formats.map((format) => [format.id, format]));
const providersById: ReadonlyMap<string, VodProviderDefinition> = new Map(providers.map((provider) => [provider.id, provider]));
const formatsByProvider: ReadonlyMap<string, readonly VodFormatDefinition[]> = new Map(
  providers.map((provider) => [provider.id, formats.filter((format) => format.provider === provider.id)]),
);

/** Where a format's "excluded" bit sits in a key's mask: its own bit, this much higher. */
const EXCLUDED_FORMAT_SHIFT = 14;
/** The bits of all body formats in a mask. */
const BODY_FORMAT_BITS = (1 << EXCLUDED_FORMAT_SHIFT) - 1;

/** Formats that read parsed bodies, in trial order. */
export const bodyFormats: readonly VodFormatDefinition[] = formats.filter((format) => format.readBody !== undefined);
/**
 * For each key named in a body format's `bodyKeys`, the body formats that name it, as bits of
 * their index in `bodyFormats`; and for each key in a format's `notWithKeys`, that format's bit
 * shifted by `EXCLUDED_FORMAT_SHIFT`. The walker ORs the masks of a plain object's own keys, then
 * clears the excluded formats, and so skips, without reading anything, every format whose keys
 * the object lacks or which it cannot be. Formats that name no keys are in every mask
 * (`bodyFormatsWithoutKeys`).
 */
export const bodyFormatsByKey: ReadonlyMap<string, number> = maskByBodyKey();
/** The bits of the body formats tried on every body (they declare no `bodyKeys`). */
export const bodyFormatsWithoutKeys: number = bodyFormats.reduce((mask, format, index) => (format.bodyKeys === undefined ? mask | (1 << index) : mask), 0);

/**
 * The formats a body is tried against, from the OR of its keys' masks (`bodyFormatsByKey`): the
 * formats its keys name, less those one of its keys rules out. Other bits are kept as they are.
 */
export function withoutExcludedFormats(mask: number): number {
  return mask & ~((mask >>> EXCLUDED_FORMAT_SHIFT) & BODY_FORMAT_BITS);
}

function maskByBodyKey(): Map<string, number> {
  // One bit per format, and one more for its exclusion, in a 32-bit mask whose top bits the
  // walker keeps for its own keys: room for 14 body formats, 40% more than the registry.
  if (bodyFormats.length > EXCLUDED_FORMAT_SHIFT) throw new Error(`registry: more than ${EXCLUDED_FORMAT_SHIFT} body formats`);
  const masks = new Map<string, number>();
  const add = (key: string, bit: number) => masks.set(key, (masks.get(key) ?? 0) | bit);
  bodyFormats.forEach((format, index) => {
    for (const key of format.bodyKeys ?? []) add(key, 1 << index);
    for (const key of format.notWithKeys ?? []) add(key, 1 << (EXCLUDED_FORMAT_SHIFT + index));
  });
  return masks;
}

/** Formats that read XML bodies, in trial order. */
export const xmlFormats: readonly VodFormatDefinition[] = formats.filter((format) => format.readXml !== undefined);
/** Providers that recognise their SDKs' exceptions. */
export const sdkReadingProviders: readonly VodProviderDefinition[] = providers.filter((provider) => provider.readSdkException !== undefined);

/** The definition of a provider format, by its id; `undefined` for the generic ones. */
export function formatDefinition(id: string): VodFormatDefinition | undefined {
  return formatsById.get(id);
}

/** The definition of a provider, by its id; `undefined` for `unknown`. */
export function providerDefinition(id: string): VodProviderDefinition | undefined {
  return providersById.get(id);
}

/** True for a provider id the kit knows, `unknown` included. */
export function isVodProvider(value: unknown): value is VodProvider {
  return value === 'unknown' || (typeof value === 'string' && providersById.has(value));
}

const GENERIC_FORMATS: ReadonlySet<string> = new Set(genericFormats);

/** True for a format id the kit knows, the generic ones included. */
export function isVodErrorFormat(value: unknown): value is VodErrorFormat {
  return typeof value === 'string' && (formatsById.has(value) || GENERIC_FORMATS.has(value));
}

/** The codes of a format, when it is a provider's. */
export function catalogFor(format: string): CatalogTable | undefined {
  return formatsById.get(format)?.catalog;
}

/**
 * The format of a code when only its provider is known: the provider's format whose code
 * pattern matches, else its first format.
 */
export function formatForCode(provider: string, code: string): VodErrorFormat | undefined {
  const candidates = formatsByProvider.get(provider)?.filter((format) => format.onlyWhenRead !== true);
  if (candidates === undefined) return undefined;
  const byPattern = candidates.find((format) => format.codePattern?.test(code) === true);
  const chosen = byPattern ?? candidates.find((format) => format.codePattern === undefined) ?? candidates[0];
  return chosen?.id as VodErrorFormat | undefined;
}

function listsExactly(table: CatalogTable, code: string): boolean {
  // Own keys only: a code such as `constructor` or `__proto__` must not hit Object.prototype.
  return Object.prototype.hasOwnProperty.call(table, code);
}

/**
 * The provider a bare code belongs to: the one whose code pattern it has (`VOD.10062`), else
 * the one provider whose catalogs list it exactly, when only one does.
 */
export function providerOfCode(code: string): VodProvider | undefined {
  for (const provider of providers) {
    if (provider.codePattern?.test(code) === true) return provider.id as VodProvider;
  }
  let owner: string | undefined;
  for (const format of formats) {
    if (!format.catalogNamesProvider || !listsExactly(format.catalog, code)) continue;
    if (owner !== undefined && owner !== format.provider) return undefined;
    owner = format.provider;
  }
  return owner as VodProvider | undefined;
}

/** Every text resource of the provider formats, each once. */
export const providerResourceNames = [
  ...new Set(formats.flatMap((format) => [...format.resources, ...(format.subCodes ? [format.subCodes.resource] : [])])),
] as readonly VodProviderResourceName[];
