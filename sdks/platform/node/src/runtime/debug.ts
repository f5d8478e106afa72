// Internal: what the debug hooks and the logger are shown — secrets redacted.

import { REDACTED, REDACTED_HEADERS } from "./constants.js";

/** The headers as a plain object, with every secret header's value replaced. */
export function redactHeaders(
  headers: Headers | Readonly<Record<string, string>>,
  secret: ReadonlySet<string> = REDACTED_HEADERS,
): Record<string, string> {
  const shown: Record<string, string> = {};
  const show = (value: string, name: string): void => {
    shown[name] = secret.has(name.toLowerCase()) ? REDACTED : value;
  };
  if (headers instanceof Headers) {
    headers.forEach(show);
  } else {
    for (const [name, value] of Object.entries(headers)) {
      show(value, name);
    }
  }
  return shown;
}

/** A body as a debug hook sees it: text as is, anything else described. */
export function describeBody(body: string | Uint8Array | FormData | Blob | undefined): string | undefined {
  if (body === undefined || typeof body === "string") {
    return body;
  }
  if (body instanceof Uint8Array) {
    return `<${body.byteLength} bytes>`;
  }
  if (body instanceof Blob) {
    return `<blob of ${body.size} bytes>`;
  }
  return "<multipart form data>";
}

/** A transport error in one line, with the cause's code (`ECONNREFUSED: ...`) when there is one. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return `${error.message} (${typeof code === "string" ? `${code}: ` : ""}${cause.message})`;
  }
  return error.message;
}
