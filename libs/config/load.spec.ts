import { z } from 'zod';
import { ConfigError, parseConfig, port, url } from './load';

const schema = z.object({ DATABASE_URL: url(['postgresql']), PORT: port.default(3000), JWT_SECRET: z.string().min(32).optional() });

test('a valid environment gives typed values with defaults', () => {
  expect(parseConfig(schema, { DATABASE_URL: 'postgresql://h/db' })).toEqual({ DATABASE_URL: 'postgresql://h/db', PORT: 3000 });
});

test('each invalid variable gets its own line, naming it and what was given', () => {
  try {
    parseConfig(schema, { DATABASE_URL: 'mysql://h/db', PORT: 'eighty', JWT_SECRET: 'short' });
    throw new Error('should have failed');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    const lines = (e as ConfigError).problems;
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^DATABASE_URL: must be a URL \(postgresql\) \(got "mysql:\/\/h\/db"\)$/);
    expect(lines.some((l) => l.startsWith('PORT:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('JWT_SECRET:'))).toBe(true);
  }
});

test('an empty variable counts as unset', () => {
  expect(parseConfig(schema, { DATABASE_URL: 'postgresql://h/db', JWT_SECRET: '' }).JWT_SECRET).toBeUndefined();
});
