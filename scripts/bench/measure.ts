// One autocannon run, with percentiles computed from every response time (autocannon's own summary has no
// p95). Shared by `npm run bench` and `npm run bench:search`.
import autocannon from "autocannon";

export interface Row {
  target: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
}

export async function measure(
  target: string,
  { url, requests, headers = {}, connections, duration }: { url: string; requests: autocannon.Request[]; headers?: Record<string, string>; connections: number; duration: number },
): Promise<Row> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, requests, headers }, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    target,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: Math.round(times.length / duration),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
