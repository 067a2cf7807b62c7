import { maskAddress, maskContacts, maskEmail, maskPhone } from './contact-mask';

test('an email keeps its first letter and its domain', () => {
  expect(maskEmail('dounia@example.ma')).toBe('d***@example.ma');
  expect(maskEmail('head.meknes@masar.example.ma')).toBe('h***@masar.example.ma');
  expect(maskEmail('نادية@example.ma')).toBe('ن***@example.ma');
  expect(maskEmail('not-an-address')).toBe('***');
});

test('a number keeps its country and operator prefix and its last two digits', () => {
  expect(maskPhone('+212612345612')).toBe('+2126****12');
  expect(maskPhone('212612345612')).toBe('+2126****12');
  expect(maskPhone('+1234')).toBe('****34');
  expect(maskAddress('SMS', '+212698765401')).toBe('+2126****01');
  expect(maskAddress('EMAIL', 'x@y.ma')).toBe('x***@y.ma');
});

test('an error text loses the addresses it quotes, not its other figures', () => {
  expect(maskContacts('SMTP 550: <head.meknes@masar.example.ma>: Recipient address rejected', 'EMAIL', 'head.meknes@masar.example.ma')).toBe(
    'SMTP 550: <h***@masar.example.ma>: Recipient address rejected',
  );
  expect(maskContacts('submit_sm to 212612345612 refused (0x0000000B)', 'SMS', '+212612345612')).toBe('submit_sm to +2126****12 refused (0x0000000B)');
  const receipt = 'id:4f2a sub:001 dlvrd:001 submit date:2611231200 done date:2611231200 stat:DELIVRD err:000 text:';
  expect(maskContacts(receipt, 'SMS', '+212612345612')).toBe(receipt);
});
