package gather

import (
	"context"
	"runtime"
	"slices"
	"testing"
	"time"
)

func after(answer string, d time.Duration) Service {
	return func(ctx context.Context) (string, error) {
		select {
		case <-time.After(d):
			return answer, nil
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}

func TestEveryAnswerInOrderWhenAllAreInTime(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	got, err := gather(ctx, []Service{after("a", 30*time.Millisecond), after("b", 10*time.Millisecond)})
	if err != nil || !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf(`gather = %q, %v; want ["a" "b"], nil`, got, err)
	}
}

func TestTheAnswersInTimeAndTheDeadline(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	got, err := gather(ctx, []Service{
		after("a", 30*time.Millisecond),
		after("slow", time.Second),
		after("c", 10*time.Millisecond),
	})
	if err != context.DeadlineExceeded || !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf(`gather = %q, %v; want ["a" "c"], context deadline exceeded`, got, err)
	}
	if took := time.Since(start); took != 50*time.Millisecond {
		t.Errorf("gather took %v, want 50ms", took)
	}
	time.Sleep(time.Millisecond)
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("gather left %d goroutines running", n-before)
	}
}
