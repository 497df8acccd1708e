package parallelsum

import (
	"runtime"
	"testing"
	"time"
)

func TestAddsUpTheList(t *testing.T) {
	cases := []struct {
		xs   []int
		k    int
		want int
	}{
		{[]int{1, 2, 3, 4, 5, 6, 7, 8}, 2, 36},
		{[]int{5, -2, 9}, 3, 12},
		{[]int{7}, 4, 7}, // more workers than numbers: some sum nothing
		{nil, 2, 0},
	}
	for _, c := range cases {
		if got := sum(append([]int(nil), c.xs...), c.k); got != c.want {
			t.Errorf("sum(%v, %d) = %d, want %d", c.xs, c.k, got, c.want)
		}
	}
}

func TestLeavesNoWorkerBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	sum([]int{1, 2, 3, 4, 5, 6}, 3)
	time.Sleep(time.Millisecond) // a moment for the workers to return
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("sum left %d goroutines running", after-before)
	}
}
