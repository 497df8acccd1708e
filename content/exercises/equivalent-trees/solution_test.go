package trees

import (
	"runtime"
	"slices"
	"testing"
	"time"
)

func TestWalkSendsTheValuesInOrder(t *testing.T) {
	ch := make(chan int)
	go Walk(New(3), ch, make(chan struct{}))
	var got []int
	for v := range ch {
		got = append(got, v)
	}
	if want := []int{3, 6, 9, 12, 15, 18, 21, 24, 27, 30}; !slices.Equal(got, want) {
		t.Errorf("Walk(New(3)) sent %v, want %v", got, want)
	}
}

func TestSame(t *testing.T) {
	if !Same(New(1), New(1)) {
		t.Error("Same(New(1), New(1)) = false, want true")
	}
	if Same(New(1), New(2)) {
		t.Error("Same(New(1), New(2)) = true, want false")
	}
}

func TestLeavesNoWalkerBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	Same(New(1), New(2)) // differ at once: both walkers are mid-tree
	time.Sleep(time.Millisecond)
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("Same left %d walkers running", n-before)
	}
}
