/** The e-mails' own words around the notifications they carry, and the invitation e-mail. */
export const email = {
  subjectPrefix: "[ESG portal]",
  footer: "You get this e-mail from the supplier ESG audit portal.",
  settings: "Choose which e-mails you get",
  greeting: "Hello {{name}},",
  open: "Open: {{url}}",
  openInPortal: "Open in the portal",
  digestSubject: "Daily digest {{day}}: {{count}}",
  notifications_one: "{{count}} notification",
  notifications_other: "{{count}} notifications",
  digestIntro: "your notifications of {{day}}:",
  "invitation.subject": "{{inviter}} invites you to the portal for {{supplier}}",
  "invitation.hello": "Hello,",
  "invitation.intro":
    "{{inviter}} invites you to the supplier ESG audit portal as a user of {{supplier}}.",
  "invitation.how":
    "Open the link below to choose your name and password. It works once, until {{until}}.",
  "invitation.ignore":
    "If you did not expect this invitation, ignore this e-mail: nothing happens.",
  "invitation.footer": "This e-mail went to {{email}} because {{inviter}} invited this address.",
  "invitation.accept": "Accept the invitation",
};
