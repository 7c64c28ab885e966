// What a Host header may be: a DNS name, IPv4 address or bracketed IPv6
// address, with an optional port of 1–65535. Anything else (spaces, user
// info, paths, out-of-range ports) is refused before it can reach a URL.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::(\d{1,5}))?$/;

export function isValidHost(host: string | undefined | null): host is string {
  if (!host || host.length > 255) return false;
  const match = HOST.exec(host);
  if (!match) return false;
  const port = match[1];
  return port === undefined || (Number(port) >= 1 && Number(port) <= 65_535);
}
