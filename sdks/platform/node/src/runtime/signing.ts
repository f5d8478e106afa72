// Public: request signatures a client computes itself (an HMAC over the request's method,
// target, time, nonce and body digest), as a security scheme of the spec describes them.
//
// The client signs every attempt of an operation whose security lists such a scheme, with its
// `signingKeyId` and `signingSecret`; `RequestSigner` does the same by hand.

import { createHash, createHmac, randomBytes } from "node:crypto";

import { InvalidArgumentError } from "./errors.js";

/** A part of the signed text: see `RequestSignature.canonical`. */
export type SignaturePart = "method" | "target" | "timestamp" | "nonce" | "bodySha256";

/**
 * How a scheme signs a request (from the spec's `x-sdkgen-signature`). The signed text is the
 * `canonical` parts joined by `separator`: the upper-case method, the request target as sent
 * (path and query), the Unix time in seconds, the nonce (`nonceBytes` random bytes in hex) and
 * the lower-case hex SHA-256 of the body bytes. The HMAC of it, keyed with the secret, goes in
 * `signatureHeader` (`hex` or `base64`), beside the key id, the time and the nonce.
 */
export interface RequestSignature {
  readonly algorithm: "hmac-sha256";
  readonly keyIdHeader: string;
  readonly timestampHeader: string;
  readonly nonceHeader: string;
  readonly signatureHeader: string;
  readonly canonical: readonly SignaturePart[];
  readonly separator: string;
  readonly encoding: "hex" | "base64";
  readonly nonceBytes: number;
}

/** Test seams of a `RequestSigner`: the clock (epoch milliseconds) and the nonce. */
export interface SignerOptions {
  /** Epoch milliseconds; the signed timestamp is its whole seconds (default `Date.now`). */
  now?: (() => number) | undefined;
  /** A fresh nonce per signature (default: `nonceBytes` random bytes in lower-case hex). */
  nonce?: (() => string) | undefined;
}

/** A request body as a signer sees it: its bytes are what is digested. */
export type SignedBody = string | Uint8Array | undefined | null;

const ALGORITHMS: Readonly<Record<RequestSignature["algorithm"], string>> = { "hmac-sha256": "sha256" };

/**
 * Signs requests with one key: `sign(method, target, body)` gives the headers to send. Each
 * call takes a fresh timestamp and nonce, so each attempt of a request needs its own signature.
 */
export class RequestSigner {
  readonly keyId: string;
  readonly scheme: RequestSignature;
  readonly #secret: string;
  readonly #now: () => number;
  readonly #nonce: () => string;

  constructor(scheme: RequestSignature, keyId: string, secret: string, options: SignerOptions = {}) {
    if (typeof keyId !== "string" || keyId === "" || typeof secret !== "string" || secret === "") {
      throw new InvalidArgumentError("RequestSigner: the key id and the secret must be non-empty strings");
    }
    if (!Object.hasOwn(ALGORITHMS, scheme.algorithm)) {
      throw new InvalidArgumentError(`RequestSigner: unsupported signature algorithm ${JSON.stringify(scheme.algorithm)}`);
    }
    this.scheme = scheme;
    this.keyId = keyId;
    this.#secret = secret;
    this.#now = options.now ?? Date.now;
    this.#nonce = options.nonce ?? (() => randomBytes(scheme.nonceBytes).toString("hex"));
  }

  /**
   * The headers that sign one request: `target` is the path and query exactly as sent
   * (`/agent/jobs/j1/result?x=1`), `body` the body bytes (a string is taken as UTF-8).
   */
  sign(method: string, target: string, body?: SignedBody): Record<string, string> {
    const scheme = this.scheme;
    const timestamp = String(Math.floor(this.#now() / 1000));
    const nonce = this.#nonce();
    const parts: Readonly<Record<SignaturePart, string>> = {
      method: method.toUpperCase(),
      target,
      timestamp,
      nonce,
      bodySha256: createHash("sha256")
        .update(body ?? "")
        .digest("hex"),
    };
    const text = scheme.canonical.map((part) => parts[part]).join(scheme.separator);
    const signature = createHmac(ALGORITHMS[scheme.algorithm], this.#secret).update(text, "utf8").digest(scheme.encoding);
    return {
      [scheme.keyIdHeader]: this.keyId,
      [scheme.timestampHeader]: timestamp,
      [scheme.nonceHeader]: nonce,
      [scheme.signatureHeader]: signature,
    };
  }

  /** Never shows the secret. */
  toJSON(): Record<string, string> {
    return { keyId: this.keyId };
  }
}
