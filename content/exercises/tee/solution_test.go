package tee

import (
	"runtime"
	"slices"
	"testing"
	"time"
)

func numbers(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- i
		}
	}()
	return c
}

func TestBothOutputsGetEveryValueInOrder(t *testing.T) {
	a, b := tee(make(chan struct{}), numbers(5))
	var gotA, gotB []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			gotA = append(gotA, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			gotB = append(gotB, v)
		}
	}
	want := []int{1, 2, 3, 4, 5}
	if !slices.Equal(gotA, want) || !slices.Equal(gotB, want) {
		t.Errorf("the outputs got %v and %v, want %v each", gotA, gotB, want)
	}
}

func TestStopsWhenDoneClosesAndLeavesNothingBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	done := make(chan struct{})
	input := make(chan int)
	a, b := tee(done, input)
	go func() { input <- 1 }()
	<-a // b never reads: tee waits for it
	close(done)
	if _, ok := <-b; ok {
		t.Error("the second output got a value after done closed")
	}
	time.Sleep(time.Millisecond)
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("tee left %d goroutines running", n-before)
	}
}
