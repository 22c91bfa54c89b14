/**
 * The communication rule in members' words: the two-sentence notice at the top of every
 * pre-contract thread, the one for threads under contract, and the full rule they link to.
 */
export function communicationRule(policyVersion: string) {
  return {
    policyVersion,
    notice: {
      preContract:
        'Until a contract starts, keep the conversation here: sharing or asking for phone numbers, e-mail addresses, other apps or meeting links is not allowed. Use the in-platform call, the scheduler and file upload instead — and never pay or get paid outside the platform.',
      contract:
        'A contract is active: you may now share contact details when the work needs them. Payments still go through the platform only.',
    },
    full: [
      'Before a contract starts, nobody may ask for or share contact information: phone numbers, e-mail addresses, physical addresses, links to contact forms or outside applicant systems, and anything that lets the other side reach you elsewhere (Skype, WhatsApp, Telegram, Discord, WeChat, Signal, social profiles, Zoom/Meet/Teams links, booking links).',
      'Conversations and interviews before a contract happen here: messages, the in-platform call with screen sharing, and the scheduler for booking a time.',
      'Payment outside the platform is never allowed, with or without a contract.',
      'Exceptions: clients on a Business or Enterprise plan (and freelancers talking to them) may share contact details; NDAs and other legal documents may carry them; an e-mail address may be given only so the other side can be invited to a project tool (for example Jira, Figma or GitHub); files may be shared by upload or by file-sharing links; proposals may link to an outside portfolio.',
      'When something is stopped you are told what was found and what to use instead. Repeated attempts lead to warnings, a temporary pause of pre-contract messaging, or suspension; every action can be appealed once.',
    ],
    alternatives: ['platform_call', 'scheduler', 'file_upload', 'platform_payment'],
  };
}
