import { ROLES } from './taxonomy';
import { ACTIONS, assertPermitted, describePermission, ForbiddenAction, FORBIDDEN_ACTION, PERMISSIONS, refusal, rolesFor, scopeOf } from './permissions';

describe('the permission table', () => {
  it('names only known roles, and every action admits someone', () => {
    for (const action of ACTIONS) {
      const roles = Object.keys(PERMISSIONS[action]);
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) expect(ROLES).toContain(role);
    }
  });

  it('refuses a role the action does not list, naming the roles it admits', () => {
    expect(refusal('case.approve', { role: 'COORDINATOR', provinceCode: 'TANGER_ASSILAH' }, { provinceCode: 'TANGER_ASSILAH' })).toBe(
      'case.approve is reserved to HEAD_OF_CENTRE',
    );
    expect(refusal('case.approve', { role: 'HEAD_OF_CENTRE', provinceCode: 'TANGER_ASSILAH' }, { provinceCode: 'TANGER_ASSILAH' })).toBeNull();
  });

  it('keeps a provincial role in its province, and refuses one without a province', () => {
    const coordinator = { role: 'COORDINATOR' as const, provinceCode: 'TANGER_ASSILAH' };
    expect(refusal('case.acknowledge', coordinator, { provinceCode: 'MEKNES' })).toMatch(/of TANGER_ASSILAH cannot act in MEKNES/);
    expect(refusal('case.acknowledge', { role: 'COORDINATOR', provinceCode: null }, { provinceCode: 'MEKNES' })).toMatch(/without a province/);
  });

  it('lets a national role act everywhere and keeps a provider to its organisation', () => {
    expect(refusal('case.read', { role: 'SUPERVISOR', provinceCode: null }, { provinceCode: 'MEKNES' })).toBeNull();
    const provider = { role: 'PROVIDER' as const, provinceCode: 'MEKNES', organisationId: 'org-a' };
    expect(refusal('referral.accept', provider, { provinceCode: 'MEKNES', organisationId: 'org-a' })).toBeNull();
    expect(refusal('referral.accept', provider, { provinceCode: 'MEKNES', organisationId: 'org-b' })).toMatch(/another organisation/);
    expect(refusal('referral.accept', { role: 'PROVIDER', provinceCode: 'MEKNES' }, { organisationId: 'org-a' })).toMatch(/without an organisation/);
  });

  it('throws a named ForbiddenAction, whose name is the failure type the API maps to 403', () => {
    expect(() => assertPermitted('case.consent', { role: 'HEAD_OF_CENTRE', provinceCode: 'MEKNES' }, { provinceCode: 'MEKNES' })).toThrow(ForbiddenAction);
    try {
      assertPermitted('case.consent', undefined);
    } catch (e) {
      expect((e as Error).name).toBe(FORBIDDEN_ACTION);
      expect((e as Error).message).toBe('the action carries no acting user');
    }
    expect.assertions(3);
  });

  it('describes an action for the documentation from the same rows', () => {
    expect(rolesFor('judicial.court-order')).toEqual(['JUDICIAL_LIAISON']);
    expect(scopeOf('audit.read', 'AUDITOR')).toBe('NATIONAL');
    expect(describePermission('case.history.read')).toBe('SUPERVISOR (national), AUDITOR (national)');
  });
});
