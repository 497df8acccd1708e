package main

import (
	"context"
	"fmt"
	"time"
)

// A Time prints its monotonic clock reading (m=...), which under the
// playground's clock Go counts from 1ns before the program starts.
// tour:differs "m=+0.050000000" => "m=+0.050000001"

// brew brews for takes, unless ctx is done first.
func brew(ctx context.Context, takes time.Duration) error {
	select {
	case <-time.After(takes):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	start := time.Now()
	at := func() time.Duration { return time.Since(start) }
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel() // stops the deadline's timer if it has not fired yet

	deadline, _ := ctx.Deadline()
	fmt.Println("deadline:", deadline)

	// A child cannot outlive its parent: asking for a later
	// deadline leaves it with the parent's.
	child, cancelChild := context.WithDeadline(ctx, start.Add(time.Hour))
	childDeadline, _ := child.Deadline()
	fmt.Println("child's deadline:", childDeadline)
	cancelChild()

	fmt.Println("espresso:", brew(ctx, 30*time.Millisecond), at())
	fmt.Println("filter:  ", brew(ctx, 4*time.Minute), at())
	fmt.Println("tea:     ", brew(ctx, time.Millisecond), at())
}
