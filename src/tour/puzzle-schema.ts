import { z } from "astro/zod";
import type { PuzzleGoal } from "../client/puzzle/goal.ts";

/**
 * A lesson's puzzle: `<Puzzle src="./cash-machine.ts" goal="output"
 * output="balance: -40">the task, in prose</Puzzle>`, right after the
 * `<Example>` of the same program. The learner steps the scheduler by hand
 * (step mode) until the program does what the goal says: deadlocks, or
 * prints a line that the seeded run never prints.
 *
 * - `src`: the example's program, next to the lesson (`./name.ts`), which the
 *   same lesson embeds with `<Example src>`.
 * - `goal`: `deadlock` (Go's "all goroutines are asleep") or `output`.
 * - `output`: with `goal="output"`, the whole line the program must print.
 */
export const puzzlePropsSchema = z
  .strictObject({
    src: z
      .string()
      .regex(
        /^\.\/[a-z0-9-]+\.ts$/,
        'expected the example\'s file next to the lesson, "./name.ts"',
      ),
    goal: z.enum(["deadlock", "output"]),
    output: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((props, ctx) => {
    if (props.goal === "output" && props.output === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["output"],
        message: 'goal="output" needs output="…", the line the program must print',
      });
    }
    if (props.goal === "deadlock" && props.output !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["output"],
        message: 'output="…" goes with goal="output" only; a deadlock is its own goal',
      });
    }
  });

export type PuzzleProps = z.infer<typeof puzzlePropsSchema>;

/** The attributes of a `<Puzzle>`, checked: its goal, or what is wrong, one message an attribute. */
export function readPuzzleProps(
  attributes: Record<string, unknown>,
): { ok: true; src: string; goal: PuzzleGoal } | { ok: false; problems: string[] } {
  const result = puzzlePropsSchema.safeParse(attributes);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown attribute ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}: a puzzle takes src, goal and (for goal="output") output`
          : `${String(issue.path[0] ?? "")}: ${issue.message}`,
      ),
    };
  }
  const p = result.data;
  const goal: PuzzleGoal =
    p.goal === "deadlock" ? { kind: "deadlock" } : { kind: "output", line: p.output! };
  return { ok: true, src: p.src, goal };
}

/** A `<Puzzle>` tag found in a lesson's text, with its attributes and place. */
export interface PuzzleTag {
  attributes: Record<string, string>;
  line: number;
  column: number;
  /** Whether an attribute was not a plain quoted string (`{…}`), which the schema cannot read. */
  unquoted: boolean;
}

/** The `<Puzzle …>` tags of an MDX text. */
export function puzzleTags(text: string): PuzzleTag[] {
  const tags: PuzzleTag[] = [];
  for (const match of text.matchAll(/<Puzzle\b([^>]*)>/g)) {
    const before = text.slice(0, match.index);
    const line = before.split("\n").length;
    const column = match.index - before.lastIndexOf("\n");
    const body = match[1]!.replace(/\/$/, "");
    const attributes: Record<string, string> = {};
    for (const a of body.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) attributes[a[1]!] = a[2]!;
    const rest = body.replace(/([A-Za-z][\w-]*)="([^"]*)"/g, "").trim();
    tags.push({ attributes, line, column, unquoted: rest !== "" });
  }
  return tags;
}

/** The programs a lesson's text embeds with `<Example src="…">`, as written. */
export function exampleSources(text: string): string[] {
  return [...text.matchAll(/<Example\s+src="([^"]+)"/g)].map((m) => m[1]!);
}
