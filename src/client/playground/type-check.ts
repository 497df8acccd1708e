// The editor's type check as Run and Check use it: a type checker that fails
// (out of stack on thousands of nested parentheses) or never answers is a
// build error the learner can read, never a button that waits for ever.
import type { CodeEditor } from "./editor.ts";

export interface TypeCheckError {
  line: number;
  column: number;
  message: string;
}

/** How long the type checker may take before its silence is reported. */
const typeCheckTimeoutMs = 60_000;

/** The editor's type errors; its failure, or no answer in 60 s, is one error at line 1. */
export function typeCheck(editor: CodeEditor | Promise<CodeEditor>): Promise<TypeCheckError[]> {
  const failed = (why: string): TypeCheckError[] => [
    {
      line: 1,
      column: 1,
      message: `the type checker failed on this program (${why}): is something nested very deeply?`,
    },
  ];
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    Promise.resolve(editor)
      .then((e) => e.errors())
      .catch((e: unknown) => failed(String((e as Error)?.message ?? e).slice(0, 200))),
    new Promise<TypeCheckError[]>((resolve) => {
      timer = setTimeout(
        () => resolve(failed(`no answer after ${typeCheckTimeoutMs / 1000} s`)),
        typeCheckTimeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}
