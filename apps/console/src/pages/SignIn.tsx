// Sign-in: the identity provider (OpenID Connect with PKCE) where one is
// configured; on a development stack, a seeded demo user.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { DemoUser, SessionConfig } from '../api/types';
import { oidcManager, storeDevToken } from '../auth/session';
import { problemSentence } from '../components/problems';
import { Field, LoadError, Loading, Notice } from '../components/ui';
import { codeLabel } from '../labels';
import { useProvinceName } from '../provinces';

export function SignIn({ config, onSignedIn, expired }: { config: SessionConfig; onSignedIn: () => void; expired?: boolean }) {
  const { t } = useTranslation();
  const provinceName = useProvinceName();
  const [userId, setUserId] = useState('u-tanger-coordinator');
  const users = useQuery({
    queryKey: ['dev-users'],
    enabled: config.devSignIn,
    queryFn: () => unwrap<{ items: DemoUser[] }>(api.GET('/api/v1/session/dev/users')),
  });
  const signIn = useMutation({
    mutationFn: () => unwrap<{ accessToken: string; expiresAt: string }>(api.POST('/api/v1/session/dev', { body: { userId } })),
    onSuccess: (tok) => {
      storeDevToken(tok);
      onSignedIn();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!signIn.isPending) signIn.mutate();
  };
  return (
    <section className="panel sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {expired ? <Notice kind="error">{t('signIn.expired')}</Notice> : null}
      <p>{t('signIn.intro')}</p>
      {config.oidc ? (
        <p>
          <button type="button" onClick={() => void oidcManager(config)?.signinRedirect()}>
            {t('signIn.oidc')}
          </button>
        </p>
      ) : null}
      {config.devSignIn ? (
        users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <LoadError error={users.error} retry={() => void users.refetch()} />
        ) : (
          <form onSubmit={submit}>
            <p className="hint">{t('signIn.dev')}</p>
            <Field label={t('signIn.user')}>
              {({ id }) => (
                <select id={id} name="userId" value={userId} onChange={(e) => setUserId(e.target.value)}>
                  {users.data.items.map((u) => (
                    <option key={u.id} value={u.id}>
                      {codeLabel(t, 'role', u.role)} ({provinceName(u.provinceCode)}) · {u.id}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {signIn.error ? <Notice kind="error">{problemSentence(t, signIn.error)}</Notice> : null}
            <button type="submit" disabled={signIn.isPending}>
              {t('signIn.submit')}
            </button>
          </form>
        )
      ) : null}
      {!config.oidc && !config.devSignIn ? <p>{t('signIn.none')}</p> : null}
    </section>
  );
}
