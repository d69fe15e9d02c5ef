import { describe, expect, it } from 'vitest';
import { groupCodes } from '../../src/core/catalog/build';
import { aliyunOssCodeGroups, aliyunOssCatalog, huaweiObsCatalog, huaweiObsCodeGroups, tencentCosCatalog, tencentCosCodeGroups } from '../../src/core/catalog/object-storage';
import { catalogSources } from '../../src/core/catalog/sources';
import type { CatalogTable, CodeGroup } from '../../src/core/catalog/types';
import { aliyunCatalog, aliyunCodeGroups } from '../../src/core/providers/aliyun/catalog';
import { aliyunTaskCatalog, aliyunTaskCodeGroups } from '../../src/core/providers/aliyun/task-catalog';
import { huaweiCatalog, huaweiCodeGroups } from '../../src/core/providers/huawei/catalog';
import { huaweiTaskCatalog, huaweiTaskCodeGroups } from '../../src/core/providers/huawei/task-catalog';
import { tencentCatalog, tencentCodeGroups } from '../../src/core/providers/tencent/catalog';
import { tencentTaskCatalog, tencentTaskCodeGroups } from '../../src/core/providers/tencent/task-catalog';

const tables: ReadonlyArray<readonly [string, CatalogTable, readonly CodeGroup[]]> = [
  ['tencent', tencentCatalog, tencentCodeGroups],
  ['tencent tasks', tencentTaskCatalog, tencentTaskCodeGroups],
  ['aliyun', aliyunCatalog, aliyunCodeGroups],
  ['aliyun tasks', aliyunTaskCatalog, aliyunTaskCodeGroups],
  ['huawei', huaweiCatalog, huaweiCodeGroups],
  ['huawei tasks', huaweiTaskCatalog, huaweiTaskCodeGroups],
  ['aliyun OSS', aliyunOssCatalog, aliyunOssCodeGroups],
  ['tencent COS', tencentCosCatalog, tencentCosCodeGroups],
  ['huawei OBS', huaweiObsCatalog, huaweiObsCodeGroups],
];

describe('every catalog code names where it is published', () => {
  it.each(tables)('%s: each code sits in exactly one group, whose source is a public page or repository', (_name, table, groups) => {
    const seen = new Map<string, number>();
    for (const group of groups) {
      expect(catalogSources[group.from], `unknown source key ${group.from}`).toMatch(/^https:\/\//);
      for (const code of groupCodes(group)) seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect([...seen].filter(([, count]) => count > 1).map(([code]) => code)).toEqual([]);
    expect([...seen.keys()].sort()).toEqual(Object.keys(table).sort());
  });
});
