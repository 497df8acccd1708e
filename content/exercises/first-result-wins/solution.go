// Package firstwins is the reference solution of "First result wins", in Go.
package firstwins

import "context"

// A Request returns its answer, or false once ctx is done.
type Request[T any] func(ctx context.Context) (T, bool)

// first starts every request at once and returns the first answer,
// cancelling the others through their context. It returns false if ctx
// is done first.
func first[T any](ctx context.Context, requests []Request[T]) (T, bool) {
	requestCtx, cancel := context.WithCancel(ctx)
	defer cancel() // the losers see requestCtx.Done() close

	// Room for every answer: a request that answers after the winner can
	// still hand its answer over and end, with nobody receiving it.
	answers := make(chan T, len(requests))
	for _, request := range requests {
		go func() {
			if answer, ok := request(requestCtx); ok {
				answers <- answer
			}
		}()
	}
	select {
	case answer := <-answers:
		return answer, true
	case <-ctx.Done():
		var zero T
		return zero, false
	}
}
