import { useVodErrorConfig } from '../../src/react/context';
import type { VodErrorSeverity } from '../../src/core/model';
import type { VodErrorSample } from '../samples';
import type { UploadScenario } from './upload-mock';

/**
 * The sandbox's own words (buttons, labels, notes) in both languages, so a zh-CN story reads
 * Chinese from top to bottom, not just inside the kit's components.
 */
const en = {
  locale: 'en-US',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' } satisfies Record<VodErrorSeverity, string>,
  openDetails: 'Open error details',
  pickSampleHint: 'Pick a sample to open its details dialog.',
  toastHint: 'Press a sample to post it with toastVodError(); press it again to see the count grow.',
  dismissAll: 'Dismiss all',
  requestAccess: 'Request access',
  stormTitle: 'Toast storm',
  stormIntro: (codes: number, kept: number) =>
    `Fires errors in one synchronous loop, cycling through ${codes} sample codes. Identical errors coalesce; the store keeps at most ${kept} toasts.`,
  stormMode: 'What to fire',
  stormModes: { mixed: 'Mixed codes (coalesced)', same: 'One code, many times', unique: 'No coalescing (coalesce: false)' },
  fireErrors: (count: number) => `Fire ${count}`,
  statFired: 'Fired',
  statOccurrences: 'Occurrences shown',
  statKept: 'Toasts kept',
  statVisible: 'Visible',
  statQueued: 'Queued',
  statBurstTime: 'Last burst',
  loadVideo: 'Load video',
  clear: 'Clear',
  retryIn: (seconds: number) => `in ${seconds} s`,
  videoLoaded: (title: string) => `Loaded “${title}”.`,
  loading: 'Loading…',
  parseLegacyReply: 'Parse a Tencent API 2.0 reply',
  playgroundTitle: 'Playground',
  playgroundIntro:
    'Paste a raw response body (JSON, XML or an HTML gateway page), a JSON-serialized SDK error, or a status code such as 503. Everything on the right updates as you type.',
  preset: 'Start from a sample',
  choosePreset: 'Choose a sample…',
  rawInput: 'Caught value',
  providerHint: 'Provider hint',
  detect: 'Detect',
  httpStatus: 'HTTP status',
  openDialog: 'Open dialog',
  showToast: 'Show toast',
  catalogTitle: 'Error catalog',
  catalogIntro:
    'Every code the kit classifies, as it classifies it, with its texts in both languages. A badge marks texts that fall back to the category’s because the code has none of its own.',
  search: 'Search code or text',
  table: 'Table',
  all: 'All',
  tableNames: {
    aliyun: 'Alibaba VOD',
    tencent: 'Tencent API 3.0',
    tencentLegacy: 'Tencent API 2.0',
    tencentVideoCloud: 'Tencent video cloud (dual code)',
    huawei: 'Huawei VOD',
    http: 'HTTP status',
  },
  category: 'Category',
  retryable: 'Retryable',
  yes: 'Yes',
  no: 'No',
  catalogCount: (shown: number, total: number) => `${shown} of ${total} codes`,
  code: 'Code',
  severityColumn: 'Severity',
  previewCode: (code: string) => `Preview ${code}`,
  fallback: (source: string) => `${source} text`,
  uploadTitle: 'Upload a video',
  videoFile: 'Video file',
  useSampleFile: 'Use a sample file (6 MB)',
  sampleTitle: 'Evening news, 22 November',
  videoTitle: 'Title',
  uploadProgress: 'Upload progress',
  upload: 'Upload',
  uploading: 'Uploading…',
  cancel: 'Cancel',
  waitingToRetry: 'Waiting for the time the server asked for before retrying…',
  uploaded: (videoId: string) => `Uploaded. VideoId ${videoId}`,
  mockServer: 'Mock server (Mock Service Worker)',
  mockFailed: 'The mock server did not start. Run the sandbox with `npm run sandbox`, which generates its worker script.',
  serverAnswers: 'The server answers with',
  scenarioLabel: (scenario: UploadScenario, sample: VodErrorSample | undefined) =>
    ({
      success: 'Success',
      'network-error': 'Connection dropped on part 3 (Failed to fetch)',
      timeout: 'Part 1 never answers (timeout after 3 s)',
    })[scenario.id] ??
    `${sample === undefined ? '' : `${{ aliyun: 'Alibaba', tencent: 'Tencent', huawei: 'Huawei', network: 'Gateway' }[sample.group]} · ${sample.label}`} — ${
      scenario.step === 'part' ? `on part ${scenario.part ?? 1}` : scenario.step === 'commit' ? 'on commit' : 'on create'
    }`,
  failOnce: 'Fail only the first attempt (Retry succeeds)',
  mockNote: 'Requests go to /api/vod/upload… and are answered in the browser’s network layer, not by a prop.',
};

type StoryText = typeof en;

const zh: StoryText = {
  locale: 'zh-CN',
  severity: { error: '错误', warning: '警告', info: '提示' },
  openDetails: '查看错误详情',
  pickSampleHint: '选择一个示例，打开它的详情对话框。',
  toastHint: '点击示例，用 toastVodError() 发出通知；再次点击可看到计数增加。',
  dismissAll: '全部关闭',
  requestAccess: '申请权限',
  stormTitle: '通知风暴',
  stormIntro: (codes: number, kept: number) => `在一次同步循环中发出错误，轮流使用 ${codes} 个示例错误码。相同的错误会合并；通知队列最多保留 ${kept} 条。`,
  stormMode: '发出什么',
  stormModes: { mixed: '混合错误码（合并）', same: '同一错误码，多次', unique: '不合并（coalesce: false）' },
  fireErrors: (count: number) => `发出 ${count} 个`,
  statFired: '已发出',
  statOccurrences: '已计入次数',
  statKept: '保留的通知',
  statVisible: '可见',
  statQueued: '排队中',
  statBurstTime: '上次耗时',
  loadVideo: '加载视频',
  clear: '清除',
  retryIn: (seconds: number) => `${seconds} 秒后`,
  videoLoaded: (title: string) => `已加载“${title}”。`,
  loading: '加载中…',
  parseLegacyReply: '解析腾讯云 API 2.0 响应',
  playgroundTitle: '试验场',
  playgroundIntro: '粘贴原始响应体（JSON、XML 或网关 HTML 页面）、JSON 序列化的 SDK 错误，或 503 这样的状态码。右侧内容会随输入实时更新。',
  preset: '从示例开始',
  choosePreset: '选择示例…',
  rawInput: '捕获到的值',
  providerHint: '云厂商提示',
  detect: '自动识别',
  httpStatus: 'HTTP 状态码',
  openDialog: '打开对话框',
  showToast: '显示通知',
  catalogTitle: '错误码目录',
  catalogIntro: '本工具包识别的全部错误码、它们的分类，以及两种语言的文案。带标记的文案表示该错误码没有专属文案，回退到了分类文案。',
  search: '搜索错误码或文案',
  table: '码表',
  all: '全部',
  tableNames: {
    aliyun: '阿里云点播',
    tencent: '腾讯云 API 3.0',
    tencentLegacy: '腾讯云 API 2.0',
    tencentVideoCloud: '腾讯云视频云（双错误码）',
    huawei: '华为云点播',
    http: 'HTTP 状态码',
  },
  category: '分类',
  retryable: '可重试',
  yes: '是',
  no: '否',
  catalogCount: (shown: number, total: number) => `共 ${total} 个错误码，显示 ${shown} 个`,
  code: '错误码',
  severityColumn: '级别',
  previewCode: (code: string) => `预览 ${code}`,
  fallback: (source: string) => `${source} 文案`,
  uploadTitle: '上传视频',
  videoFile: '视频文件',
  useSampleFile: '使用示例文件（6 MB）',
  sampleTitle: '晚间新闻 11 月 22 日',
  videoTitle: '标题',
  uploadProgress: '上传进度',
  upload: '上传',
  uploading: '上传中…',
  cancel: '取消',
  waitingToRetry: '正在等待服务端要求的时间，之后重试…',
  uploaded: (videoId: string) => `上传完成。VideoId ${videoId}`,
  mockServer: '模拟服务端（Mock Service Worker）',
  mockFailed: '模拟服务端未能启动。请用 `npm run sandbox` 启动沙箱，它会生成所需的 worker 脚本。',
  serverAnswers: '服务端返回',
  scenarioLabel: (scenario: UploadScenario, sample: VodErrorSample | undefined) =>
    ({
      success: '成功',
      'network-error': '上传第 3 片时连接中断（Failed to fetch）',
      timeout: '第 1 片无响应（3 秒后超时）',
    })[scenario.id] ??
    `${sample === undefined ? '' : `${{ aliyun: '阿里云', tencent: '腾讯云', huawei: '华为云', network: '网关' }[sample.group]} · ${sample.label}`}（${
      scenario.step === 'part' ? `上传第 ${scenario.part ?? 1} 片时` : scenario.step === 'commit' ? '确认上传时' : '创建上传时'
    }）`,
  failOnce: '只让第一次失败（重试会成功）',
  mockNote: '请求发往 /api/vod/upload…，由浏览器网络层中的模拟服务端应答，而不是通过组件属性传入。',
};

/** The sandbox's words in the kit's current language. */
export function useStoryText(): StoryText {
  const { language } = useVodErrorConfig();
  return language.startsWith('zh') ? zh : en;
}
