package cache

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestLoadsEachKeyOnceForConcurrentCallers(t *testing.T) {
	c := New[int]()
	var loads atomic.Int32
	slowLen := func(key string) int {
		loads.Add(1)
		time.Sleep(50 * time.Millisecond)
		return len(key)
	}
	start := time.Now()
	var wg sync.WaitGroup
	for _, key := range []string{"go", "gopher", "go", "gopher", "go"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := c.Get(key, slowLen); got != len(key) {
				t.Errorf("Get(%q) = %d, want %d", key, got, len(key))
			}
		}()
	}
	wg.Wait()
	if n := loads.Load(); n != 2 {
		t.Errorf("loaded %d times, want once per key: 2", n)
	}
	// The two keys load at the same time, not one after the other.
	if took := time.Since(start); took != 50*time.Millisecond {
		t.Errorf("five calls took %v, want 50ms", took)
	}
	if got := c.Get("go", slowLen); got != 2 || loads.Load() != 2 {
		t.Error("a later call loaded the key again")
	}
}

func TestALoadMayCallGetForAnotherKey(t *testing.T) {
	c := New[string]()
	var outer func(string) string
	outer = func(key string) string {
		if key == "b" {
			return "b"
		}
		return "a+" + c.Get("b", outer)
	}
	if got := c.Get("a", outer); got != "a+b" {
		t.Errorf(`Get("a") = %q, want "a+b"`, got)
	}
}
