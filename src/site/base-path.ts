/**
 * Every internal link goes through here, so the site works under any base path
 * (`BASE_PATH=/tour/ npm run build`).
 */

/** Joins a base path ("/", "/tour" or "/tour/") and a path below it ("", "goroutines/waitgroup/"). */
export function joinBase(base: string, path: string): string {
  const withSlashes = `/${base}/`.replace(/\/+/g, "/");
  return withSlashes + path.replace(/^\/+/, "");
}

/** A link to `path` below the base path this build was made for. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
