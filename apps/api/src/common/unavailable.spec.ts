// The statements on every request's path go through pg's pool (libs/db/prisma.ts),
// not Prisma's client: an unreachable database must still answer 503 (with
// Retry-After), not 500. pg's own errors, from a real pool.
import net from 'node:net';
import { Pool } from 'pg';
import { isUnavailable } from './problem.filter';

async function pgError(port: number, connectionTimeoutMillis: number): Promise<unknown> {
  const pool = new Pool({ host: '127.0.0.1', port, user: 'masar', database: 'masar', connectionTimeoutMillis, max: 1 });
  try {
    await pool.query('SELECT 1');
    throw new Error('the query answered');
  } catch (e) {
    return e;
  } finally {
    await pool.end().catch(() => undefined);
  }
}

it('a pool whose server accepts the connection and never answers: unavailable', async () => {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  try {
    const err = await pgError((silent.address() as net.AddressInfo).port, 300);
    expect(String((err as Error).message)).toMatch(/timeout/i);
    expect(isUnavailable(err)).toBe(true);
  } finally {
    sockets.forEach((s) => s.destroy());
    silent.close();
  }
});

it('a pool whose server is not there: unavailable', async () => {
  // a port just freed: nothing listens on it
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  const err = await pgError(port, 2000);
  expect(isUnavailable(err)).toBe(true);
});

it('an error of the statement itself is not unavailability', () => {
  expect(isUnavailable(Object.assign(new Error('relation "Nope" does not exist'), { code: '42P01' }))).toBe(false);
});
