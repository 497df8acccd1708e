// Package bounded is the reference solution of "Bounded parallelism", in
// Go: errgroup with a limit does the counting that the TypeScript solution
// does with a channel of slots.
package bounded

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// Work is the work on one item. It should give up early when ctx is done.
type Work[T, R any] func(ctx context.Context, item T) (R, error)

// processAll runs work on every item, at most k at a time, and returns the
// results in the order of the items, or the first error, having cancelled
// the rest.
func processAll[T, R any](items []T, k int, work Work[T, R]) ([]R, error) {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(k) // Go blocks while k items are in progress
	results := make([]R, len(items))
	for i, item := range items {
		if ctx.Err() != nil {
			break // an item has failed: start no more
		}
		g.Go(func() error {
			r, err := work(ctx, item)
			results[i] = r // each goroutine writes only its own place
			return err
		})
	}
	if err := g.Wait(); err != nil { // nothing it started outlives the call
		return nil, err
	}
	return results, nil
}
