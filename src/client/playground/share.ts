// Share links: the code travels compressed in the URL's fragment, which is
// never sent to any server: `#example=<id>&length=<n>&code=<lz-string>`.
// The length, and the code coming last, let a link cut short be recognised:
// lz-string happily decompresses a prefix into a shorter program.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/** The fragment that shares `code` as the program of example `exampleId`. */
export function shareFragment(exampleId: string, code: string): string {
  return `#example=${encodeURIComponent(exampleId)}&length=${code.length}&code=${compressToEncodedURIComponent(code)}`;
}

/** What a fragment shares: nothing, the code, or a broken link. */
export type Shared =
  | { kind: "none" }
  | { kind: "code"; exampleId: string; code: string }
  | { kind: "broken"; exampleId: string };

export function readFragment(hash: string): Shared {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const exampleId = params.get("example");
  const packed = params.get("code");
  if (exampleId === null || packed === null) return { kind: "none" };
  // URLSearchParams turns "+" into a space; lz-string's alphabet uses "+".
  const code = decompressFromEncodedURIComponent(packed.replaceAll(" ", "+"));
  if (typeof code !== "string" || code === "" || code.includes("\uFFFD"))
    return { kind: "broken", exampleId };
  return { kind: "code", exampleId, code };
}
