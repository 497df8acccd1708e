// Package gather is the reference solution of "Gather within a deadline", in Go.
package gather

import "context"

// A Service returns its answer, or, if ctx is done first, "" and ctx's error.
type Service func(ctx context.Context) (string, error)

// gather asks every service at once. It returns the answers that arrived
// before ctx was done, in the services' order, and nil if every service
// answered, else ctx's error.
func gather(ctx context.Context, services []Service) ([]string, error) {
	type reply struct {
		i      int
		answer string
		err    error
	}
	// Room for every reply: a service that replies after we have returned
	// can still drop its reply off and end.
	replies := make(chan reply, len(services))
	for i, service := range services {
		go func() {
			answer, err := service(ctx)
			replies <- reply{i, answer, err}
		}()
	}

	answers := make([]*string, len(services))
collect:
	for range services {
		select {
		case r := <-replies:
			if r.err == nil {
				answers[r.i] = &r.answer
			}
		case <-ctx.Done():
			break collect
		}
	}

	got := []string{}
	for _, a := range answers {
		if a != nil {
			got = append(got, *a)
		}
	}
	if len(got) == len(services) {
		return got, nil
	}
	return got, ctx.Err()
}
