import { APPROVAL_LADDER, COMPLAINT_LADDER, JUDICIAL_LADDER, ladderFor, SOCIAL_LADDER, STEPS } from './steps';

test('each step climbs its own ladder', () => {
  expect(ladderFor('REFERRAL_ACCEPTANCE')).toBe(SOCIAL_LADDER);
  expect(ladderFor('COURT_REPORT')).toBe(JUDICIAL_LADDER);
  expect(ladderFor('PROSECUTOR_REPORT')).toBe(JUDICIAL_LADDER);
  // An approval already waits for the head of the centre: no ASSIGNEE level.
  expect(ladderFor('APPROVAL')).toBe(APPROVAL_LADDER);
  expect(APPROVAL_LADDER[0]).toBe('HEAD_OF_CENTRE');
  // A complaint goes to the supervising delegate at once; the committee is above.
  expect(ladderFor('COMPLAINT_RESPONSE')).toBe(COMPLAINT_LADDER);
  expect(COMPLAINT_LADDER).toEqual(['DELEGATE', 'COMMITTEE']);
  for (const step of STEPS.filter((s) => s !== 'COMPLAINT_RESPONSE')) expect(ladderFor(step).length).toBeGreaterThanOrEqual(3);
});
