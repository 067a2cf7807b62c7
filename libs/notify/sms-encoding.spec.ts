import { concatenationUdh, decodeSmsBody, isGsm, planSms } from './sms-encoding';

test('a short French text is one GSM part without a header', () => {
  const plan = planSms('Masar: dossier R-1, accusé de réception en retard de 2 h.', 7);
  expect(plan.encoding).toBe('GSM');
  expect(plan.parts).toHaveLength(1);
  expect(plan.parts[0].udh).toBeUndefined();
  expect(decodeSmsBody(plan.parts[0].body, 0)).toBe('Masar: dossier R-1, accusé de réception en retard de 2 h.');
});

test('typographic quotes and dashes do not force UCS-2', () => {
  expect(isGsm('l’enfant – « oui »')).toBe(false);
  expect(planSms('l’enfant – « oui »', 1).encoding).toBe('GSM');
});

test('160 GSM septets fit one part; 161 need two of at most 152', () => {
  expect(planSms('a'.repeat(160), 1).parts).toHaveLength(1);
  const two = planSms('a'.repeat(161), 1).parts;
  expect(two.map((p) => p.body.length)).toEqual([152, 9]);
});

test('an extension character counts two septets and is never split from its escape', () => {
  const parts = planSms(`${'a'.repeat(151)}€${'b'.repeat(20)}`, 1).parts;
  expect(parts[0].body.length).toBe(151);
  expect(parts[1].body[0]).toBe(0x1b);
});

test('Arabic goes in UCS-2: 70 characters fit one part, 71 need parts of 66 with a concatenation header', () => {
  const ar = 'م'.repeat(70);
  const one = planSms(ar, 9);
  expect(one.encoding).toBe('UCS2');
  expect(one.parts).toHaveLength(1);
  expect(one.parts[0].body.length).toBe(140);
  const parts = planSms(`${ar}ب`, 9).parts;
  expect(parts.map((p) => p.text.length)).toEqual([66, 5]);
  expect(parts.map((p) => p.udh)).toEqual([concatenationUdh(9, 2, 1), concatenationUdh(9, 2, 2)]);
  expect(parts[0].dataCoding).toBe(0x08);
  expect(parts.map((p) => decodeSmsBody(p.body, 0x08)).join('')).toBe(`${ar}ب`);
});

test('a surrogate pair never straddles two parts', () => {
  const parts = planSms(`${'م'.repeat(65)}😀x${'م'.repeat(10)}`, 1).parts;
  expect(parts[0].text.length).toBe(65);
  expect(parts[1].text.startsWith('😀')).toBe(true);
});

test('the parts carry a 16-bit reference: two messages whose references differ only above 8 bits are told apart', () => {
  // messages sent at once to one number interleave their parts; the handset joins them by reference
  expect([...concatenationUdh(0x1234, 3, 2)]).toEqual([0x06, 0x08, 0x04, 0x12, 0x34, 3, 2]);
  const a = planSms('م'.repeat(100), 0x0107).parts.map((p) => p.udh);
  const b = planSms('م'.repeat(100), 0x0207).parts.map((p) => p.udh);
  expect(a).toHaveLength(2);
  a.forEach((udh, i) => expect(udh).not.toEqual(b[i]));
});
