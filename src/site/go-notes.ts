/**
 * The one-line note above an example's Go tab: how the TypeScript on the
 * other tab maps to Go, for the constructs this example uses where the two
 * languages differ. The rules are read from the TypeScript source, so a new
 * example gets its note without anyone writing it.
 */

interface Rule {
  /** Whether the TypeScript uses the construct. */
  uses: RegExp;
  /** The mapping, in Markdown-like inline code: `TypeScript` is `Go`. */
  note: string;
}

const rules: Rule[] = [
  { uses: /\bfor await\s*\(/, note: "`for await (v of ch)` is `for v := range ch`" },
  { uses: /\bfinally\b/, note: "`finally` is `defer`" },
  { uses: /\bselect\(\s*\[/, note: "`select([…], fallback)` is `select { … default: }`" },
  { uses: /\.recvOk\(\)/, note: "`ch.recvOk()` is `v, ok := <-ch`" },
  { uses: /\brecover\(e\)/, note: "`catch` with `recover(e)` is a deferred `recover()`" },
  {
    uses: /Chan<[^>]*>\s*\|\s*null|\bnull\b.*[Cc]han|\b(close|len|cap|recv|send)\(\s*\w+\s*\)?.*null/,
    note: "`null` is a nil channel",
  },
  { uses: /chan<void>|Chan<void>/, note: "`chan<void>` is `chan struct{}`" },
  { uses: /\.(send|recv)\(/, note: "`ch.send(v)` is `ch <- v`, `ch.recv()` is `<-ch`" },
  { uses: /\bawait\b/, note: "Go writes no `await`" },
];

/** At most this many mappings, so the note stays one line on a desktop. */
const maxNotes = 3;

/**
 * The mappings that matter for this TypeScript source, most telling first;
 * and first of all, the Go release the twin needs when its build constraint
 * asks for one (`//go:build go1.25` for `wg.Go`).
 */
export function goNotes(typescript: string, go = ""): string[] {
  const release = /^\/\/go:build go(1\.\d+)\s*$/m.exec(go)?.[1];
  const needs = release ? [`runs on Go ${release} or later`] : [];
  return needs.concat(
    rules
      .filter((rule) => rule.uses.test(typescript))
      .map((rule) => rule.note)
      .slice(0, maxNotes - needs.length),
  );
}
