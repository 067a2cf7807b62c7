// The Temporal UI's access to the codec: for a user the permission table
// admits to codec.decode, the console opens a codec session when it signs in
// (an HttpOnly cookie for the API's /codec only, 15 minutes, renewed every 10
// while the console is open) and ends it when it signs out. The answer says
// where the Temporal UI is, for the links from a case to its workflow.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { CodecSession, Me } from '../api/types';

const RENEW_MS = 10 * 60 * 1000;

export function useCodecSession(me: Me | undefined): CodecSession | undefined {
  const allowed = Boolean(me?.permittedActions.includes('codec.decode'));
  const session = useQuery({
    queryKey: ['codec-session', me?.id],
    enabled: allowed,
    queryFn: () => unwrap<CodecSession>(api.POST('/codec/session')),
    staleTime: RENEW_MS,
    refetchInterval: RENEW_MS,
    refetchIntervalInBackground: true,
    retry: 1,
  });
  return allowed ? session.data : undefined;
}

/** Ends this browser's codec session (the cookie is sent to /codec only, so the API reads it there). */
export async function endCodecSession(): Promise<void> {
  await api.DELETE('/codec/session').catch(() => undefined);
}

/** The Temporal UI's page of a workflow (its latest run). */
export function workflowPage(session: CodecSession, workflowId: string): string {
  const { origin, namespace } = session.temporalUi;
  return `${origin}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`;
}
