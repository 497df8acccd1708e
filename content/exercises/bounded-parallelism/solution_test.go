package bounded

import (
	"context"
	"errors"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// slowDouble takes 10ms to double an item, fails on 13, and counts the
// items in progress.
func slowDouble(inProgress, most *atomic.Int32) Work[int, int] {
	return func(ctx context.Context, x int) (int, error) {
		n := inProgress.Add(1)
		defer inProgress.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		select {
		case <-time.After(10 * time.Millisecond):
		case <-ctx.Done():
			return 0, ctx.Err()
		}
		if x == 13 {
			return 0, errors.New("13 is unlucky")
		}
		return 2 * x, nil
	}
}

func TestReturnsEveryResultInOrderWithAtMostKAtATime(t *testing.T) {
	var inProgress, most atomic.Int32
	start := time.Now()
	got, err := processAll([]int{1, 2, 3, 4, 5, 6, 7}, 3, slowDouble(&inProgress, &most))
	if err != nil || !slices.Equal(got, []int{2, 4, 6, 8, 10, 12, 14}) {
		t.Fatalf("processAll = %v, %v; want the doubles in order", got, err)
	}
	if m := most.Load(); m != 3 {
		t.Errorf("%d items were in progress at once, want 3", m)
	}
	if took := time.Since(start); took != 30*time.Millisecond {
		t.Errorf("processAll took %v, want 30ms: ⌈7/3⌉ rounds of 10ms", took)
	}
}

func TestOnAnErrorCancelsTheRestAndReturnsIt(t *testing.T) {
	var inProgress, most atomic.Int32
	items := []int{1, 13, 3, 4, 5, 6, 7, 8, 9}
	if _, err := processAll(items, 2, slowDouble(&inProgress, &most)); err == nil ||
		err.Error() != "13 is unlucky" {
		t.Errorf("processAll returned %v, want the error of item 13", err)
	}
	if n := inProgress.Load(); n != 0 {
		t.Errorf("%d items still in progress after processAll returned", n)
	}
}
