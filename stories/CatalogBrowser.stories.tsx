import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { vodErrorCategories } from '../src/core/categories';
import { vodErrorCatalog } from '../src/core/catalog/all';
import { groupCodes } from '../src/core/catalog/build';
import { aliyunOssCodeGroups, huaweiObsCodeGroups, tencentCosCodeGroups } from '../src/core/catalog/object-storage';
import { catalogSources } from '../src/core/catalog/sources';
import type { CodeGroup } from '../src/core/catalog/types';
import { aliyunCodeGroups } from '../src/core/providers/aliyun/catalog';
import { aliyunTaskCodeGroups } from '../src/core/providers/aliyun/task-catalog';
import { huaweiCodeGroups } from '../src/core/providers/huawei/catalog';
import { huaweiTaskCodeGroups } from '../src/core/providers/huawei/task-catalog';
import { tencentCodeGroups } from '../src/core/providers/tencent/catalog';
import { tencentTaskCodeGroups } from '../src/core/providers/tencent/task-catalog';
import type { VodError, VodErrorCategory } from '../src/core/model';
import { normalizeVodError } from '../src/core/normalize';
import { formatVodError } from '../src/i18n/format-vod-error';
import type { VodErrorText } from '../src/i18n/translate';
import { VodErrorAlert } from '../src/react/vod-error-alert';
import type { SampleGroup } from './samples';
import { useSandboxGlobals } from './support/sandbox-globals';
import { useStoryText } from './support/story-text';

type TableName = keyof typeof vodErrorCatalog;

const TABLE_GROUP: Readonly<Record<TableName, SampleGroup>> = {
  aliyun: 'aliyun',
  tencent: 'tencent',
  tencentLegacy: 'tencent',
  tencentVideoCloud: 'tencent',
  huawei: 'huawei',
  tencentTasks: 'tencent',
  aliyunTasks: 'aliyun',
  huaweiTasks: 'huawei',
  aliyunOss: 'aliyun',
  tencentCos: 'tencent',
  huaweiObs: 'huawei',
  http: 'network',
};

// Where each table's codes are published: per group for the tables built from groups, one
// source for the tables written out whole.
const TABLE_SOURCES: Readonly<Record<TableName, readonly CodeGroup[] | string>> = {
  aliyun: aliyunCodeGroups,
  tencent: tencentCodeGroups,
  tencentLegacy: 'tencent-legacy',
  tencentVideoCloud: 'tencent-legacy',
  huawei: huaweiCodeGroups,
  tencentTasks: tencentTaskCodeGroups,
  aliyunTasks: aliyunTaskCodeGroups,
  huaweiTasks: huaweiTaskCodeGroups,
  aliyunOss: aliyunOssCodeGroups,
  tencentCos: tencentCosCodeGroups,
  huaweiObs: huaweiObsCodeGroups,
  http: 'http-status',
};

/** The source key of each code of a table (each group's codes are expanded once). */
function sourcesOf(table: TableName): (code: string) => string {
  const sources = TABLE_SOURCES[table];
  if (typeof sources === 'string') return () => sources;
  const byCode = new Map<string, string>();
  for (const group of sources) for (const code of groupCodes(group)) if (!byCode.has(code)) byCode.set(code, group.from);
  return (code) => byCode.get(code) ?? '';
}

const TABLE_NAMES = Object.keys(vodErrorCatalog) as TableName[];

/** A minimal reply in the table's own wire format, so the code is read the way the kit reads it. */
function replyFor(table: TableName, code: string): unknown {
  switch (table) {
    case 'aliyun':
      return { RequestId: '00000000-0000-4000-8000-000000000000', HostId: 'vod.cn-shanghai.aliyuncs.com', Code: code, Message: '' };
    case 'tencent':
      return { Response: { Error: { Code: code, Message: '' }, RequestId: '00000000-0000-4000-8000-000000000000' } };
    case 'tencentLegacy':
      return { code: Number(code), message: '', codeDesc: '' };
    case 'tencentVideoCloud':
      // Video-cloud codes only ever arrive inside a dual-code reply.
      return { code: 5100, message: `${code}:`, codeDesc: '' };
    case 'huawei':
      return { error_code: code, error_msg: '' };
    case 'tencentTasks':
      return { EventType: 'ProcedureStateChanged', ProcedureStateChangeEvent: { TaskId: 'task', Status: 'FINISH', ErrCode: /^\d+$/.test(code) ? Number(code) : 60000, ErrCodeExt: /^\d+$/.test(code) ? '' : code, Message: '', FileId: 'file' } };
    case 'aliyunTasks':
      return { EventType: 'StreamTranscodeComplete', VideoId: 'video', Status: 'fail', ErrorCode: code, ErrorMessage: '' };
    case 'huaweiTasks':
      return { event_type: 'transcodeComplete', transcode_info: { asset_id: 'asset', status: code, description: '' } };
    case 'aliyunOss':
      return { status: 400, headers: { 'x-oss-request-id': '5C3D9175B6FC201293AD4890' }, body: `<Error><Code>${code}</Code><Message></Message></Error>` };
    case 'tencentCos':
      return { status: 400, headers: { 'x-cos-request-id': 'NjVmZDM2YTZf' }, body: `<Error><Code>${code}</Code><Message></Message></Error>` };
    case 'huaweiObs':
      return { status: 400, headers: { 'x-obs-request-id': '0000018C2B1A9D5E' }, body: `<Error><Code>${code}</Code><Message></Message></Error>` };
    case 'http':
      return Number(code);
  }
}

interface CatalogRow {
  readonly key: string;
  readonly table: TableName;
  readonly code: string;
  /** Key of `catalogSources`: where the code is published. */
  readonly source: string;
  readonly error: VodError;
}

interface CatalogTexts {
  readonly zh: VodErrorText;
  readonly en: VodErrorText;
}

function buildRows(): CatalogRow[] {
  const rows: CatalogRow[] = [];
  for (const table of TABLE_NAMES) {
    const sourceOf = sourcesOf(table);
    for (const code of Object.keys(vodErrorCatalog[table])) {
      const error = normalizeVodError(replyFor(table, code), { now: () => 0 });
      rows.push({ key: `${table}:${code}`, table, code, source: sourceOf(code), error });
    }
  }
  return rows;
}

// Formatting every code in two languages takes 0.5–2 s, so texts are made when a row is shown
// (or searched) and kept for the page's lifetime: opening the story formats one page only.
const textsByRow = new Map<string, CatalogTexts>();

function textsOf(row: CatalogRow): CatalogTexts {
  let texts = textsByRow.get(row.key);
  if (texts === undefined) {
    texts = { zh: formatVodError(row.error, { lng: 'zh-CN' }), en: formatVodError(row.error, { lng: 'en-US' }) };
    textsByRow.set(row.key, texts);
  }
  return texts;
}

function matchesQuery(row: CatalogRow, query: string): boolean {
  if (query === '' || row.code.toLowerCase().includes(query)) return true;
  const { zh, en } = textsOf(row);
  return [zh.title, en.title, zh.remediation, en.remediation].some((value) => value.toLowerCase().includes(query));
}

/** Only a code's own text (or a status's) counts as specific; the rest fell back. */
const isSpecific = (text: VodErrorText) => text.source === 'code' || text.source === 'subCode' || text.source === 'status';

function fellBack(row: CatalogRow): boolean {
  const { zh, en } = textsOf(row);
  return !isSpecific(en) || !isSpecific(zh);
}

/**
 * Rows shown at once. All 874 codes in one table took 12–16 s to render and check with axe;
 * a page of 20 is quick, and search, filters and paging still reach every code.
 */
const PAGE_SIZE_ROWS = 20;

interface CatalogBrowserArgs {
  /** Show only codes whose texts fell back to their category's (no text of their own). */
  readonly onlyFallbacks: boolean;
}

function CatalogBrowserDemo({ onlyFallbacks }: CatalogBrowserArgs) {
  const t = useStoryText();
  const { provider } = useSandboxGlobals();
  const id = useId();
  const rows = useMemo(() => buildRows(), []);
  const [query, setQuery] = useState('');
  const [table, setTable] = useState<TableName | 'all'>('all');
  const [category, setCategory] = useState<VodErrorCategory | 'all'>('all');
  const [retryable, setRetryable] = useState<'all' | 'yes' | 'no'>('all');
  const [preview, setPreview] = useState<CatalogRow | null>(null);
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());

  const tables = TABLE_NAMES.filter((name) => provider === 'all' || TABLE_GROUP[name] === provider);
  const shown = rows.filter(
    (row) =>
      tables.includes(row.table) &&
      (table === 'all' || row.table === table) &&
      (category === 'all' || row.error.category === category) &&
      (retryable === 'all' || row.error.retryable === (retryable === 'yes')) &&
      (!onlyFallbacks || fellBack(row)) &&
      matchesQuery(row, deferredQuery),
  );
  // A change of filter starts again at the first page.
  const filterKey = [provider, onlyFallbacks, deferredQuery, table, category, retryable].join('|');
  const [paging, setPaging] = useState({ filterKey, page: 0 });
  const pageCount = Math.max(1, Math.ceil(shown.length / PAGE_SIZE_ROWS));
  const page = paging.filterKey === filterKey ? Math.min(paging.page, pageCount - 1) : 0;
  const pageRows = shown.slice(page * PAGE_SIZE_ROWS, (page + 1) * PAGE_SIZE_ROWS);
  const goToPage = (next: number) => setPaging({ filterKey, page: next });

  return (
    <div className="sandbox-stack" style={{ maxInlineSize: 'none' }}>
      <h2 className="sandbox-heading">{t.catalogTitle}</h2>
      <p className="sandbox-note">{t.catalogIntro}</p>
      <div className="sandbox-columns" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', gap: 8 }}>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-query`}>
            {t.search}
          </label>
          <input id={`${id}-query`} className="sandbox-input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-table`}>
            {t.table}
          </label>
          <select id={`${id}-table`} className="sandbox-input" value={table} onChange={(event) => setTable(event.target.value as TableName | 'all')}>
            <option value="all">{t.all}</option>
            {tables.map((name) => (
              <option key={name} value={name}>
                {t.tableNames[name]}
              </option>
            ))}
          </select>
        </div>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-category`}>
            {t.category}
          </label>
          <select
            id={`${id}-category`}
            className="sandbox-input"
            value={category}
            onChange={(event) => setCategory(event.target.value as VodErrorCategory | 'all')}
          >
            <option value="all">{t.all}</option>
            {vodErrorCategories.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="sandbox-field">
          <label className="sandbox-label" htmlFor={`${id}-retryable`}>
            {t.retryable}
          </label>
          <select id={`${id}-retryable`} className="sandbox-input" value={retryable} onChange={(event) => setRetryable(event.target.value as 'all' | 'yes' | 'no')}>
            <option value="all">{t.all}</option>
            <option value="yes">{t.yes}</option>
            <option value="no">{t.no}</option>
          </select>
        </div>
      </div>
      {preview !== null && (
        <div className="sandbox-stack">
          <VodErrorAlert error={preview.error} onDismiss={() => setPreview(null)} showDetails />
        </div>
      )}
      <nav className="sandbox-row" aria-label={t.catalogPages}>
        <button type="button" className="sandbox-button" onClick={() => goToPage(page - 1)} disabled={page === 0}>
          {t.previousPage}
        </button>
        <span className="sandbox-note" role="status">
          {t.pageOf(page + 1, pageCount, shown.length === 0 ? 0 : page * PAGE_SIZE_ROWS + 1, page * PAGE_SIZE_ROWS + pageRows.length)}
        </span>
        <button type="button" className="sandbox-button" onClick={() => goToPage(page + 1)} disabled={page >= pageCount - 1}>
          {t.nextPage}
        </button>
      </nav>
      <div className="sandbox-table-wrap">
        <table className="sandbox-table">
          <caption aria-live="polite">{t.catalogCount(shown.length, rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.code}</th>
              <th scope="col">{t.table}</th>
              <th scope="col">{t.sourceColumn}</th>
              <th scope="col" className="sandbox-nowrap">
                {t.category}
              </th>
              <th scope="col" className="sandbox-nowrap">
                {t.severityColumn}
              </th>
              <th scope="col" className="sandbox-nowrap">
                {t.retryable}
              </th>
              <th scope="col" lang="zh-CN">
                简体中文
              </th>
              <th scope="col" lang="en-US">
                English
              </th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) => ({ row, ...textsOf(row) })).map(({ row, zh, en }) => (
              <tr key={row.key}>
                <th scope="row">
                  <button type="button" className="sandbox-code-button" translate="no" onClick={() => setPreview(row)} aria-label={t.previewCode(row.code)}>
                    {row.code}
                  </button>
                </th>
                <td>{t.tableNames[row.table]}</td>
                <td>
                  <SourceLink source={row.source} />
                  {isLiveCode(row.table, row.code) && (
                    <span className="sandbox-badge" translate="no">
                      Live (CSS)
                    </span>
                  )}
                </td>
                <td className="sandbox-nowrap" translate="no">
                  {row.error.category}
                </td>
                <td className="sandbox-nowrap" translate="no">
                  {row.error.severity}
                </td>
                <td className="sandbox-nowrap">{row.error.retryable ? t.yes : t.no}</td>
                <td lang="zh-CN">
                  <p>
                    {zh.title} {!isSpecific(zh) && <span className="sandbox-badge">{t.fallback(zh.source)}</span>}
                  </p>
                  <p>{zh.remediation}</p>
                </td>
                <td lang="en-US">
                  <p>
                    {en.title} {!isSpecific(en) && <span className="sandbox-badge">{t.fallback(en.source)}</span>}
                  </p>
                  <p>{en.remediation}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The seed's Tencent Live (CSS) codes, kept in the catalog and marked as live-streaming codes. */
function isLiveCode(table: TableName, code: string): boolean {
  const entry = (vodErrorCatalog[table] as Readonly<Record<string, unknown>>)[code];
  return Array.isArray(entry) && (entry[1] as { product?: string } | undefined)?.product === 'live';
}

/** A code's source as a link when it is a URL, as text when it is a repository path. */
function SourceLink({ source }: { readonly source: string }) {
  const where = catalogSources[source] ?? source;
  const url = /^https:\/\/\S+/.exec(where)?.[0];
  return url === undefined ? (
    <span translate="no">{where}</span>
  ) : (
    <a href={url} target="_blank" rel="noreferrer" translate="no" title={where}>
      {source}
    </a>
  );
}

const meta = {
  title: 'Reference/Catalog browser',
  component: CatalogBrowserDemo,
  args: { onlyFallbacks: false },
} satisfies Meta<typeof CatalogBrowserDemo>;

export default meta;

/**
 * Every code in `vodErrorCatalog`, per provider table, with the public source it is published in,
 * as the kit classifies it (category, severity, retryable) with its title and remediation in
 * zh-CN and en-US side by side
 * (`formatVodError`). Follows the toolbar's Provider filter; search or filter to find a code, page
 * through the rest (20 a page); press a code to preview its alert.
 */
export const CatalogBrowser: StoryObj<typeof meta> = {};
