/** The e-mails' own words in Chinese (see en/email.ts). */
export const email: Record<string, string> = {
  subjectPrefix: "[ESG 门户]",
  footer: "此邮件由供应商 ESG 审核门户发送。",
  settings: "选择您接收的邮件",
  greeting: "{{name}}，您好：",
  open: "打开：{{url}}",
  openInPortal: "在门户中打开",
  digestSubject: "每日摘要 {{day}}：{{count}}",
  notifications_other: "{{count}} 条通知",
  digestIntro: "以下是您 {{day}} 的通知：",
  "invitation.subject": "{{inviter}} 邀请您以 {{supplier}} 用户身份加入门户",
  "invitation.hello": "您好：",
  "invitation.intro": "{{inviter}} 邀请您以 {{supplier}} 用户的身份使用供应商 ESG 审核门户。",
  "invitation.how": "请打开下方链接设置您的姓名和密码。该链接仅可使用一次，有效期至 {{until}}。",
  "invitation.ignore": "如果您没有预期收到此邀请，请忽略此邮件，不会产生任何影响。",
  "invitation.footer": "此邮件发送至 {{email}}，因为 {{inviter}} 邀请了该地址。",
  "invitation.accept": "接受邀请",
};
