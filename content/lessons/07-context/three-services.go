package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

type Service struct {
	Name    string
	Latency time.Duration
}

// call calls one service: its answer after its latency, or ctx's error
// if ctx is done first.
func call(ctx context.Context, s Service) (string, error) {
	select {
	case <-time.After(s.Latency):
		return s.Name, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// page asks every service at once and gives them 50 ms in all.
func page(parent context.Context, services []Service) ([]string, error) {
	ctx, cancel := context.WithTimeout(parent, 50*time.Millisecond)
	defer cancel()
	g, gctx := errgroup.WithContext(ctx)
	parts := make([]string, len(services))
	for i, s := range services {
		g.Go(func() error {
			part, err := call(gctx, s)
			parts[i] = part
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return []string{}, err
	}
	return parts, nil
}

const ms = time.Millisecond

func main() {
	cases := []struct {
		label    string
		services []Service
	}{
		{"fast", []Service{{"profile", 10 * ms}, {"orders", 30 * ms}, {"offers", 20 * ms}}},
		{"slow", []Service{{"profile", 10 * ms}, {"orders", 30 * ms}, {"offers", 80 * ms}}},
	}
	for _, c := range cases {
		start := time.Now()
		parts, err := page(context.Background(), c.services)
		fmt.Println(c.label, parts, err, "after", time.Since(start))
	}
}
