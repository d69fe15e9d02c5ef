import { afterAll, beforeAll } from 'vitest';
/**
 * A loopback HTTP server that plays a cloud API, and a DNS guard that sends the providers' real
 * endpoint names to it: the SDKs run unmodified against `vod.cn-shanghai.aliyuncs.com:<port>`,
 * so provider detection by host is exercised too, and no traffic leaves 127.0.0.1.
 */
import dns from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One HTTP reply the loopback server sends. */
export interface LoopbackReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** What the server saw of the last request (to prove the SDK really talked to it). */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface Loopback {
  readonly port: number;
  /** The next requests get this reply; `'hang'` accepts them and never answers. */
  answer(reply: LoopbackReply | 'hang'): void;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an ephemeral port. */
export async function startLoopback(): Promise<Loopback> {
  let current: LoopbackReply | 'hang' = 'hang';
  const requests: SeenRequest[] = [];
  const server = http.createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    request.resume();
    request.on('end', () => {
      if (current === 'hang') return;
      response.writeHead(current.status, current.headers);
      response.end(current.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    answer(reply) {
      current = reply;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that was listening a moment ago and now refuses connections. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// Endpoint domains the SDKs under test call. Everything else is refused, so a name an SDK
// resolves on its own (a report or backup host) can never reach a real network.
const PROVIDER_DOMAINS = /(?:^|\.)(?:aliyuncs\.com|tencentcloudapi\.com|qcloud\.com|dnsv1\.com|myqcloud\.com|myhuaweicloud\.com)$/i;

type LookupCallback = (error: NodeJS.ErrnoException | null, address?: string | dns.LookupAddress[], family?: number) => void;

/**
 * Makes `dns.lookup` (which `net.connect`, and so every Node HTTP client, calls) answer
 * 127.0.0.1 for the providers' endpoint names and fail for every other name. Returns the undo.
 */
export function routeProviderHostsToLoopback(): () => void {
  const original = dns.lookup;
  const guarded = (hostname: string, options: unknown, callback?: LookupCallback): void => {
    const done = (typeof options === 'function' ? options : callback) as LookupCallback;
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
    process.nextTick(() => {
      if (/^127(?:\.\d{1,3}){3}$/.test(hostname)) {
        if (all) done(null, [{ address: hostname, family: 4 }]);
        else done(null, hostname, 4);
      } else if (hostname !== 'localhost' && !PROVIDER_DOMAINS.test(hostname)) {
        const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
        error.code = 'ENOTFOUND';
        done(error);
      } else if (all) done(null, [{ address: '127.0.0.1', family: 4 }]);
      else done(null, '127.0.0.1', 4);
    });
  };
  (dns as { lookup: unknown }).lookup = guarded;
  return () => {
    (dns as { lookup: unknown }).lookup = original;
  };
}

/**
 * Starts a loopback server for one test file and routes provider host names to it, so SDKs
 * run unmodified against their real endpoints without a packet leaving the machine.
 */
export function useProviderLoopback(): { readonly server: Loopback } {
  const state = {} as { server: Loopback };
  let restoreDns: () => void = () => undefined;
  beforeAll(async () => {
    restoreDns = routeProviderHostsToLoopback();
    state.server = await startLoopback();
  });
  afterAll(async () => {
    await state.server.close();
    restoreDns();
  });
  return state;
}
