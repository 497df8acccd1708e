package leak

import (
	"runtime"
	"testing"
	"time"
)

// log reads lines, one every gap.
func log(gap time.Duration, lines ...string) Reader {
	return func() (string, bool) {
		time.Sleep(gap)
		if len(lines) == 0 {
			return "", false
		}
		line := lines[0]
		lines = lines[1:]
		return line, true
	}
}

func TestReturnsTheFirstMatchAndLeavesNothingBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	got, ok := firstMatch([]Reader{
		log(10*time.Millisecond, "GET /", "GET /pay", "POST /pay"),
		log(15*time.Millisecond, "POST /cart", "POST /pay"),
	}, "pay")
	if !ok || got != "GET /pay" {
		t.Errorf(`firstMatch = %q, %t; want "GET /pay", true`, got, ok)
	}
	time.Sleep(100 * time.Millisecond) // the readers finish the line in hand
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("firstMatch left %d goroutines running", n-before)
	}
}

func TestNoMatch(t *testing.T) {
	if got, ok := firstMatch([]Reader{log(time.Millisecond, "GET /")}, "pay"); ok {
		t.Errorf("firstMatch = %q, true; want no match", got)
	}
}
