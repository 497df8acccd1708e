package fastest

import (
	"runtime"
	"testing"
	"time"
)

func after(name string, ms int) Search {
	return func(query string) string {
		time.Sleep(time.Duration(ms) * time.Millisecond)
		return name + ": " + query
	}
}

func TestReturnsTheFastestAnswerAsSoonAsItComes(t *testing.T) {
	start := time.Now()
	got, ok := first("gopher", time.Second, []Search{after("web", 80), after("images", 20), after("video", 50)})
	if !ok || got != "images: gopher" {
		t.Errorf(`first(...) = %q, %t; want "images: gopher", true`, got, ok)
	}
	if took := time.Since(start); took != 20*time.Millisecond {
		t.Errorf("first took %v, want 20ms", took)
	}
}

func TestGivesUpAtTheTimeout(t *testing.T) {
	start := time.Now()
	if got, ok := first("gopher", 30*time.Millisecond, []Search{after("web", 80)}); ok {
		t.Errorf("first(...) = %q, true; want a timeout", got)
	}
	if took := time.Since(start); took != 30*time.Millisecond {
		t.Errorf("first took %v, want 30ms", took)
	}
	if _, ok := first("gopher", 30*time.Millisecond, nil); ok {
		t.Error("first with no searches answered")
	}
}

func TestLeavesNoSearchBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	first("gopher", 10*time.Millisecond, []Search{after("web", 80), after("images", 20)})
	time.Sleep(100 * time.Millisecond) // the slow ones finish
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("first left %d goroutines running", after-before)
	}
}
