// Province names in the user's language, from the API's reference data: the
// public list (GET /api/v1/public/provinces, codes with nameAr and nameFr)
// answers before sign-in and whatever the caller's role.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api/client';

export interface ProvinceName {
  code: string;
  nameAr: string;
  nameFr: string;
}

async function loadNames(): Promise<{ items: ProvinceName[] }> {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  const res = await globalThis.fetch(new Request(`${origin}/api/v1/public/provinces`, { headers: { accept: 'application/json' } }));
  if (!res.ok) throw new ApiError({ status: res.status, title: res.statusText });
  return (await res.json()) as { items: ProvinceName[] };
}

/** code → its name in the user's language (the code itself until the names have loaded); no code: national. */
export function useProvinceName(): (code: string | null | undefined) => string {
  const { t, i18n } = useTranslation();
  const names = useQuery({ queryKey: ['province-names'], queryFn: loadNames, staleTime: Infinity });
  const byCode = useMemo(() => new Map((names.data?.items ?? []).map((p) => [p.code, p])), [names.data]);
  const fr = i18n.language === 'fr';
  return useCallback(
    (code) => {
      if (!code) return t('app.national');
      const p = byCode.get(code);
      return p ? (fr ? p.nameFr : p.nameAr) : code;
    },
    [byCode, fr, t],
  );
}
