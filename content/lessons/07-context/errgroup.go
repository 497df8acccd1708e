package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

// Debian's golang.org/x/sync (0.1.0) is older than the errgroup that
// cancels its context with the first error as the cause.
// tour:differs "cause: c: 404 not found" => "cause: context canceled"

// How long each download takes; "c" fails when it is done.
var files = []struct {
	name string
	ms   time.Duration
}{{"a", 10}, {"b", 20}, {"c", 15}, {"d", 40}, {"e", 10}}

func main() {
	start := time.Now()
	at := func() time.Duration { return time.Since(start) }
	// One line per download; each goroutine writes only its own.
	lines := make([]string, len(files))

	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(2) // at most two downloads at once

	for i, f := range files {
		g.Go(func() error {
			began := fmt.Sprintf("%s: started at %v,", f.name, at())
			select {
			case <-time.After(f.ms * time.Millisecond):
				if f.name == "c" {
					lines[i] = fmt.Sprintf("%s failed at %v", began, at())
					return errors.New("c: 404 not found")
				}
				lines[i] = fmt.Sprintf("%s done at %v", began, at())
				return nil
			case <-ctx.Done():
				lines[i] = fmt.Sprintf("%s stopped at %v (%v)", began, at(), ctx.Err())
				return ctx.Err()
			}
		})
	}

	err := g.Wait()
	for _, line := range lines {
		fmt.Println(line)
	}
	fmt.Println("wait() =", err, "at", at())
	fmt.Println("cause:", context.Cause(ctx))
}
