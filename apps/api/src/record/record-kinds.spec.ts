import { ZodError } from 'zod';
import { bodyFor, caseActionEntry, changedFields, parseBody, referralActionEntry } from './record-kinds';

test('a case action writes its kind without the actor; a resubmitted assessment corrects the last one', () => {
  const input = { actor: { userId: 'u', role: 'COORDINATOR' }, summary: 'négligence', needs: ['SCHOOLING'] };
  expect(caseActionEntry('case.assessment', input)).toEqual({ kind: 'ASSESSMENT', body: { summary: 'négligence', needs: ['SCHOOLING'] }, supersedesLast: true, referralId: undefined });
  expect(caseActionEntry('review.institution', { actor: {}, kind: 'INSTITUTION', summary: 's' })).toMatchObject({ kind: 'REVIEW', supersedesLast: false });
  expect(caseActionEntry('referral.create', { actor: {}, referralId: 'r-1', organisationId: 'o', service: 'HEALTH' })).toMatchObject({ kind: 'REFERRAL', referralId: 'r-1' });
  // actions with nothing written: no entry
  expect(caseActionEntry('case.acknowledge', { actor: {} })).toBeNull();
  expect(caseActionEntry('case.approve', { actor: {}, subject: 'ASSESSMENT' })).toBeNull();
});

test('a provider’s action is a service report on its referral', () => {
  expect(referralActionEntry('referral.decline', { actor: {}, reason: 'complet' }, { id: 'r-1', organisationId: 'org-x' })).toEqual({
    kind: 'SERVICE_REPORT',
    body: { referralId: 'r-1', organisationId: 'org-x', event: 'DECLINED', reason: 'complet' },
    supersedesLast: false,
    referralId: 'r-1',
  });
  expect(referralActionEntry('referral.read', {}, { id: 'r-1', organisationId: 'org-x' })).toBeNull();
});

test('each body is checked against its kind', () => {
  expect(parseBody('NOTE', { text: '  texte  ' })).toEqual({ text: 'texte' });
  expect(() => parseBody('NOTE', { text: '' })).toThrow(ZodError);
  expect(() => parseBody('CARE_PLAN', { objectives: [], placement: 'FAMILY' })).toThrow(ZodError);
  expect(() => parseBody('ASSESSMENT', { summary: 's', actor: { userId: 'u' } })).toThrow(ZodError);
});

test('free text is withheld from readers without identifying data; structure stays', () => {
  const body = { summary: 'Salma, 12 ans', needs: ['HEALTH'], riskLevel: 'MEDIUM' };
  expect(bodyFor('ASSESSMENT', body, true)).toEqual({ body, withheld: [] });
  expect(bodyFor('ASSESSMENT', body, false)).toEqual({ body: { needs: ['HEALTH'], riskLevel: 'MEDIUM' }, withheld: ['summary'] });
  // a kind the table does not know shows nothing
  expect(bodyFor('UNKNOWN', { a: 1 }, false)).toEqual({ body: {}, withheld: ['a'] });
});

test('what a version changed: top-level fields, whatever the key order', () => {
  expect(changedFields({ summary: 'a', needs: ['HEALTH'] }, { needs: ['HEALTH'], summary: 'b' })).toEqual(['summary']);
  expect(changedFields({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } })).toEqual([]);
  expect(changedFields({ a: 1 }, { b: 1 })).toEqual(['a', 'b']);
});
