package workers

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

func TestReturnsTheGreetingsInOrder(t *testing.T) {
	for _, n := range []int{1, 5, 100} {
		got := helloWorkers(n)
		if len(got) != n {
			t.Fatalf("len(helloWorkers(%d)) = %d, want %d", n, len(got), n)
		}
		for i, g := range got {
			if want := fmt.Sprintf("hello from worker %d", i); g != want {
				t.Fatalf("helloWorkers(%d)[%d] = %q, want %q", n, i, g, want)
			}
		}
	}
}

func TestRunsTheWorkersAtTheSameTime(t *testing.T) {
	start := time.Now()
	helloWorkers(100)
	// The slowest greeting takes 10ms; workers taking turns would take half a second.
	if took := time.Since(start); took > 10*time.Millisecond {
		t.Errorf("helloWorkers(100) took %v, want at most 10ms", took)
	}
}

func TestLeavesNoGoroutineRunning(t *testing.T) {
	before := runtime.NumGoroutine()
	helloWorkers(5)
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("helloWorkers(5) left %d goroutines running", after-before)
	}
}
