package firstwins

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// after is a request that answers name after d, unless ctx is done first;
// it counts on stopped the requests that were cancelled.
func after(name string, d time.Duration, stopped *atomic.Int32) Request[string] {
	return func(ctx context.Context) (string, bool) {
		select {
		case <-time.After(d):
			return name, true
		case <-ctx.Done():
			stopped.Add(1)
			return "", false
		}
	}
}

func TestTheFirstWinsAndTheRestAreCancelled(t *testing.T) {
	before := runtime.NumGoroutine()
	var stopped atomic.Int32
	start := time.Now()
	got, ok := first(context.Background(), []Request[string]{
		after("slow", 90*time.Millisecond, &stopped),
		after("fast", 20*time.Millisecond, &stopped),
		after("medium", 50*time.Millisecond, &stopped),
	})
	if !ok || got != "fast" {
		t.Fatalf(`first = %q, %t; want "fast", true`, got, ok)
	}
	if took := time.Since(start); took != 20*time.Millisecond {
		t.Errorf("first took %v, want 20ms", took)
	}
	time.Sleep(time.Millisecond)
	if n := stopped.Load(); n != 2 {
		t.Errorf("%d of the two losing requests were cancelled", n)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("first left %d goroutines running", n-before)
	}
}

func TestGivesUpWhenItsContextIsDone(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	var stopped atomic.Int32
	if got, ok := first(ctx, []Request[string]{after("slow", time.Second, &stopped)}); ok {
		t.Errorf("first = %q, true; want false once ctx is done", got)
	}
}
