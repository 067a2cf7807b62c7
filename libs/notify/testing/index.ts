// In-process protocol peers for tests and the development stack.
export { startSmtpSink, type SmtpSink, type SmtpSinkOptions, type ReceivedMail } from './smtp-sink';
export { startSmppPeer, type SmppPeer, type SmppPeerOptions, type SubmittedSm, type ReceiptStat } from './smpp-peer';
export { startInboxServer, readInbox, renderInboxPage, type Inbox, type InboxServer, type InboxSources } from './inbox-page';
