// Headers added to an answer in place. The answer keeps its own class and
// body: yoga's answers (and the response cache's) hold a string, which the
// local server writes in one go, where a copy into a new fetch Response would
// turn the body into a stream that is read and written chunk by chunk. An
// answer whose headers are immutable (a fetched one) is copied instead.
export function withHeaders(response: Response, set: Record<string, string>, append: Record<string, string> = {}): Response {
  try {
    for (const [name, value] of Object.entries(set)) response.headers.set(name, value);
    for (const [name, value] of Object.entries(append)) response.headers.append(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    for (const [name, value] of Object.entries(set)) headers.set(name, value);
    for (const [name, value] of Object.entries(append)) headers.append(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
