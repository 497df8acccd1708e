import * as context from "go/context";
import * as fmt from "go/fmt";

type Context = context.Context;

// Two packages that both chose the plain string "id" as their key.
const tagRequest = (ctx: Context, id: string) =>
  context.withValue(ctx, "id", id);
const tagUser = (ctx: Context, name: string) =>
  context.withValue(ctx, "id", name);

// The fix: each package keeps a key that nobody else can make, and
// exports only functions that store and read the value.
const requestKey = Symbol("request"); // not exported
const userKey = Symbol("user"); // not exported

function withRequestID(ctx: Context, id: string): Context {
  return context.withValue(ctx, requestKey, id);
}
function requestID(ctx: Context): string {
  const id = ctx.value(requestKey);
  return typeof id === "string" ? id : "(none)";
}
function withUser(ctx: Context, name: string): Context {
  return context.withValue(ctx, userKey, name);
}
function user(ctx: Context): string {
  const name = ctx.value(userKey);
  return typeof name === "string" ? name : "(anonymous)";
}

export async function main() {
  const root = context.background();

  const clash = tagUser(tagRequest(root, "req-7"), "gopher");
  fmt.println("string keys: request", clash.value("id"));

  const ctx = withUser(withRequestID(root, "req-7"), "gopher");
  fmt.println(
    "private keys: request",
    requestID(ctx),
    "user",
    user(ctx),
  );

  // Values flow down the tree: children see them, parents do not.
  const [child, cancel] = context.withCancel(ctx);
  fmt.println("child:", requestID(child), user(child));
  fmt.println("root: ", requestID(root), user(root));
  cancel();
}
