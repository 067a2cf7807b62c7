// The API as the benchmark drives it: HS256 tokens of demo users, JSON calls
// with a time limit, and the bodies of the calls the benchmark makes.
import { SignJWT } from 'jose';

export interface ApiResult {
  status: number;
  body: any;
  ms: number;
}

export class Api {
  private tokens = new Map<string, string>();
  private readonly secret: Uint8Array;

  constructor(
    readonly baseUrl: string,
    jwtSecret: string,
  ) {
    this.secret = new TextEncoder().encode(jwtSecret);
  }

  async token(userId: string): Promise<string> {
    let t = this.tokens.get(userId);
    if (!t) {
      t = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setAudience('masar').setIssuedAt().setExpirationTime('6h').sign(this.secret);
      this.tokens.set(userId, t);
    }
    return t;
  }

  async call(method: string, path: string, userId: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs = 60_000): Promise<ApiResult> {
    const started = performance.now();
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await this.token(userId)}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed, ms: performance.now() - started };
  }

  get = (path: string, userId: string) => this.call('GET', path, userId);
  post = (path: string, body: unknown, userId: string, headers?: Record<string, string>) => this.call('POST', path, userId, body, headers);
  put = (path: string, body: unknown, userId: string) => this.call('PUT', path, userId, body);

  /** Sets one policy rule of a province (riskLevel and category: any). */
  async policy(provinceCode: string, step: string, duration: string): Promise<void> {
    const r = await this.put('/api/v1/policies', { provinceCode, step, riskLevel: null, duration }, 'u-national-admin');
    if (r.status !== 200) throw new Error(`PUT /api/v1/policies ${provinceCode} ${step} ${duration}: ${r.status} ${JSON.stringify(r.body)}`);
  }
}

const FIRST_NAMES = ['Yasmine', 'Karim', 'Salma', 'Youssef', 'Imane', 'Omar', 'Khadija', 'Ayoub', 'Hiba', 'Mehdi'];

/** A report like an intake agent files it: a social case (no prosecutor step), medium risk. */
export function reportBody(provinceCode: string, i: number, riskLevel = 'MEDIUM') {
  const year = 2012 + (i % 8);
  return {
    provinceCode,
    entryPoint: 'GREEN_LINE',
    category: 'NEGLECT',
    riskLevel,
    narrative: `Signalement de test ${i}: enfant seul le soir, voisins inquiets.`,
    child: { firstName: FIRST_NAMES[i % FIRST_NAMES.length], sex: i % 2 ? 'M' : 'F', dateOfBirth: `${year}-0${1 + (i % 9)}-1${i % 10}` },
  };
}
