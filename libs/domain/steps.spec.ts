import { APPROVAL_LADDER, JUDICIAL_LADDER, ladderFor, SOCIAL_LADDER, STEPS } from './steps';

test('each step climbs its own ladder', () => {
  expect(ladderFor('REFERRAL_ACCEPTANCE')).toBe(SOCIAL_LADDER);
  expect(ladderFor('COURT_REPORT')).toBe(JUDICIAL_LADDER);
  expect(ladderFor('PROSECUTOR_REPORT')).toBe(JUDICIAL_LADDER);
  // An approval already waits for the head of the centre: no ASSIGNEE level.
  expect(ladderFor('APPROVAL')).toBe(APPROVAL_LADDER);
  expect(APPROVAL_LADDER[0]).toBe('HEAD_OF_CENTRE');
  for (const step of STEPS) expect(ladderFor(step).length).toBeGreaterThanOrEqual(3);
});
