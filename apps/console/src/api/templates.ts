// The pathway templates of the admin API: the versions of a scope (national
// defaults, with a province's overrides), and those a case may move to.
import { useQuery } from '@tanstack/react-query';
import type { Category } from '../../../../libs/domain/taxonomy';
import { api, unwrap } from './client';
import type { TemplateVersion } from './case-extras';
import type { CaseDetail, Me } from './types';


export const templateVersions = (q: { category?: string; provinceCode?: string }) =>
  unwrap<TemplateVersion[]>(
    api.GET('/api/v1/admin/templates', {
      params: { query: { ...(q.category ? { category: q.category as Category } : {}), ...(q.provinceCode ? { provinceCode: q.provinceCode } : {}) } },
    }),
  );

/** The versions of a case's category in its province, for a user who may move the case and read templates. */
export function useCaseTemplates(c: CaseDetail | undefined, me: Me): TemplateVersion[] | undefined {
  const may = me.permittedActions.includes('case.template.move') && me.permittedActions.includes('template.read');
  const q = useQuery({
    queryKey: ['templates', c?.category, c?.provinceCode],
    enabled: Boolean(c && may && c.status === 'OPEN'),
    staleTime: 5 * 60 * 1000,
    queryFn: () => templateVersions({ category: c!.category, provinceCode: c!.provinceCode }),
  });
  return q.data;
}
