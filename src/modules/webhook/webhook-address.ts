import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Where a webhook may point. HTTPS only (plain HTTP to a loopback receiver, for tests and
 * local tools), and never into the network the portal runs in: every address the name
 * resolves to must be public unicast, unless WEBHOOK_ALLOW_PRIVATE=true. The same check runs
 * again when each delivery connects (the resolver is asked then, not trusted from
 * registration), so a name re-pointed to 10.0.0.1 after registration is refused too.
 */

export const MAX_WEBHOOK_URL_LENGTH = 2000;

export class WebhookAddressError extends Error {}

/** Public unicast only: not private, loopback, link-local, CGNAT, ULA, multicast, reserved... */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

const isLoopbackHost = (host: string): boolean => {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost") return true;
  return ipaddr.isValid(bare) && ipaddr.parse(bare).range() === "loopback";
};

/** The URL's problem in words, or null; without touching the network. */
export function webhookUrlProblem(text: string): string | null {
  if (text.length > MAX_WEBHOOK_URL_LENGTH)
    return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "is not a URL";
  }
  if (url.username || url.password) return "must not carry a user name or password";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && isLoopbackHost(url.hostname)) return null;
  return "must be an https:// URL (http:// only to a loopback receiver)";
}

async function addressesOf(hostname: string): Promise<string[]> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (ipaddr.isValid(bare)) return [bare];
  try {
    return (await lookup(bare, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new WebhookAddressError(`${bare} does not resolve`);
  }
}

/** Refuses a URL whose host resolves to any address that is not public (unless allowed). */
export async function assertDeliverable(text: string, allowPrivate: boolean): Promise<void> {
  const problem = webhookUrlProblem(text);
  if (problem) throw new WebhookAddressError(problem);
  const addresses = await addressesOf(new URL(text).hostname);
  if (allowPrivate) return;
  const inside = addresses.find((address) => !isPublicAddress(address));
  if (inside)
    throw new WebhookAddressError(
      `resolves to ${inside}, an address in a private or reserved range (set WEBHOOK_ALLOW_PRIVATE=true to allow it)`,
    );
}

/** A `lookup` for http.request that connects only to an address the check accepts. */
export function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    addressesOf(hostname)
      .then((addresses) => {
        const usable = allowPrivate ? addresses : addresses.filter(isPublicAddress);
        if (usable.length === 0)
          throw new WebhookAddressError(
            `${hostname} resolves only to private or reserved addresses (${addresses.join(", ")})`,
          );
        const address = usable[0];
        const family = ipaddr.parse(address).kind() === "ipv6" ? 6 : 4;
        if ((options as { all?: boolean }).all)
          (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(
            null,
            usable.map((a) => ({ address: a, family: ipaddr.parse(a).kind() === "ipv6" ? 6 : 4 })),
          );
        else callback(null, address, family);
      })
      .catch((error: Error) => callback(error as NodeJS.ErrnoException, "", 0));
  };
}
