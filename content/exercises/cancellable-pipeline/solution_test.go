package pipeline

import (
	"runtime"
	"slices"
	"testing"
	"time"
)

func TestSquaresEveryNumberThroughTwoWorkers(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	in := generate(done, 1, 2, 3, 4, 5)
	var got []int
	for v := range merge(done, square(done, in), square(done, in)) {
		got = append(got, v)
	}
	slices.Sort(got) // two workers: any order
	if want := []int{1, 4, 9, 16, 25}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestClosingDoneStopsEveryStage(t *testing.T) {
	before := runtime.NumGoroutine()
	done := make(chan struct{})
	in := generate(done, 1, 2, 3, 4, 5, 6, 7, 8)
	out := merge(done, square(done, in), square(done, in))
	<-out // one value is enough
	close(done)
	time.Sleep(time.Millisecond)
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("the pipeline left %d goroutines running", n-before)
	}
}
