// The console's pages without an account: the survey link and the own-file request.
import { FileRequestPage, FileRequestStatusPage, publicPage } from './FileRequestPage';
import { SurveyPage } from './SurveyPage';

export { publicPage };

export function PublicPage({ page }: { page: NonNullable<ReturnType<typeof publicPage>> }) {
  if (page.kind === 'survey') return <SurveyPage token={page.token} />;
  if (page.kind === 'file-request') return <FileRequestPage />;
  return <FileRequestStatusPage reference={page.reference} secret={page.secret} />;
}
