import type { CatalogTable } from '../catalog/types.js';
import type { Draft } from '../draft.js';
import type { VodErrorLinkKind } from '../model.js';
import type { VodSite } from '../links.js';

/** What a link builder may know about an error: facts of the model, never display choices. */
export interface LinkFacts {
  /** The provider's code; `undefined` for synthetic codes, which no provider page knows. */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
}

/** A link that is the same for every error, or one built from the error's facts and the site. */
export type LinkSource = string | ((facts: LinkFacts, site: VodSite) => string | undefined);

/** A provider's pages, in the order the kit shows them; `null` in a format removes one. */
export type LinkPages = Partial<Record<Exclude<VodErrorLinkKind, 'recommend'>, LinkSource | null>>;

/**
 * One wire format of one provider: how to recognise and read it, which codes it sends and
 * which text resource explains each code. Adding a format is one file like this in the
 * provider's folder and one line in `registry.ts`.
 *
 * @example
 * ```ts
 * export const huaweiApiFormat = defineFormat({
 *   id: 'huawei',
 *   provider: 'huawei',
 *   catalog: huaweiCatalog,
 *   readBody: readHuaweiBody,
 *   bodyKeys: ['error_code', 'error'],
 *   resources: ['huawei'],
 *   resourceFor: () => 'huawei',
 * });
 * ```
 */
export interface VodFormatDefinition {
  /** The `format` of the models it produces. */
  readonly id: string;
  /** The provider that sends it. */
  readonly provider: string;
  /** Its codes, exactly as sent → classification. */
  readonly catalog: CatalogTable;
  /**
   * Reads a parsed body of this format into the draft; `true` when the value was one.
   * Tried in registry order, the most distinctive shape first.
   */
  readonly readBody?: (body: object, draft: Draft) => boolean;
  /**
   * Keys of which a body of this format has at least one (present, not `undefined`): the walker
   * checks them before calling `readBody`, so the ten readers do not each dig into every body.
   * Must cover every key `readBody` needs to say `true`; absent, `readBody` is always called.
   */
  readonly bodyKeys?: readonly string[];
  /**
   * Keys a body of this format never has: a plain object with one of them is not tried against
   * this format (Alibaba's `Recommend` tells its API reply from a storage reply of the same
   * `{ Code, Message, RequestId, HostId }` shape). A body it still belongs to is settled later
   * by its host (see `resolveStorage`).
   */
  readonly notWithKeys?: readonly string[];
  /**
   * The body shape is also an HTTP client error's (`code` + `message` on an axios error, whose
   * `code` is the client's): such values are never read as this format's body.
   */
  readonly sharesShapeWithClientErrors?: boolean;
  /**
   * Known only from what was read (a task result's shape, a storage header or host): never the
   * format picked for a bare code of its provider.
   */
  readonly onlyWhenRead?: boolean;
  /** Replies carry no RequestId (Tencent's legacy API): a body without one is complete. */
  readonly carriesNoRequestId?: boolean;
  /** Errors arrive with HTTP 200 (Tencent API 3.0): the status says nothing about them. */
  readonly statusSaysNothing?: boolean;
  /** Reads an XML body of this format; `true` when the text was one. */
  readonly readXml?: (xml: string, draft: Draft) => boolean;
  /**
   * The shape of this format's codes, which picks it among its provider's formats when only
   * the provider and the code are known. The provider's first format takes the rest.
   */
  readonly codePattern?: RegExp;
  /**
   * Whether a code listed in the catalog names the provider even when nothing else does.
   * `false` for numeric codes, which other systems send too.
   */
  readonly catalogNamesProvider: boolean;
  /**
   * A second table for codes nested in this format's replies (Tencent's video-cloud code inside
   * a legacy dual-code reply), and the text resource that explains them.
   */
  readonly subCodes?: { readonly catalog: CatalogTable; readonly resource: string };
  /** Every text resource (`locales/<lang>/<name>.json`) this format's codes use. */
  readonly resources: readonly string[];
  /** The resource that explains one code (or one of its dot-parents) of this format. */
  readonly resourceFor: (code: string) => string;
  /** Pages that differ from the provider's for this format. */
  readonly links?: LinkPages;
}

/**
 * One provider: how to recognise it outside its bodies (hosts, code shapes, SDK exceptions)
 * and where its pages are. Its formats are listed in `registry.ts`.
 */
export interface VodProviderDefinition {
  readonly id: string;
  /**
   * Endpoint and console host suffixes, as they appear in request URLs and in transport
   * errors' messages; also the hosts a provider-supplied link may point to when `linkHosts`
   * does not say otherwise.
   */
  readonly hosts: readonly string[];
  /** Hosts a link the provider sent (Alibaba's `Recommend`) may point to. */
  readonly linkHosts: readonly string[];
  /** Codes of this shape are this provider's wherever they are found (`VOD.10062`). */
  readonly codePattern?: RegExp;
  /**
   * Recognises the provider's SDK exceptions by the fields only they set; fills only what
   * the body did not say.
   */
  readonly readSdkException?: (value: object, draft: Draft) => void;
  /** Docs, diagnosis, console and ticket pages. */
  readonly links: LinkPages;
}

/**
 * Declares a format, keeping its `id` and `provider` as literal types so the registry can
 * derive `VodErrorFormat` from them.
 */
export function defineFormat<const F extends VodFormatDefinition>(format: F): F {
  return format;
}

/** Declares a provider, keeping its `id` as a literal type (see {@link defineFormat}). */
export function defineProvider<const P extends VodProviderDefinition>(provider: P): P {
  return provider;
}
