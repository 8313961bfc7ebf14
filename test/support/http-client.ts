/** A GraphQL call over HTTP as a client makes it, with the status and any extra headers. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: any; errors?: Array<{ message: string; extensions?: any }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ message: text, extensions: { code: `HTTP_${response.status}` } }] };
  }
  return { status: response.status, headers: response.headers, body };
}

export const codesOf = (result: { body: { errors?: Array<{ extensions?: any }> } }) =>
  (result.body.errors ?? []).map((e) => String(e.extensions?.code));

export async function loginOver(url: string, email: string, password: string): Promise<string> {
  const result = await post(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
  );
  if (!result.body.data?.login) throw new Error(`login failed: ${JSON.stringify(result.body)}`);
  return result.body.data.login.token as string;
}
