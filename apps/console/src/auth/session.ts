// The console's session. Production: OpenID Connect authorization code with
// PKCE at the identity provider the API trusts (oidc-client-ts; the token is
// kept in this tab's sessionStorage and refreshed silently). Development
// (the API's MASAR_DEV_SIGN_IN, set by npm start): the API mints a short-lived
// token for a seeded demo user.
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SessionConfig } from '../api/types';

const DEV_KEY = 'masar.devToken';

interface Stored {
  accessToken: string;
  expiresAt: string;
}

let manager: UserManager | null = null;
let oidcToken: string | null = null;

export function oidcManager(config: SessionConfig): UserManager | null {
  if (!config.oidc) return null;
  manager ??= new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    scope: config.oidc.scope,
    redirect_uri: `${location.origin}/sign-in/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return manager;
}

export async function restoreOidc(config: SessionConfig): Promise<string | null> {
  const m = oidcManager(config);
  if (!m) return null;
  if (location.pathname === '/sign-in/callback') {
    const user = await m.signinRedirectCallback();
    history.replaceState(null, '', '/');
    oidcToken = user.access_token;
    return oidcToken;
  }
  const user = await m.getUser();
  oidcToken = user && !user.expired ? user.access_token : null;
  m.events.addUserLoaded((u) => {
    oidcToken = u.access_token;
  });
  return oidcToken;
}

export function storeDevToken(t: Stored): void {
  sessionStorage.setItem(DEV_KEY, JSON.stringify(t));
}

export function token(): string | null {
  if (oidcToken) return oidcToken;
  const raw = sessionStorage.getItem(DEV_KEY);
  if (!raw) return null;
  const t = JSON.parse(raw) as Stored;
  if (Date.parse(t.expiresAt) <= Date.now()) {
    sessionStorage.removeItem(DEV_KEY);
    return null;
  }
  return t.accessToken;
}

export async function signOut(): Promise<void> {
  sessionStorage.removeItem(DEV_KEY);
  oidcToken = null;
  if (manager) await manager.removeUser();
}
