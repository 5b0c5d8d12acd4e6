// The SSRF rule for URLs in `pavise.yaml` (provider `baseUrl`, MCP server `url`, JWKS URL, alert
// webhooks): checked once, at config load, so a gateway never starts pointed at a cloud metadata
// service or another link-local address.
//
// Rule (docs/gateway.md "Upstream URLs"):
// - scheme must be http or https;
// - refused: link-local and metadata addresses — 169.254.0.0/16 (AWS/GCP/Azure metadata at
//   169.254.169.254), 100.100.100.200 (Alibaba), fe80::/10, fd00:ec2::254 (AWS IPv6 metadata),
//   the unspecified addresses 0.0.0.0/8 and ::, the same addresses embedded in IPv6
//   (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d), and the
//   metadata host names (metadata.google.internal, metadata.goog, metadata, instance-data, …);
// - allowed: everything else, deliberately including loopback (127.0.0.0/8, ::1, localhost) and
//   private ranges (10/8, 172.16/12, 192.168/16, fc00::/7) — local setups, sidecars and tests live
//   there, and the operator who writes the config already controls those hosts;
// - an operator can allow a refused host explicitly with `server.allowUpstreamHosts`.
// Numeric host forms (`http://2852039166/`, `http://0xa9.0xfe.0xa9.0xfe/`, `http://169.254.43518/`)
// are normalised by the WHATWG URL parser to dotted quads before the check, so they cannot hide.
//
// Misses: a DNS name that RESOLVES to a refused address (checked names only, no resolution at
// load time, no connect-time IP check — DNS rebinding is not covered); redirects are not followed
// by the LLM gateway's undici client, so a redirect cannot reach a refused address through it.
// Cost: O(length of the URL).
// Failure mode: returns a reason string (the config loader turns it into PAVISE_CONFIG_INVALID
// naming the file, line and key); never throws.

const METADATA_HOSTS = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.internal',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.packet.net',
  'metadata.platformequinix.com',
]);

/** Parse a dotted-quad IPv4 into 4 octets, or undefined. (URL has already normalised it.) */
function ipv4(host: string): [number, number, number, number] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const o = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] as [number, number, number, number];
  return o.every((x) => x <= 255) ? o : undefined;
}

function v4Reason(o: readonly [number, number, number, number]): string | undefined {
  const [a, b, c, d] = o;
  if (a === 169 && b === 254) return 'a link-local address (cloud metadata lives at 169.254.169.254)';
  if (a === 0) return 'an unspecified address (0.0.0.0/8); use 127.0.0.1 for this machine';
  if (a === 100 && b === 100 && c === 100 && d === 200) return 'a cloud metadata address';
  return undefined;
}

/** Eight 16-bit groups of an IPv6 literal (brackets removed), or undefined. */
function ipv6Groups(host: string): number[] | undefined {
  let h = host;
  // A trailing dotted quad (::ffff:1.2.3.4) becomes two groups. The URL parser already rewrites
  // these to hex, but stay correct for callers that pass raw literals.
  const tail = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(h);
  if (tail?.[1]) {
    const o = ipv4(tail[1]);
    if (!o) return undefined;
    h = `${h.slice(0, -tail[1].length)}${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const halves = h.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const left = parse(halves[0] ?? '');
  const right = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!left || !right) return undefined;
  if (halves.length === 1) return left.length === 8 ? left : undefined;
  const fill = 8 - left.length - right.length;
  if (fill < 1) return undefined;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

function v6Reason(g: readonly number[]): string | undefined {
  const at = (i: number): number => g[i] ?? 0;
  if (g.every((x) => x === 0)) return 'the unspecified address ::';
  if ((at(0) & 0xffc0) === 0xfe80) return 'an IPv6 link-local address (fe80::/10)';
  if (at(0) === 0xfd00 && at(1) === 0x0ec2 && at(2) === 0 && at(3) === 0 && at(4) === 0 && at(5) === 0 && at(6) === 0 && at(7) === 0x254) {
    return 'a cloud metadata address';
  }
  const embedded = (hi: number, lo: number): [number, number, number, number] => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff];
  const first5Zero = at(0) === 0 && at(1) === 0 && at(2) === 0 && at(3) === 0 && at(4) === 0;
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible; ::1 is loopback and stays allowed).
  if (first5Zero && (at(5) === 0xffff || (at(5) === 0 && !(at(6) === 0 && at(7) <= 1)))) {
    const r = v4Reason(embedded(at(6), at(7)));
    if (r) return `${r} (embedded in IPv6)`;
  }
  // NAT64 well-known prefix 64:ff9b::/96.
  if (at(0) === 0x64 && at(1) === 0xff9b && at(2) === 0 && at(3) === 0 && at(4) === 0 && at(5) === 0) {
    const r = v4Reason(embedded(at(6), at(7)));
    if (r) return `${r} (embedded in IPv6)`;
  }
  return undefined;
}

/**
 * Why `raw` may not be used as an upstream URL, or undefined when it may. `allowHosts` lists host
 * names or literals (as written in the URL, case-insensitive, IPv6 without brackets) that the
 * operator explicitly allows despite the rule.
 */
export function unsafeUpstreamReason(raw: string, allowHosts: readonly string[] = []): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol.slice(0, 16)} is not allowed (http or https only)`;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const allowed = new Set(allowHosts.map((h) => h.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '')));
  if (allowed.has(host)) return undefined;
  let reason: string | undefined;
  const v4 = ipv4(host);
  if (v4) reason = v4Reason(v4);
  else if (host.includes(':')) {
    const g = ipv6Groups(host);
    reason = g ? v6Reason(g) : 'an unparseable IPv6 address';
  } else if (METADATA_HOSTS.has(host)) reason = 'a cloud metadata host name';
  if (!reason) return undefined;
  return `${url.host.slice(0, 128)} is ${reason}; list it in server.allowUpstreamHosts to allow it anyway`;
}
