// A small HTTP client for integration tests.
export interface HttpResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export function http(baseUrl: string) {
  const call = async (method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResult> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (CSV, HTML)
    }
    return { status: res.status, headers: res.headers, body, text };
  };
  return {
    get: (path: string, token?: string, headers?: Record<string, string>) => call('GET', path, { token, headers }),
    post: (path: string, body: unknown, token?: string, headers?: Record<string, string>) => call('POST', path, { token, body, headers }),
    put: (path: string, body: unknown, token?: string) => call('PUT', path, { token, body }),
    options: (path: string, headers: Record<string, string>) => call('OPTIONS', path, { headers }),
  };
}
