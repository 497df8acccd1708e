package main

import (
	"context"
	"fmt"
)

// Two packages that both chose the plain string "id" as their key
// (go vet warns: a key should not be a built-in type).
func tagRequest(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, "id", id)
}

func tagUser(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, "id", name)
}

// The fix: each package keeps a key type that nobody else can name,
// and exports only functions that store and read the value.
type requestKey struct{} // not exported
type userKey struct{}    // not exported

func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestKey{}, id)
}

func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestKey{}).(string); ok {
		return id
	}
	return "(none)"
}

func WithUser(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, userKey{}, name)
}

func User(ctx context.Context) string {
	if name, ok := ctx.Value(userKey{}).(string); ok {
		return name
	}
	return "(anonymous)"
}

func main() {
	root := context.Background()

	clash := tagUser(tagRequest(root, "req-7"), "gopher")
	fmt.Println("string keys: request", clash.Value("id"))

	ctx := WithUser(WithRequestID(root, "req-7"), "gopher")
	fmt.Println("private keys: request", RequestID(ctx), "user", User(ctx))

	// Values flow down the tree: children see them, parents do not.
	child, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println("child:", RequestID(child), User(child))
	fmt.Println("root: ", RequestID(root), User(root))
}
