/**
 * The glossary of docs/WRITING.md §3 as data: for each concept, the one term per language and
 * the variants the uploader must never meet. Patterns match variants only, never the term.
 */
export interface GlossaryEntry {
  readonly concept: string;
  readonly term: string;
  readonly variants: RegExp;
}

export const glossary: Readonly<Record<'zh-CN' | 'en-US', readonly GlossaryEntry[]>> = {
  'zh-CN': [
    { concept: 'support', term: '技术支持', variants: /客服|客户支持|支持团队|售后/ },
    { concept: 'administrator', term: '管理员', variants: /应用管理员|账号所有者|账号管理员|主账号/ },
    { concept: 'video', term: '视频', variants: /媒资|媒体资源|素材/ },
    { concept: 'file', term: '文件', variants: /档案/ },
    { concept: 'upload', term: '上传', variants: /上载/ },
    { concept: 'RequestId', term: 'RequestId', variants: /请求\s*ID|请求编号|Request\s+ID/i },
    { concept: 'app', term: '应用', variants: /\bApp\b|应用程序|软件|客户端/ },
    { concept: 'video service', term: '视频服务', variants: /点播服务|云点播|视频点播|媒资服务/ },
    { concept: 'account', term: '账号', variants: /帐号|帐户|账户/ },
    { concept: 'sign in', term: '登录', variants: /登陆/ },
    { concept: 'try again', term: '重试', variants: /再试|重新尝试/ },
    { concept: 'a moment', term: '稍后', variants: /过一会儿|等一下/ },
    { concept: 'transcoding', term: '转码', variants: /编码转换/ },
    { concept: 'category', term: '分类', variants: /类目/ },
  ],
  'en-US': [
    { concept: 'support', term: 'support', variants: /customer (?:service|support)|help ?desk|support team/i },
    { concept: 'administrator', term: 'administrator', variants: /\badmins?\b|account owner/i },
    { concept: 'video', term: 'video', variants: /media assets?|\bassets?\b/i },
    { concept: 'RequestId', term: 'RequestId', variants: /request[ -]id\b/i },
    { concept: 'app', term: 'app', variants: /\bapplications?\b/i },
    { concept: 'video service', term: 'video service', variants: /\bVOD service\b/i },
    { concept: 'sign in', term: 'sign in', variants: /\blog ?(?:in|on)\b|\blogin\b/i },
    { concept: 'try again', term: 'try again', variants: /\bretry\b|try once more|try it again/i },
  ],
};

/**
 * Console and API words that belong in `developerDetail` only (WRITING.md §2: plain words for
 * the uploader). Provider names live in the provider label and developer details.
 */
export const jargon: Readonly<Record<'zh-CN' | 'en-US', RegExp>> = {
  'zh-CN': /媒资|接口|控制台|存储桶|\b(?:API|SDK|RAM|CAM|IAM|STS|OSS|COS|OBS|VOD|AccessKey|SecretId|SecretKey|Bucket|ApsaraVideo)\b/,
  'en-US': /\b(?:API|SDK|RAM|CAM|IAM|STS|OSS|COS|OBS|VOD|AccessKey|SecretId|SecretKey|bucket|console|ApsaraVideo)\b/,
};
